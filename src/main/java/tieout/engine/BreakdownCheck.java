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

  BreakdownCheck(Rule.Breakdown rule, Taxonomy taxonomy) {
    this.rule = rule;
    taxonomy
        .axis(rule.axis())
        .map(Axis::members)
        .orElse(ImmutableList.of())
        .forEach(m -> memberOrder.put(m.name(), memberOrder.size()));
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    String axis = rule.axis();
    // Total context -> member -> the member's own dimensions (the total's plus axis=member).
    Map<Context, Map<String, Dimensions>> membersByTotal = new LinkedHashMap<>();
    // The ledger interns dimension sets, so each distinct set loses the axis once, and the
    // contexts built from it share one object (equal by reference in every lookup).
    Map<Dimensions, Dimensions> withoutAxis = new IdentityHashMap<>();
    for (Fact fact : ledger.factsOf(rule.total())) {
      String member = fact.dimensions().member(axis);
      if (member != null && !fact.isNil() && rule.header().filter().accepts(fact.period())) {
        Dimensions totalDimensions = withoutAxis.computeIfAbsent(fact.dimensions(), d -> d.without(axis));
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

  /** total = the members reported, in taxonomy order; undeclared members last, as first seen. */
  private Equation tie(Context where, Map<String, Dimensions> members) {
    List<Slot> slots = new ArrayList<>();
    slots.add(
        Slot.reported(
            where.key(rule.total()),
            () -> Reasons.notReported("total", rule.total(), where.period())));
    List<String> names = new ArrayList<>(members.keySet());
    names.sort(Comparator.comparing(m -> memberOrder.getOrDefault(m, Integer.MAX_VALUE)));
    for (String m : names) {
      ContextKey key = new ContextKey(rule.total(), where.entity(), where.period(), members.get(m));
      slots.add(Slot.optional(Operand.Side.COMPUTED, BigDecimal.ONE, key));
    }
    return Equation.tie(where, slots);
  }
}
