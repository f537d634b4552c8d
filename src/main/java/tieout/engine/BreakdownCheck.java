package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tieout.ledger.ContextKey;
import tieout.ledger.Dimensions;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.Rule;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Taxonomy;

/**
 * {@code breakdown T by Axis}: in each context (without the axis) where a member of the axis is
 * reported, the members sum to the total. Members not reported contribute nothing; the total must
 * be reported.
 */
final class BreakdownCheck implements Check {
  private final Rule.Breakdown rule;

  /** Declared position of each member, so members are listed in taxonomy order. */
  private final Map<String, Integer> memberOrder = new HashMap<>();
  /** Whether checks in the common form are judged by {@link SimpleTie} (false only in tests). */
  private final boolean simple;

  BreakdownCheck(Rule.Breakdown rule, Taxonomy taxonomy, boolean simple) {
    this.rule = rule;
    this.simple = simple;
    taxonomy
        .axis(rule.axis())
        .map(Axis::members)
        .orElse(ImmutableList.of())
        .forEach(m -> memberOrder.put(m.name(), memberOrder.size()));
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    if (simple) {
      ImmutableList<Finding> findings = runGrouped(ledger);
      if (findings != null) {
        return findings;
      }
    }
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

  /** The facts of one total's context: the total (or {@link #SEVERAL}) and each member's. */
  private static final class Group {
    Object total;
    final Map<String, Object> members = new LinkedHashMap<>(8);
  }

  /** In a {@link Group}: a context printed twice, left to the evaluator. */
  private static final Object SEVERAL = new Object();

  /**
   * The same checks as the general way, from one pass that groups every fact of the total concept
   * by the context of its total; common checks are judged by {@link SimpleTie}, the rest by the
   * evaluator. Null when the concept has a nil fact: those few ledgers go the general way.
   */
  private ImmutableList<Finding> runGrouped(Ledger ledger) {
    String axis = rule.axis();
    Map<Context, Group> groups = new LinkedHashMap<>();
    Map<Context, Object> totals = new HashMap<>();
    Map<Dimensions, Dimensions> withoutAxis = new IdentityHashMap<>();
    // Made once: a lambda that captures the axis is a new object at each use.
    Function<Dimensions, Dimensions> dropAxis = d -> d.without(axis);
    for (Fact fact : ledger.factsOf(rule.total())) {
      if (fact.isNil()) {
        return null;
      }
      // A filter looks at the period only, so it takes or leaves every fact of a context alike.
      if (!rule.header().filter().accepts(fact.period())) {
        continue;
      }
      String member = fact.dimensions().member(axis);
      if (member == null) {
        totals.merge(Context.of(fact), fact, (a, b) -> SEVERAL);
        continue;
      }
      Dimensions totalDimensions = withoutAxis.computeIfAbsent(fact.dimensions(), dropAxis);
      groups
          .computeIfAbsent(new Context(fact.entity(), fact.period(), totalDimensions), c -> new Group())
          .members
          .merge(member, fact, (a, b) -> SEVERAL);
    }
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    SimpleTie simpleTie = new SimpleTie(rule.header());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    groups.forEach(
        (where, group) -> {
          Finding finding = null;
          Map<String, Object> members = group.members;
          if (totals.get(where) instanceof Fact total && !members.containsValue(SEVERAL)) {
            Fact[] parts = new Fact[members.size()];
            BigDecimal[] ones = new BigDecimal[members.size()];
            int n = 0;
            for (String m : ordered(members.keySet())) {
              parts[n] = (Fact) members.get(m);
              ones[n++] = BigDecimal.ONE;
            }
            finding = simpleTie.judge(where, total, parts, ones, n);
          }
          if (finding == null) {
            Map<String, Dimensions> dimensions = new LinkedHashMap<>();
            members.keySet().forEach(m -> dimensions.put(m, where.dimensions().with(axis, m)));
            finding = evaluator.evaluate(tie(where, dimensions));
          }
          findings.add(finding);
        });
    return findings.build();
  }

  private List<String> ordered(java.util.Collection<String> members) {
    List<String> names = new ArrayList<>(members);
    names.sort(Comparator.comparing(m -> memberOrder.getOrDefault(m, Integer.MAX_VALUE)));
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
