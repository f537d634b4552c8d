package tieout.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/** Concept, entity, period and dimensions: facts with the same key report the same figure. */
public record ContextKey(Concept concept, String entity, Period period, Dimensions dimensions) {
  public ContextKey {
    checkNotNull(concept);
    checkNotNull(entity);
    checkNotNull(period);
    checkNotNull(dimensions);
  }

  /** Mixed, so that millions of keys that differ by a day or an entity number spread evenly. */
  @Override
  public int hashCode() {
    return Hashes.of(concept, entity, period, dimensions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContextKey k
        && concept.equals(k.concept)
        && period.equals(k.period)
        && entity.equals(k.entity)
        && dimensions.equals(k.dimensions);
  }
}
