package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/**
 * A ledger of many entities through a roll-up of all additive concepts and a summation: every
 * check of every entity is counted, exactly. ({@code -Dtieout.scale.entities=10000} makes it about
 * 2.1 million facts; speed is measured by the benchmark, {@code bench/run.sh}, not here.)
 */
class ScaleTest {
  private static final int CONCEPTS = 20;
  private static final int YEARS = 2;

  @Test
  void everyCheckIsInstantiatedOnceAndEvaluatedCorrectly() {
    int entities = Integer.getInteger("tieout.scale.entities", 200);
    Taxonomy.Builder taxonomy = Taxonomy.builder();
    Concept[] items = new Concept[CONCEPTS];
    for (int i = 0; i < CONCEPTS; i++) {
      items[i] = Fixtures.flow("Item" + i);
      taxonomy.add(items[i]);
    }
    Concept total = Fixtures.flow("Total");
    taxonomy.add(total);
    Ledger ledger = ledger(entities, items, total);
    RuleSet rules =
        new RuleSet(
            taxonomy.build(),
            ImmutableList.of(
                Fixtures.rollupAllAdditive(Fixtures.header("ROLLUP")),
                new Rule.Summation(
                    Fixtures.header("SUM"),
                    total,
                    Arrays.stream(items)
                        .map(Term::plus)
                        .collect(ImmutableList.toImmutableList()))));

    ImmutableList<Finding> findings = Reconciler.check(rules, ledger);

    Map<String, Long> byRuleAndStatus =
        findings.stream()
            .collect(
                Collectors.groupingBy(f -> f.rule() + " " + f.status(), Collectors.counting()));
    long years = (long) entities * YEARS;
    // Item0's and Total's years are misprinted: their roll-ups and the annual summation fail.
    assertThat(
        byRuleAndStatus,
        is(
            Map.of(
                "ROLLUP PASS", years * (CONCEPTS - 1),
                "ROLLUP FAIL", years * 2,
                "SUM PASS", years * 4,
                "SUM FAIL", years)));
  }

  /**
   * Per entity and year: each item 100 a quarter and 400 a year (Item0: 410), and their totals (the
   * year's printed 50 short).
   */
  private static Ledger ledger(int entities, Concept[] items, Concept total) {
    Ledger.Builder ledger = Ledger.builder();
    int line = 0;
    for (int e = 0; e < entities; e++) {
      for (int y = 2012; y < 2012 + YEARS; y++) {
        for (int k = 0; k <= 4; k++) {
          Period period = k == 0 ? Fixtures.year(y) : Fixtures.q(y, k);
          BigDecimal sum = BigDecimal.ZERO;
          for (Concept item : items) {
            BigDecimal value = BigDecimal.valueOf(k == 0 ? (item == items[0] ? 410 : 400) : 100);
            sum = sum.add(value);
            ledger.add(fact(item, "E" + e, period, value, ++line));
          }
          ledger.add(
              fact(
                  total,
                  "E" + e,
                  period,
                  k == 0 ? sum.subtract(BigDecimal.valueOf(50)) : sum,
                  ++line));
        }
      }
    }
    return ledger.build();
  }

  private static Fact fact(
      Concept concept, String entity, Period period, BigDecimal value, int line) {
    return new Fact(
        concept,
        entity,
        period,
        Unit.USD,
        Decimals.WHOLE,
        Dimensions.NONE,
        Optional.of(value),
        SourceRef.line("facts.csv", line));
  }
}
