package tieout.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import tieout.taxonomy.Concept;

/**
 * All facts loaded for one run, indexed by context so that a check finds its facts in constant
 * time. Immutable; build with {@link #builder()}. Facts keep the order in which they were added.
 */
public final class Ledger {
  private final ImmutableList<Fact> facts;
  private final ImmutableListMultimap<ContextKey, Fact> byKey;
  private final ImmutableListMultimap<Concept, Fact> byConcept;

  private Ledger(List<Fact> facts) {
    this.facts = ImmutableList.copyOf(facts);
    ImmutableListMultimap.Builder<ContextKey, Fact> keys = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Concept, Fact> concepts = ImmutableListMultimap.builder();
    for (Fact f : facts) {
      keys.put(f.key(), f);
      concepts.put(f.concept(), f);
    }
    this.byKey = keys.build();
    this.byConcept = concepts.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public ImmutableList<Fact> facts() {
    return facts;
  }

  public int size() {
    return facts.size();
  }

  /** Every fact reported for this context: none, one, or duplicates printed in several places. */
  public ImmutableList<Fact> find(ContextKey key) {
    return byKey.get(key);
  }

  public ImmutableList<Fact> find(Concept concept, String entity, Period period, Dimensions dimensions) {
    return byKey.get(new ContextKey(concept, entity, period, dimensions));
  }

  /** Every fact of a concept, in load order. */
  public ImmutableList<Fact> factsOf(Concept concept) {
    return byConcept.get(concept);
  }

  /** The distinct contexts, each with its facts, in first-seen order. */
  public ImmutableListMultimap<ContextKey, Fact> byContext() {
    return byKey;
  }

  /**
   * Collects facts; {@link #build()} indexes them. Entities, periods and dimension sets are interned
   * as facts arrive: a million facts share a few thousand of each, which keeps the ledger compact and
   * makes most key comparisons a reference check.
   */
  public static final class Builder {
    private final ArrayList<Fact> facts = new ArrayList<>();
    private final HashMap<String, String> entities = new HashMap<>();
    private final HashMap<Period, Period> periods = new HashMap<>();
    private final HashMap<Dimensions, Dimensions> dimensions = new HashMap<>();

    public Builder add(Fact fact) {
      String entity = entities.computeIfAbsent(fact.entity(), e -> e);
      Period period = periods.computeIfAbsent(fact.period(), p -> p);
      Dimensions dims = dimensions.computeIfAbsent(fact.dimensions(), d -> d);
      if (entity != fact.entity() || period != fact.period() || dims != fact.dimensions()) {
        fact = new Fact(fact.concept(), entity, period, fact.unit(), fact.decimals(), dims, fact.value(), fact.source());
      }
      facts.add(fact);
      return this;
    }

    public Builder addAll(Iterable<Fact> more) {
      more.forEach(facts::add);
      return this;
    }

    public Ledger build() {
      return new Ledger(facts);
    }
  }
}
