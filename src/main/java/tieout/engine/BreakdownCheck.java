package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tieout.ledger.ContextIds;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.LongIntTable;
import tieout.rules.Rule;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Taxonomy;

/**
 * {@code breakdown T by Axis}: in each context (without the axis) where a member of the axis is
 * reported, the members sum to the total. Members not reported contribute nothing; the total must
 * be reported.
 */
final class BreakdownCheck extends GroupedCheck {
  private final Rule.Breakdown rule;

  /** Declared position of each member, so members are listed in taxonomy order. */
  private final Map<String, Integer> memberOrder = new HashMap<>();

  BreakdownCheck(Rule.Breakdown rule, Taxonomy taxonomy, Judges judges) {
    super(judges);
    this.rule = rule;
    taxonomy
        .axis(rule.axis())
        .map(Axis::members)
        .orElse(ImmutableList.of())
        .forEach(m -> memberOrder.put(m.name(), memberOrder.size()));
  }

  @Override
  ImmutableList<Finding> runGeneral(Ledger ledger) {
    String axis = rule.axis();
    // Total context -> member -> the member's own dimensions (the total's plus axis=member).
    Map<Context, Map<String, Dimensions>> membersByTotal = new LinkedHashMap<>();
    // The ledger interns dimension sets, so each distinct set loses the axis once, and the
    // contexts built from it share one object (equal by reference in every lookup).
    Map<Dimensions, Dimensions> withoutAxis = new IdentityHashMap<>();
    // Made once: a lambda that captures the axis is a new object at each use.
    Function<Dimensions, Dimensions> dropAxis = d -> d.without(axis);
    for (Fact fact : ledger.factsOf(rule.total())) {
      String member = fact.dimensions().member(axis);
      if (member != null && !fact.isNil() && rule.header().filter().accepts(fact.period())) {
        Dimensions totalDimensions = withoutAxis.computeIfAbsent(fact.dimensions(), dropAxis);
        Context total = new Context(fact.entity(), fact.period(), totalDimensions);
        membersByTotal
            .computeIfAbsent(total, c -> new LinkedHashMap<>())
            .putIfAbsent(member, fact.dimensions());
      }
    }
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    membersByTotal.forEach(
        (where, members) -> findings.add(evaluator.evaluate(tie(where, members))));
    return findings.build();
  }

  /** In a group's members: a figure printed twice, left to the evaluator. */
  private static final Object SEVERAL = new Object();
  /** In the table of totals, for a total printed twice: no position of a fact. */
  private static final int PRINTED_TWICE = Integer.MAX_VALUE;

  /**
   * The same checks as the general way, from one pass over the total concept's facts that groups
   * them by the context of their total, by number ({@link ContextIds}) rather than by hashing
   * objects; common checks are judged by {@link SimpleTie}, the rest by the evaluator. Null when
   * the concept has a nil fact: those few ledgers go the general way.
   */
  @Override
  ImmutableList<Finding> runGrouped(Ledger ledger) {
    String axis = rule.axis();
    ContextIds ids = ledger.contextIds();
    List<Fact> facts = ledger.facts();
    // Per series (entity and dimensions) of a fact: its member of the axis, and the number of the
    // series of its total (the same without the axis), found once per series, not once per fact.
    String[] memberOf = new String[ids.seriesCount()];
    int[] totalSeriesOf = new int[ids.seriesCount()];
    Arrays.fill(totalSeriesOf, Integer.MIN_VALUE);
    List<Dimensions> totalDimensions = new ArrayList<>(); // of total series not in the ledger
    Map<Dimensions, Map<String, Integer>> unreported = new HashMap<>();
    LongIntTable groupOf = new LongIntTable(1024);
    LongIntTable totals = new LongIntTable(1024); // key -> position, or PRINTED_TWICE
    // Groups in first-seen order; their members chained through arrays in first-seen order.
    GroupTable groups = new GroupTable();
    for (int position : ledger.positionsOf(rule.total())) {
      Fact fact = facts.get(position);
      if (fact.isNil()) {
        return null;
      }
      // A filter looks at the period only, so it takes or leaves every fact of a context alike.
      if (!rule.header().filter().accepts(fact.period())) {
        continue;
      }
      int series = ids.seriesAt(position);
      long period = ids.periodAt(position) & 0xFFFFFFFFL;
      if (totalSeriesOf[series] == Integer.MIN_VALUE) {
        Dimensions without = fact.dimensions().without(axis);
        memberOf[series] = fact.dimensions().member(axis);
        int total = ids.series(fact.entity(), without);
        if (total < 0) {
          // Encoded below -1, so as not to meet a ledger series.
          total = -2 - unreported.computeIfAbsent(without, d -> new HashMap<>())
              .computeIfAbsent(fact.entity(), e -> {
                totalDimensions.add(without);
                return totalDimensions.size() - 1;
              });
        }
        totalSeriesOf[series] = total;
      }
      String member = memberOf[series];
      if (member == null) {
        long key = ((long) series << 32) | period;
        if (totals.putIfAbsent(key, position) != position) {
          totals.put(key, PRINTED_TWICE);
        }
        continue;
      }
      long key = ((long) totalSeriesOf[series] << 32) | period;
      int group = groupOf.putIfAbsent(key, groups.size());
      if (group == groups.size()) {
        groups.add(key, fact, totalSeriesOf[series] >= 0
            ? ids.dimensions(totalSeriesOf[series])
            : totalDimensions.get(-2 - totalSeriesOf[series]));
      }
      groups.member(group, member, fact);
    }
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    SimpleTie simpleTie = new SimpleTie(rule.header());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    // Scratch for the common form, reused from group to group: a ledger has hundreds of thousands.
    Fact[] parts = new Fact[8];
    int[] places = new int[8];
    BigDecimal[] ones = new BigDecimal[8];
    Arrays.fill(ones, BigDecimal.ONE);
    for (int g = 0; g < groups.size(); g++) {
      Fact any = groups.anyFact(g);
      int totalAt = totals.get(groups.key(g));
      Finding finding = null;
      if (totalAt >= 0 && totalAt != PRINTED_TWICE && !groups.hasSeveral(g)) {
        int count = groups.memberCount(g);
        if (parts.length < count) {
          parts = new Fact[2 * count];
          places = new int[2 * count];
          ones = new BigDecimal[2 * count];
          Arrays.fill(ones, BigDecimal.ONE);
        }
        count = groups.inTaxonomyOrder(g, memberOrder, parts, places);
        finding = simpleTie.judge(any.entity(), any.period(), groups.dimensions(g), facts.get(totalAt), parts, ones, count);
      }
      if (finding == null) {
        Context where = new Context(any.entity(), any.period(), groups.dimensions(g));
        Map<String, Dimensions> dimensions = new LinkedHashMap<>();
        groups.memberNames(g).forEach(m -> dimensions.put(m, where.dimensions().with(axis, m)));
        finding = evaluator.evaluate(tie(where, dimensions));
      }
      findings.add(finding);
    }
    return findings.build();
  }

  /**
   * The groups of one breakdown: each with its key (series of the total and period), the
   * dimensions of its total, one of its facts, and its members (name and fact, or {@link #SEVERAL})
   * chained in first-seen order. Arrays rather than a map per group: a ledger has hundreds of
   * thousands of groups.
   */
  private static final class GroupTable {
    private long[] keys = new long[64];
    private Fact[] anyFact = new Fact[64];
    private Dimensions[] dimensions = new Dimensions[64];
    private int[] firstMember = new int[64];
    private int size;
    private String[] memberName = new String[256];
    private Object[] memberFact = new Object[256];
    private int[] nextMember = new int[256];
    private int members;

    int size() {
      return size;
    }

    void add(long key, Fact fact, Dimensions totalDimensions) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        anyFact = Arrays.copyOf(anyFact, size * 2);
        dimensions = Arrays.copyOf(dimensions, size * 2);
        firstMember = Arrays.copyOf(firstMember, size * 2);
      }
      keys[size] = key;
      anyFact[size] = fact;
      dimensions[size] = totalDimensions;
      firstMember[size] = -1;
      size++;
    }

    /** Adds {@code fact} as {@code member} of group {@code g}, or marks the member printed twice. */
    void member(int g, String member, Fact fact) {
      int last = -1;
      for (int m = firstMember[g]; m >= 0; m = nextMember[m]) {
        if (memberName[m].equals(member)) {
          memberFact[m] = SEVERAL;
          return;
        }
        last = m;
      }
      if (members == memberName.length) {
        memberName = Arrays.copyOf(memberName, members * 2);
        memberFact = Arrays.copyOf(memberFact, members * 2);
        nextMember = Arrays.copyOf(nextMember, members * 2);
      }
      memberName[members] = member;
      memberFact[members] = fact;
      nextMember[members] = -1;
      if (last < 0) {
        firstMember[g] = members;
      } else {
        nextMember[last] = members;
      }
      members++;
    }

    long key(int g) {
      return keys[g];
    }

    Fact anyFact(int g) {
      return anyFact[g];
    }

    Dimensions dimensions(int g) {
      return dimensions[g];
    }

    int memberCount(int g) {
      int count = 0;
      for (int m = firstMember[g]; m >= 0; m = nextMember[m]) {
        count++;
      }
      return count;
    }

    /**
     * The facts of group {@code g}'s members into {@code parts}, in taxonomy order ({@code order}:
     * member to place), undeclared members last as first seen, as {@link #ordered} sorts their
     * names; returns how many. An insertion sort, stable like the list's: groups have a handful
     * of members, and this one makes no objects.
     */
    int inTaxonomyOrder(int g, Map<String, Integer> order, Fact[] parts, int[] places) {
      int n = 0;
      for (int m = firstMember[g]; m >= 0; m = nextMember[m]) {
        Integer known = order.get(memberName[m]);
        int place = known == null ? Integer.MAX_VALUE : known;
        int i = n++;
        while (i > 0 && places[i - 1] > place) {
          places[i] = places[i - 1];
          parts[i] = parts[i - 1];
          i--;
        }
        places[i] = place;
        parts[i] = (Fact) memberFact[m];
      }
      return n;
    }

    List<String> memberNames(int g) {
      List<String> names = new ArrayList<>(4);
      for (int m = firstMember[g]; m >= 0; m = nextMember[m]) {
        names.add(memberName[m]);
      }
      return names;
    }

    boolean hasSeveral(int g) {
      for (int m = firstMember[g]; m >= 0; m = nextMember[m]) {
        if (memberFact[m] == SEVERAL) {
          return true;
        }
      }
      return false;
    }
  }

  private List<String> ordered(java.util.Collection<String> members) {
    List<String> names = new ArrayList<>(members);
    // comparingInt, and no boxed default: a member's place is looked up at every comparison.
    names.sort(Comparator.comparingInt(m -> {
      Integer place = memberOrder.get(m);
      return place == null ? Integer.MAX_VALUE : place;
    }));
    return names;
  }

  /** total = the members reported, in taxonomy order; undeclared members last, as first seen. */
  private Equation tie(Context where, Map<String, Dimensions> members) {
    List<Slot> slots = new ArrayList<>();
    slots.add(
        Slot.reported(
            where.key(rule.total()),
            () -> Reasons.notReported("total", rule.total(), where.period())));
    for (String m : ordered(members.keySet())) {
      ContextKey key = new ContextKey(rule.total(), where.entity(), where.period(), members.get(m));
      slots.add(Slot.optional(Operand.Side.COMPUTED, BigDecimal.ONE, key));
    }
    return Equation.tie(where, slots);
  }
}
