package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;
import tieout.rules.Term;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;
import tieout.testing.Runs;

/**
 * Roll-ups, breakdowns and summations judge their common checks straight from grouped facts
 * ({@link SimpleTie}); the general evaluator is the reference. Both must give the same findings,
 * field for field (amounts with their scales, operands in order), on every ledger.
 */
class EngineFastPathTest {
  private static final Concept REVENUE = Fixtures.flow("Revenue");
  private static final Concept COST = Fixtures.flow("Cost");
  private static final Concept GROSS = Fixtures.flow("Gross");
  private static final Concept OTHER = Fixtures.flow("Other");
  private static final Concept[] CONCEPTS = {REVENUE, COST, GROSS, OTHER};
  private static final String[] MEMBERS = {"North", "South", "Undeclared"};

  @Test
  void theBundledSampleGivesTheSameFindingsEitherWay() {
    RuleSet rules = RulesLoader.load(Path.of("rules"));
    Ledger ledger = Runs.ledger(List.of(Path.of("spreadsheets")), rules.taxonomy());

    ImmutableList<Finding> simple = Reconciler.check(rules, ledger);

    Fixtures.assertSameFindings(Reconciler.check(rules, ledger, GeneralJudges.GENERAL), simple);
    assertThat(counts(simple), is(Map.of("PASS", 92L, "FAIL", 4L, "NOT_EVALUATED", 16L)));
  }

  @Test
  void aSyntheticLedgerWithPlantedErrorsGivesTheSameFindingsEitherWay(@TempDir Path dir)
      throws IOException {
    Path file = Generator.write(new SyntheticLedger(25_000, 20, 7), Generator.Format.CSV, dir);
    RuleSet rules = RulesLoader.load(dir.resolve("rules"));
    Ledger ledger = Runs.ledger(List.of(file), rules.taxonomy());

    ImmutableList<Finding> simple = Reconciler.check(rules, ledger);

    Fixtures.assertSameFindings(Reconciler.check(rules, ledger, GeneralJudges.GENERAL), simple);
    // Each row of the manifest is one check the planted figures fail.
    long planted = java.nio.file.Files.readAllLines(dir.resolve("manifest.csv")).size() - 1;
    assertThat(planted, is(63L));
    assertThat(counts(simple), is(Map.of("PASS", 20_000L - planted, "FAIL", planted)));
  }

  /**
   * Messy ledgers: figures missing, printed twice (alike and not), nil, in another unit, with
   * fractions and other precisions, negative scales, two axes and an undeclared member; rules with
   * weights, materiality, period filters and a concept named twice.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void messyLedgersGiveTheSameFindingsEitherWay(long seed) {
    Random random = new Random(seed);
    RuleSet rules = rules();
    Ledger ledger = messyLedger(random, seed % 4 == 0);

    ImmutableList<Finding> simple = Reconciler.check(rules, ledger);

    Fixtures.assertSameFindings(Reconciler.check(rules, ledger, GeneralJudges.GENERAL), simple);
    Map<String, Long> counts = counts(simple);
    assertThat(counts.toString(), counts.getOrDefault("PASS", 0L), greaterThan(20L));
    assertThat(counts.toString(), counts.getOrDefault("FAIL", 0L), greaterThan(20L));
    assertThat(counts.toString(), counts.getOrDefault("NOT_EVALUATED", 0L), greaterThan(0L));
  }

  private static Map<String, Long> counts(List<Finding> findings) {
    return findings.stream()
        .collect(Collectors.groupingBy(f -> f.status().name(), TreeMap::new, Collectors.counting()));
  }

  private static RuleSet rules() {
    Taxonomy.Builder taxonomy = Taxonomy.builder();
    for (Concept c : CONCEPTS) {
      taxonomy.add(c);
    }
    taxonomy.add(
        new Axis(
            "Region",
            ImmutableList.of(
                new Axis.Member("North", ImmutableList.of()), new Axis.Member("South", ImmutableList.of()))));
    Rule.Header within = Fixtures.header("SUM-WITHIN", new Materiality.Absolute(new BigDecimal("5")), PeriodFilter.ALL);
    return new RuleSet(
        taxonomy.build(),
        ImmutableList.of(
            Fixtures.rollup(Fixtures.header("ROLLUP-NAMED"), REVENUE, COST),
            Fixtures.rollupAllAdditive(Fixtures.header("ROLLUP-ALL")),
            new Rule.Breakdown(Fixtures.header("BD-REVENUE"), REVENUE, "Region"),
            new Rule.Breakdown(
                Fixtures.header("BD-GROSS-Q", Materiality.NONE, PeriodFilter.QUARTERS), GROSS, "Region"),
            Fixtures.sum(Fixtures.header("SUM-GROSS"), GROSS, Term.plus(REVENUE), Fixtures.term("-1", COST)),
            Fixtures.sum(within, OTHER, Fixtures.term("2", REVENUE), Fixtures.term("-0.5", COST)),
            Fixtures.sum(
                Fixtures.header("SUM-YEARS", Materiality.NONE, PeriodFilter.YEARS), GROSS, Term.plus(OTHER)),
            Fixtures.sum(Fixtures.header("SUM-TWICE"), GROSS, Term.plus(REVENUE), Term.plus(REVENUE))));
  }

  /** Two entities, two years, every quarter, half-year, nine months and year, four dimension sets. */
  private static Ledger messyLedger(Random random, boolean withNils) {
    List<Period.Duration> periods = new ArrayList<>();
    for (int year = 2020; year <= 2021; year++) {
      for (int k = 1; k <= 4; k++) {
        periods.add(Fixtures.q(year, k));
      }
      for (int months : new int[] {6, 9, 12}) {
        periods.add(Fixtures.months(year + "-01-01", java.time.YearMonth.of(year, months).atEndOfMonth().toString()));
      }
    }
    List<Dimensions> dimensionSets = new ArrayList<>();
    dimensionSets.add(Dimensions.NONE);
    for (String m : MEMBERS) {
      dimensionSets.add(Dimensions.of("Region", m));
    }
    dimensionSets.add(Dimensions.of(Map.of("Region", "North", "Segment", "Mining")));
    dimensionSets.add(Dimensions.of("Segment", "Mining"));
    // A breakdown whose total's dimensions (Product=Gold) are reported nowhere.
    dimensionSets.add(Dimensions.of(Map.of("Region", "South", "Product", "Gold")));
    List<Fact> facts = new ArrayList<>();
    int line = 1;
    for (String entity : new String[] {"E1", "E2"}) {
      for (Concept concept : CONCEPTS) {
        for (Dimensions dims : dimensionSets) {
          for (Period.Duration period : periods) {
            if (random.nextInt(10) == 0) {
              continue; // not reported
            }
            // Most figures tie: a quarter is a whole number of hundreds, sums are computed below.
            facts.add(fact(random, concept, entity, period, dims, line++));
            int roll = random.nextInt(40);
            if (roll == 0) {
              facts.add(fact(random, concept, entity, period, dims, line++)); // printed twice, unlike
            } else if (roll == 1) {
              Fact first = facts.get(facts.size() - 1);
              facts.add(copy(first, first.unit(), line++)); // printed twice, alike
            } else if (roll == 2) {
              Fact first = facts.remove(facts.size() - 1);
              facts.add(copy(first, Unit.SHARES, line++)); // another unit
            } else if (roll == 3 && withNils) {
              facts.add(
                  new Fact(concept, entity, period, Unit.USD, Decimals.WHOLE, dims, Optional.empty(),
                      SourceRef.line("t.csv", line++)));
            }
          }
        }
      }
    }
    // Shuffle a little, so that groups do not arrive in period order.
    for (int i = facts.size() - 1; i > 0; i -= 3) {
      java.util.Collections.swap(facts, i, random.nextInt(i + 1));
    }
    return Ledger.builder().addAll(facts).build();
  }

  private static Fact fact(Random random, Concept concept, String entity, Period.Duration period, Dimensions dims, int line) {
    // Values that often tie (multiples of 100 summed by months) and sometimes do not.
    BigDecimal value = BigDecimal.valueOf(100L * period.months() * (concept.name().length() + 1));
    int roll = random.nextInt(10);
    Decimals decimals = Decimals.WHOLE;
    if (roll == 0) {
      value = value.add(BigDecimal.valueOf(random.nextInt(7) - 3)); // off by a little
    } else if (roll == 1) {
      value = new BigDecimal(value.toBigInteger(), -2); // negative scale: 100s
      decimals = Decimals.of(-2);
    } else if (roll == 2) {
      value = value.add(new BigDecimal("0.25"));
      decimals = Decimals.of(2);
    } else if (roll == 3) {
      decimals = Decimals.INF;
    } else if (roll == 4) {
      value = value.negate();
    } else if (roll == 5) {
      value = new BigDecimal("99999999999999999"); // 17 digits: sums near the end of a long
    } else if (roll == 6) {
      value = new BigDecimal("123456789012345678901"); // beyond a long
    }
    return new Fact(concept, entity, period, Unit.USD, decimals, dims, Optional.of(value),
        SourceRef.line("t.csv", line));
  }

  private static Fact copy(Fact f, Unit unit, int line) {
    return new Fact(f.concept(), f.entity(), f.period(), unit, f.decimals(), f.dimensions(),
        Optional.of(f.amount()), SourceRef.line("t.csv", line));
  }
}
