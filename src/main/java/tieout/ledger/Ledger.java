package tieout.ledger;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.util.concurrent.Futures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/**
 * All facts loaded for one run, indexed by context so that a check finds its facts in constant
 * time. Immutable; build with {@link #builder()}. Facts keep the order in which they were added.
 */
public final class Ledger {
  /** Ledgers this large build their two indexes on two threads. */
  private static final int PARALLEL_AT = 200_000;

  /** An {@link ImmutableList}, or the {@link FactColumns} of a ledger read from one such list. */
  private final List<Fact> facts;
  /**
   * Each concept's facts by context number, built the first time {@link #find} asks for the concept:
   * the general evaluator looks facts up through them; grouped checks do not.
   */
  private final Map<Concept, ConceptContexts> byContext = new ConcurrentHashMap<>();
  /**
   * Each concept's facts in load order, made from {@link #positionsByConcept} the first time {@link
   * #factsOf} asks for the concept: checks ask for the concepts the rules name, a few hundred of a
   * quarter's thousands, so the lists of the others are never made.
   */
  private final Map<Concept, ImmutableList<Fact>> byConcept = new ConcurrentHashMap<>();
  /** Each concept's facts' positions in {@link #facts}, in load order. */
  private final Map<Concept, int[]> positionsByConcept;
  /** Built on first use (at once for a large ledger): the grouped checks number contexts through it. */
  private final Supplier<ContextIds> contextIds;

  private Ledger(List<Fact> facts) {
    // Columns stay columns: copying them into a list would make every fact an object again.
    this.facts = facts instanceof FactColumns ? facts : ImmutableList.copyOf(facts);
    this.contextIds = Suppliers.memoize(() -> new ContextIds(this.facts));
    if (this.facts.size() < PARALLEL_AT) {
      this.positionsByConcept = groupByConcept(this.facts);
      return;
    }
    // Both walk every fact, and memory, not arithmetic, bounds each: two cores do both in the time
    // of one. A ledger this large is checked by the grouped checks, which number its contexts.
    FutureTask<Map<Concept, int[]>> concepts = new FutureTask<>(() -> groupByConcept(this.facts));
    Thread worker = new Thread(concepts, "tieout-ledger-concepts");
    worker.setDaemon(true);
    worker.start();
    contextIds.get();
    this.positionsByConcept = Futures.getUnchecked(concepts);
  }

  /** Each concept's positions: two passes over arrays (count, then place) instead of a list builder per concept. */
  private static Map<Concept, int[]> groupByConcept(List<Fact> facts) {
    FactColumns columns = facts instanceof FactColumns c ? c : null;
    Map<Concept, Integer> groups = new HashMap<>();
    List<Concept> concepts = new ArrayList<>();
    int[] group = new int[facts.size()];
    int[] counts = new int[16];
    Concept last = null;
    int lastGroup = -1;
    for (int i = 0; i < facts.size(); i++) {
      Concept concept = columns != null ? columns.concept(i) : facts.get(i).concept();
      if (concept != last) {
        // Consecutive facts mostly share a concept: skip the hash lookup for them.
        Integer known = groups.get(concept);
        if (known == null) {
          known = concepts.size();
          groups.put(concept, known);
          concepts.add(concept);
          if (known == counts.length) {
            counts = Arrays.copyOf(counts, known * 2);
          }
        }
        last = concept;
        lastGroup = known;
      }
      group[i] = lastGroup;
      counts[lastGroup]++;
    }
    int[][] positions = new int[concepts.size()][];
    for (int g = 0; g < positions.length; g++) {
      positions[g] = new int[counts[g]];
    }
    int[] filled = new int[concepts.size()];
    for (int i = 0; i < group.length; i++) {
      int g = group[i];
      positions[g][filled[g]++] = i;
    }
    Map<Concept, int[]> positionsByConcept = new HashMap<>(concepts.size() * 2);
    for (int g = 0; g < positions.length; g++) {
      positionsByConcept.put(concepts.get(g), positions[g]);
    }
    return positionsByConcept;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every fact in load order; the list cannot be changed. */
  public List<Fact> facts() {
    return facts;
  }

  public int size() {
    return facts.size();
  }

  /** Every fact reported for this context: none, one, or duplicates printed in several places. */
  public ImmutableList<Fact> find(ContextKey key) {
    return find(key.concept(), key.entity(), key.period(), key.dimensions());
  }

  public ImmutableList<Fact> find(Concept concept, String entity, Period period, Dimensions dimensions) {
    ContextIds ids = contextIds();
    int context = ids.context(ids.series(entity, dimensions), ids.period(period));
    if (context < 0) {
      return ImmutableList.of();
    }
    ConceptContexts index = byContext.get(concept);
    if (index == null) {
      int[] positions = positionsByConcept.get(concept);
      index = byContext.computeIfAbsent(concept, c -> positions == null ? ConceptContexts.NONE
          : new ConceptContexts(positions, ids));
    }
    return index.find(context, facts);
  }

  /** The entity of the fact at {@code position} in {@link #facts()}, read from the columns if the ledger keeps them. */
  public String entityAt(int position) {
    return facts instanceof FactColumns columns ? columns.entity(position) : facts.get(position).entity();
  }

  /**
   * Whether the fact at {@code position} in {@link #facts()} has an amount (is not nil) other than
   * zero, read from the columns if the ledger keeps them (they hold no nil facts).
   */
  public boolean hasNonZeroAmountAt(int position) {
    if (facts instanceof FactColumns columns) {
      return columns.signum(position) != 0;
    }
    Fact fact = facts.get(position);
    return !fact.isNil() && fact.amount().signum() != 0;
  }

  /** Whether the fact at {@code position} in {@link #facts()} is nil, without making it from the columns (none is). */
  public boolean isNilAt(int position) {
    if (facts instanceof FactColumns) {
      Objects.checkIndex(position, facts.size());
      return false;
    }
    return facts.get(position).isNil();
  }

  /** The number of distinct contexts (concept, entity, period, dimensions). */
  public int contextCount() {
    ContextIds ids = contextIds();
    // Stamped with the concept's turn, so the marks need no clearing between concepts.
    int[] stamp = new int[ids.contextCount()];
    int turn = 0;
    int count = 0;
    for (int[] positions : positionsByConcept.values()) {
      turn++;
      for (int position : positions) {
        int context = ids.contextAt(position);
        if (stamp[context] != turn) {
          stamp[context] = turn;
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The contexts with two or more facts, each with its facts, in first-seen order: what the
   * built-in duplicate check needs. Found by number ({@link ContextIds}) concept by concept; only
   * the repeated ones are gathered.
   */
  public ImmutableListMultimap<ContextKey, Fact> repeatedContexts() {
    ContextIds ids = contextIds();
    int[] stamp = new int[ids.contextCount()];
    int[] seen = new int[ids.contextCount()];
    List<int[]> groups = new ArrayList<>();
    int turn = 0;
    for (int[] positions : positionsByConcept.values()) {
      turn++;
      boolean repeats = false;
      for (int position : positions) {
        int context = ids.contextAt(position);
        if (stamp[context] != turn) {
          stamp[context] = turn;
          seen[context] = 1;
        } else {
          seen[context]++;
          repeats = true;
        }
      }
      if (repeats) {
        gather(positions, ids, seen, groups);
      }
    }
    // First-seen order: by the position of each context's first fact.
    groups.sort((a, b) -> Integer.compare(a[0], b[0]));
    ImmutableListMultimap.Builder<ContextKey, Fact> repeated = ImmutableListMultimap.builder();
    for (int[] group : groups) {
      Fact first = facts.get(group[0]);
      for (int position : group) {
        repeated.put(first.key(), facts.get(position));
      }
    }
    return repeated.build();
  }

  /**
   * Adds to {@code groups} the positions of each context of one concept's {@code positions} that
   * {@code counts} (by context number) says holds two or more, in load order.
   */
  private static void gather(int[] positions, ContextIds ids, int[] counts, List<int[]> groups) {
    Map<Integer, int[]> byContext = new HashMap<>();
    Map<Integer, Integer> filled = new HashMap<>();
    for (int position : positions) {
      int context = ids.contextAt(position);
      int count = counts[context];
      if (count >= 2) {
        int[] group = byContext.computeIfAbsent(context, c -> new int[count]);
        int at = filled.merge(context, 1, Integer::sum) - 1;
        group[at] = position;
        if (at == 0) {
          groups.add(group);
        }
      }
    }
  }

  /** Every fact of a concept, in load order. */
  public ImmutableList<Fact> factsOf(Concept concept) {
    ImmutableList<Fact> list = byConcept.get(concept);
    if (list == null) {
      int[] positions = positionsByConcept.get(concept);
      if (positions == null) {
        return ImmutableList.of();
      }
      list = byConcept.computeIfAbsent(concept, c -> {
        Fact[] members = new Fact[positions.length];
        for (int i = 0; i < positions.length; i++) {
          members[i] = facts.get(positions[i]);
        }
        return ImmutableList.copyOf(members);
      });
    }
    return list;
  }

  /**
   * The positions in {@link #facts()} of a concept's facts, in load order (the order of {@link
   * #factsOf}). Not to be changed.
   */
  public int[] positionsOf(Concept concept) {
    return positionsByConcept.getOrDefault(concept, NO_POSITIONS);
  }

  private static final int[] NO_POSITIONS = new int[0];

  /** The numbers of every fact's series, period and context, built on first use. */
  public ContextIds contextIds() {
    return contextIds.get();
  }

  /**
   * Collects facts; {@link #build()} indexes them. {@link #add} interns entities, periods and
   * dimension sets as facts arrive: a million facts share a few thousand of each, which keeps the
   * ledger compact and makes most key comparisons a reference check. {@link #addAll} takes facts as
   * they are: the loader's readers already share these objects (the tidy CSV reader resolves each
   * distinct text once), and interning a million facts again would only cost time. Lookups compare
   * values where references differ, so either way the ledger is correct. {@link FactColumns} given
   * to {@link #addAll} alone become the ledger's list as they are.
   */
  public static final class Builder {
    private final ArrayList<Fact> facts = new ArrayList<>();
    /** The columns given whole to an empty builder, kept as they are until more facts come. */
    private FactColumns columns;
    private final HashMap<String, String> entities = new HashMap<>();
    private final HashMap<Period, Period> periods = new HashMap<>();
    private final HashMap<Dimensions, Dimensions> dimensions = new HashMap<>();

    public Builder add(Fact fact) {
      spillColumns();
      String entity = entities.computeIfAbsent(fact.entity(), e -> e);
      Period period = periods.computeIfAbsent(fact.period(), p -> p);
      Dimensions dims = dimensions.computeIfAbsent(fact.dimensions(), d -> d);
      if (entity != fact.entity() || period != fact.period() || dims != fact.dimensions()) {
        fact = fact.withContext(entity, period, dims);
      }
      facts.add(fact);
      return this;
    }

    public Builder addAll(Iterable<Fact> more) {
      if (more instanceof FactColumns c && facts.isEmpty() && columns == null) {
        columns = c;
        return this;
      }
      spillColumns();
      if (more instanceof java.util.Collection<Fact> all) {
        facts.addAll(all);
        return this;
      }
      more.forEach(facts::add);
      return this;
    }

    private void spillColumns() {
      if (columns != null) {
        facts.addAll(columns);
        columns = null;
      }
    }

    public Ledger build() {
      return new Ledger(columns != null ? columns : facts);
    }
  }
}
