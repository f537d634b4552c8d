package tieout.explain;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import tieout.engine.Finding;
import tieout.engine.Reconciler;
import tieout.engine.Status;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * Measures what variance explanations add to a check of a large ledger (see
 * {@code docs/performance.md}): 200 concepts x 10 years x (4 quarters + the year) = 10,000 facts,
 * one roll-up in 20 broken (half by a figure of the same year, half by a random amount, the worst
 * case: nothing matches, so pairs and triples are all searched). Prints the median of 7 timed runs
 * after 3 warm-up runs.
 *
 * <pre>mvn -q -o test-compile exec:java -Dexec.mainClass=tieout.explain.ExplainBenchmark -Dexec.classpathScope=test</pre>
 */
public final class ExplainBenchmark {
  private static final int CONCEPTS = 200;
  private static final int YEARS = 10;
  private static final int WARM_UP = 3;
  private static final int RUNS = 7;

  private ExplainBenchmark() {}

  public static void main(String[] args) {
    StringBuilder taxonomy = new StringBuilder("entity \"Bench Co\"\n");
    for (int c = 0; c < CONCEPTS; c++) {
      taxonomy.append("concept C").append(c).append(" monetary duration debit\n");
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rules/bench.taxonomy", taxonomy.toString());
    files.put("rules/bench.rules", "rule Q2Y \"Quarters sum to the year\"\n  rollup quarters of all additive\n");
    RuleSet rules = RulesLoader.parse(files);
    Ledger ledger = ledger(rules, new Random(20131231L));

    ImmutableList<Finding> findings = Reconciler.check(rules, ledger);
    long failures = findings.stream().filter(f -> f.status() == Status.FAIL).count();
    Map<Finding, ImmutableList<Explanation>> explained = Explainer.standard().explainFailures(findings, ledger);

    long[] check = new long[RUNS];
    long[] explain = new long[RUNS];
    for (int run = -WARM_UP; run < RUNS; run++) {
      long t0 = System.nanoTime();
      ImmutableList<Finding> found = Reconciler.check(rules, ledger);
      long t1 = System.nanoTime();
      Explainer.standard().explainFailures(found, ledger);
      long t2 = System.nanoTime();
      if (run >= 0) {
        check[run] = t1 - t0;
        explain[run] = t2 - t1;
      }
    }
    double checkMs = median(check);
    double explainMs = median(explain);
    long[] noTriples = new long[RUNS];
    Explainer pairsOnly = new Explainer(Explainer.MAX_EXPLANATIONS, Explainer.PAIR_POOL, 0);
    for (int run = -WARM_UP; run < RUNS; run++) {
      long t0 = System.nanoTime();
      pairsOnly.explainFailures(findings, ledger);
      if (run >= 0) {
        noTriples[run] = System.nanoTime() - t0;
      }
    }
    System.out.printf("facts %d, checks %d, failed %d, failures with an explanation %d%n",
        ledger.size(), findings.size(), failures, explained.size());
    System.out.printf("check without explanations: %.1f ms (median of %d)%n", checkMs, RUNS);
    System.out.printf("check with explanations:    %.1f ms (explanations %.1f ms, %.2f ms per failure)%n",
        checkMs + explainMs, explainMs, explainMs / failures);
    System.out.printf("explanations without triples: %.1f ms%n", median(noTriples));
  }

  /** The quarters of each concept and year, and the year: their sum, or off by a variance. */
  private static Ledger ledger(RuleSet rules, Random random) {
    Ledger.Builder ledger = Ledger.builder();
    List<Fact> facts = new ArrayList<>();
    for (int year = 2010; year < 2010 + YEARS; year++) {
      List<BigDecimal> sameYear = new ArrayList<>();
      for (int c = 0; c < CONCEPTS; c++) {
        var concept = rules.taxonomy().concept("C" + c).orElseThrow();
        BigDecimal total = BigDecimal.ZERO;
        for (int q = 1; q <= 4; q++) {
          BigDecimal value = BigDecimal.valueOf(10_000 + random.nextInt(5_000_000));
          total = total.add(value);
          sameYear.add(value);
          facts.add(fact(concept, Period.quarterEnding(year, 3 * q), value, "Q" + year + "!R" + c + "C" + q));
        }
        int broken = (year * CONCEPTS + c) % 20;
        if (broken == 0 && sameYear.size() > 8) {
          total = total.add(sameYear.get(random.nextInt(sameYear.size() - 4))); // explainable
        } else if (broken == 10) {
          total = total.add(BigDecimal.valueOf(1 + random.nextInt(900_000))); // most likely not
        }
        facts.add(fact(concept, Period.duration(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), total,
            "Y" + year + "!R" + c));
      }
    }
    return ledger.addAll(facts).build();
  }

  private static Fact fact(tieout.taxonomy.Concept concept, Period period, BigDecimal value, String cell) {
    String[] at = cell.split("!");
    return new Fact(concept, "Bench Co", period, Unit.USD, Decimals.WHOLE, Dimensions.NONE, Optional.of(value),
        SourceRef.cell("bench.xlsx", at[0], at[1]));
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
