package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.FiscalCalendar;
import tieout.ledger.Ledger;
import tieout.ledger.Hashes;
import tieout.ledger.Period;
import tieout.rules.Rule;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * {@code rollup quarters of ...}: the quarters of a year sum to the year and year-to-date figures
 * chain (6 = Q1 + Q2, 9 = 6 + Q3, 12 = 9 + Q4); for an instant concept, every printing of a balance
 * agrees (the Q4 closing balance is the year-end balance). A roll-up ignores period filters.
 *
 * <p>For a duration concept, {@link RollupSums} lists each series' checks and a {@link RollupJudge}
 * decides each, as the {@link Judges} say: the fast one in a run, the general one as the tests' reference.
 */
final class RollupCheck implements Check {
  private final Rule.Rollup rule;
  private final ImmutableList<Concept> concepts;
  private final Judges judges;
  private final RollupSums sums;

  RollupCheck(Rule.Rollup rule, Taxonomy taxonomy, Judges judges) {
    this.rule = rule;
    this.judges = judges;
    this.concepts =
        rule.allAdditive()
            ? taxonomy.concepts().values().stream()
                .filter(Concept::addsAcrossPeriods)
                .collect(ImmutableList.toImmutableList())
            : rule.concepts();
    this.sums = new RollupSums(new FiscalCalendar(taxonomy.fiscalYearEnd()), !rule.allAdditive());
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    RollupJudge judge =
        judges.rollup(rule.header(), new IntervalRollupJudge(new EquationEvaluator(rule.header(), ledger)));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Concept concept : concepts) {
      if (concept.periodType() == PeriodType.INSTANT) {
        balances(concept, ledger, findings);
        continue;
      }
      RollupSeries series = new RollupSeries(concept, ledger);
      while (series.next()) {
        for (RollupSum sum : sums.of(series)) {
          findings.add(judge.decide(series, sum));
        }
      }
    }
    return findings.build();
  }

  /** Instant concept: each context printed in two or more places must agree. */
  private void balances(Concept concept, Ledger ledger, ImmutableList.Builder<Finding> findings) {
    Map<ContextKey, List<Fact>> byKey = new LinkedHashMap<>();
    for (Fact fact : ledger.factsOf(concept)) {
      if (!fact.isNil()) {
        byKey.computeIfAbsent(fact.key(), k -> new ArrayList<>()).add(fact);
      }
    }
    byKey.forEach(
        (key, facts) -> {
          if (facts.stream().map(Fact::source).distinct().count() >= 2) {
            findings.add(Agreement.check(rule.header(), key, facts));
          }
        });
  }
}
