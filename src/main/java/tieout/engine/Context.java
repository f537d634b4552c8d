package tieout.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Hashes;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.rules.PeriodFilter;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/**
 * Where one check applies: entity, period and dimensions, a {@link ContextKey} without its concept.
 */
record Context(String entity, Period period, Dimensions dimensions) {
  Context {
    checkNotNull(entity);
    checkNotNull(period);
    checkNotNull(dimensions);
  }

  /** Mixed, see {@link Hashes}. */
  @Override
  public int hashCode() {
    return Hashes.of(entity, period, dimensions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Context c
        && period.equals(c.period)
        && entity.equals(c.entity)
        && dimensions.equals(c.dimensions);
  }

  static Context of(Fact fact) {
    return new Context(fact.entity(), fact.period(), fact.dimensions());
  }

  static Context of(ContextKey key) {
    return new Context(key.entity(), key.period(), key.dimensions());
  }

  /** The key of {@code concept} in this context. */
  ContextKey key(Concept concept) {
    return new ContextKey(concept, entity, period, dimensions);
  }

  /** The same entity and dimensions at another period (a balance at the start of a duration). */
  ContextKey key(Concept concept, Period other) {
    return new ContextKey(concept, entity, other, dimensions);
  }

  Context withDimensions(Dimensions other) {
    return new Context(entity, period, other);
  }

  /**
   * The contexts where any of {@code concepts} has a non-nil fact whose period passes {@code
   * filter}, first seen first. One pass over each concept's facts.
   */
  static Set<Context> reportedFor(
      Ledger ledger, Iterable<Concept> concepts, PeriodFilter filter) {
    Set<Context> contexts = new LinkedHashSet<>();
    for (Concept concept : concepts) {
      for (Fact fact : ledger.factsOf(concept)) {
        if (!fact.isNil() && filter.accepts(fact.period())) {
          contexts.add(of(fact));
        }
      }
    }
    // Not copied into an ImmutableSet: for a million facts that is a second table of 200,000.
    return Collections.unmodifiableSet(contexts);
  }
}
