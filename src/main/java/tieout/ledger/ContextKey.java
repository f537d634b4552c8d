package tieout.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import tieout.taxonomy.Concept;

/** Concept, entity, period and dimensions: facts with the same key report the same figure. */
public record ContextKey(Concept concept, String entity, Period period, Dimensions dimensions) {
  public ContextKey {
    checkNotNull(concept);
    checkNotNull(entity);
    checkNotNull(period);
    checkNotNull(dimensions);
  }
}
