package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.assertion;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.expr;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;
import static tieout.engine.Fixtures.operands;
import static tieout.engine.Fixtures.term;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.rules.Comparison;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Taxonomy;

/** {@code assert L op R} with the five comparisons, constants and weights. */
class AssertionTest {
  private static final Concept WORKING_CAPITAL = Fixtures.balance("WorkingCapital");
  private static final Concept CURRENT_ASSETS = Fixtures.balance("AssetsCurrent");
  private static final Concept PAYABLES = Fixtures.balance("AccountsPayableAndAccruedLiabilities");
  private static final Concept NET_LOSS = Fixtures.flow("NetIncomeLoss");
  private static final Concept INTEREST = Fixtures.flow("InterestIncome");
  private static final Taxonomy TAXONOMY =
      Fixtures.taxonomy(WORKING_CAPITAL, CURRENT_ASSETS, PAYABLES, NET_LOSS, INTEREST);
  private static final Rule.Assertion WC =
      assertion(
          header("WC-1"),
          expr("0", Term.plus(WORKING_CAPITAL)),
          Comparison.EQ,
          expr("0", Term.plus(CURRENT_ASSETS), Term.minus(PAYABLES)));

  @Test
  void workingCapitalIsCurrentAssetsLessCurrentLiabilities() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(CURRENT_ASSETS, at("2012-12-31"), "5258835", "B5"),
                fact(PAYABLES, at("2012-12-31"), "559579", "B11"),
                fact(WORKING_CAPITAL, at("2012-12-31"), "4699256", "MDA!C3"),
                fact(CURRENT_ASSETS, at("2013-03-31"), "55937136", "C5"),
                fact(PAYABLES, at("2013-03-31"), "817861", "C11"),
                fact(CURRENT_ASSETS, at("2013-12-31"), "47655702", "F5"),
                fact(PAYABLES, at("2013-12-31"), "1261206", "F11"),
                fact(WORKING_CAPITAL, at("2013-12-31"), "46394496", "MDA!B3")),
            WC);
    assertThat(
        lines(findings, "WC-1"),
        contains(
            "PASS 2012-12-31: 4699256 vs 4699256, variance 0, tolerance 1.5",
            "NOT_EVALUATED 2013-03-31: WorkingCapital not reported at 2013-03-31",
            "PASS 2013-12-31: 46394496 vs 46394496, variance 0, tolerance 1.5"));
    assertThat(operands(findings.get(2)), is("REPORTED 1 MDA!B3, COMPUTED 1 F5, COMPUTED -1 F11"));
  }

  @Test
  void everyMissingConceptIsNamed() {
    ImmutableList<Finding> findings =
        check(TAXONOMY, ledger(fact(PAYABLES, at("2013-03-31"), "817861", "C11")), WC);
    assertThat(
        lines(findings, "WC-1"),
        contains(
            "NOT_EVALUATED 2013-03-31: WorkingCapital not reported at 2013-03-31; AssetsCurrent not"
                + " reported at 2013-03-31"));
  }

  @Test
  void missingDurationIsNamedWithItsPeriod() {
    Rule.Assertion lossBelowIncome =
        assertion(
            header("IS-1"),
            expr("0", Term.plus(NET_LOSS)),
            Comparison.LE,
            expr("0", Term.plus(INTEREST)));
    ImmutableList<Finding> findings =
        check(TAXONOMY, ledger(fact(INTEREST, year(2013), "431596", "B12")), lossBelowIncome);
    assertThat(
        lines(findings, "IS-1"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: NetIncomeLoss not reported for"
                + " 2013-01-01/2013-12-31"));
  }

  @ParameterizedTest(name = "{1} {0} {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "=  | 10 | 11 | PASS 2013-12-31: 10 vs 11, variance -1, tolerance 1",
        "=  | 10 | 12 | FAIL 2013-12-31: 10 vs 12, variance -2, tolerance 1",
        "<= | 12 | 11 | PASS 2013-12-31: 12 vs 11, variance 1, tolerance 1",
        "<= | 13 | 11 | FAIL 2013-12-31: 13 vs 11, variance 2, tolerance 1",
        "<  | 11 | 11 | PASS 2013-12-31: 11 vs 11, variance 0, tolerance 1",
        "<  | 12 | 11 | FAIL 2013-12-31: 12 vs 11, variance 1, tolerance 1",
        ">= | 10 | 11 | PASS 2013-12-31: 10 vs 11, variance -1, tolerance 1",
        ">= |  9 | 11 | FAIL 2013-12-31: 9 vs 11, variance -2, tolerance 1",
        ">  | 11 | 11 | PASS 2013-12-31: 11 vs 11, variance 0, tolerance 1",
        ">  | 10 | 11 | FAIL 2013-12-31: 10 vs 11, variance -1, tolerance 1",
      })
  void comparisonsHoldWhenSomeValuesInsideTheIntervalsSatisfyThem(
      String symbol, String left, String right, String expected) {
    Comparison op =
        Arrays.stream(Comparison.values())
            .filter(c -> c.symbol().equals(symbol))
            .findFirst()
            .orElseThrow();
    Rule.Assertion rule =
        assertion(
            header("CMP"),
            expr("0", Term.plus(CURRENT_ASSETS)),
            op,
            expr("0", Term.plus(PAYABLES)));
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(CURRENT_ASSETS, at("2013-12-31"), left, "B5"),
                fact(PAYABLES, at("2013-12-31"), right, "B11")),
            rule);
    assertThat(lines(findings, "CMP"), contains(expected));
  }

  @Test
  void constantsAreExactAndWeightsApplyToTheReportedSide() {
    // assert 2 * AssetsCurrent - 100 >= AccountsPayable + 50
    Rule.Assertion rule =
        assertion(
            header("K"),
            expr("-100", term("2", CURRENT_ASSETS)),
            Comparison.GE,
            expr("50", Term.plus(PAYABLES)));
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(CURRENT_ASSETS, at("2013-12-31"), "75", "B5"),
                fact(PAYABLES, at("2013-12-31"), "0", "B11"),
                fact(CURRENT_ASSETS, at("2012-12-31"), "74", "C5"),
                fact(PAYABLES, at("2012-12-31"), "0", "C11")),
            rule);
    // 2 x [73.5, 74.5] - 100 = [47, 49] is not >= [49.5, 50.5]; 2 x [74.5, 75.5] - 100 = [49, 51]
    // is.
    assertThat(
        lines(findings, "K"),
        contains(
            "FAIL 2012-12-31: 48 vs 50, variance -2, tolerance 1.5",
            "PASS 2013-12-31: 50 vs 50, variance 0, tolerance 1.5"));
    assertThat(operands(findings.get(1)), is("REPORTED 2 B5, COMPUTED 1 B11"));
  }
}
