package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import tieout.ledger.Ledger;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.taxonomy.Taxonomy;

/**
 * Evaluates a rule set over a ledger: the entry point of the engine (see {@code docs/design.md},
 * "Engine").
 *
 * <p>Findings come in a deterministic order: rules in declaration order, then the built-in
 * DUPLICATE rule; within a rule by entity, period (end date, then start) and dimensions, then in
 * the order the checks were instantiated (concept order of a roll-up, the quarter sum before the
 * year-to-date chain).
 */
public final class Reconciler {
  private Reconciler() {}

  /**
   * Every finding of every rule of {@code rules} over {@code ledger}, then the built-in DUPLICATE
   * rule's, then the built-in excessDigits rule's. The ledger's indexes are used as they are; each rule makes one pass over the facts of
   * the concepts it names.
   */
  public static ImmutableList<Finding> check(RuleSet rules, Ledger ledger) {
    return check(rules, ledger, Judges.FAST);
  }

  /**
   * As {@link #check(RuleSet, Ledger)}, the checks with two ways decided by {@code judges}: the tests
   * pass the general evaluator alone, the reference the fast ways are compared against.
   */
  static ImmutableList<Finding> check(RuleSet rules, Ledger ledger, Judges judges) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    // One rule at a time on every machine: on two cores the JIT compiler, busy all through a run
    // this short, needs the other core, and no machine gets a code path of its own
    // (docs/performance.md#speed-tricks-kept, "Rules one at a time"). Flux rules are a review of
    // their own (see flux()).
    List<List<Finding>> perRule =
        rules.rules().stream()
            .filter(rule -> !(rule instanceof Rule.Flux))
            .map(rule -> sorted(checkFor(rule, rules.taxonomy(), judges).run(ledger)))
            .toList();
    perRule.forEach(findings::addAll);
    findings.addAll(sorted(new DuplicateCheck().run(ledger)));
    findings.addAll(sorted(new ExcessDigitsCheck(rules).run(ledger)));
    return findings.build();
  }

  /**
   * The findings of the flux (period-over-period review) rules of {@code rules}, in declaration
   * order: a section of their own, apart from the tie-outs of {@link #check}.
   */
  public static ImmutableList<Finding> flux(RuleSet rules, Ledger ledger) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Rule rule : rules.rules()) {
      if (rule instanceof Rule.Flux) {
        findings.addAll(sorted(checkFor(rule, rules.taxonomy(), Judges.FAST).run(ledger)));
      }
    }
    return findings.build();
  }

  private static Check checkFor(Rule rule, Taxonomy taxonomy, Judges judges) {
    if (rule instanceof Rule.Rollup r) {
      return new RollupCheck(r, taxonomy, judges);
    } else if (rule instanceof Rule.Breakdown r) {
      return new BreakdownCheck(r, taxonomy, judges);
    } else if (rule instanceof Rule.Summation r) {
      return new SummationCheck(r, judges);
    } else if (rule instanceof Rule.Assertion r) {
      return new AssertionCheck(r);
    } else if (rule instanceof Rule.Rollforward r) {
      return new RollforwardCheck(r);
    } else if (rule instanceof Rule.Flux r) {
      return new FluxCheck(r, taxonomy.fiscalYearEnd());
    }
    throw new AssertionError("unknown rule kind: " + rule.getClass());
  }

  /** A stable sort, so that checks with the same context keep their instantiation order. */
  private static List<Finding> sorted(List<Finding> findings) {
    List<Finding> copy = new ArrayList<>(findings);
    copy.sort(FindingOrder.WITHIN_RULE);
    return copy;
  }
}
