package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;
import static tieout.engine.Fixtures.months;
import static tieout.engine.Fixtures.nil;
import static tieout.engine.Fixtures.operands;
import static tieout.engine.Fixtures.q;
import static tieout.engine.Fixtures.rollup;
import static tieout.engine.Fixtures.rollupAllAdditive;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Severity;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/** Roll-ups: quarters to the year, year-to-date chaining, instant balances, fiscal years. */
class RollupTest {
  private static final Concept EXPLORATION = Fixtures.flow("ExplorationExpense");
  private static final Concept INTEREST = Fixtures.flow("InterestIncome");
  private static final Concept LOSS_PER_SHARE =
      Concept.of("NetLossPerShare", PeriodType.DURATION, ItemType.PER_SHARE, Balance.CREDIT);
  private static final Concept CASH = Fixtures.balance("Cash");
  private static final Taxonomy TAXONOMY =
      Fixtures.taxonomy(EXPLORATION, INTEREST, LOSS_PER_SHARE, CASH);

  @Test
  void entreeGoldExplorationQuartersDoNotAddUpToTheYear() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2013), "5808316", "B5"),
                fact(EXPLORATION, q(2013, 4), "1426239", "C7"),
                fact(EXPLORATION, q(2013, 3), "1168327", "D7"),
                fact(EXPLORATION, q(2013, 2), "1904636", "E7"),
                fact(EXPLORATION, q(2013, 1), "1603790", "F7")),
            rollup(header("IS-Q2Y"), EXPLORATION));

    assertThat(findings.size(), is(1));
    Finding f = findings.get(0);
    assertThat(f.status(), is(Status.FAIL));
    assertThat(f.rule(), is("IS-Q2Y"));
    assertThat(f.severity(), is(Severity.ERROR));
    assertThat(f.message(), is("message of IS-Q2Y"));
    assertThat(f.entity(), is("Entrée Gold Inc."));
    assertThat(f.period(), is(year(2013)));
    assertThat(f.reported().orElseThrow(), comparesEqualTo(new BigDecimal("5808316")));
    assertThat(f.computed().orElseThrow(), comparesEqualTo(new BigDecimal("6102992")));
    assertThat(f.variance().orElseThrow(), comparesEqualTo(new BigDecimal("-294676")));
    assertThat(f.tolerance().orElseThrow(), comparesEqualTo(new BigDecimal("2.5")));
    assertThat(f.reason().isPresent(), is(false));
    assertThat(
        operands(f),
        is("REPORTED 1 B5, COMPUTED 1 F7, COMPUTED 1 E7, COMPUTED 1 D7, COMPUTED 1 C7"));
  }

  @Test
  void entreeGoldInterestIncomeQuartersAddUpToTheYear() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(INTEREST, year(2013), "431596", "B12"),
                fact(INTEREST, q(2013, 4), "126664", "C14"),
                fact(INTEREST, q(2013, 3), "140418", "D14"),
                fact(INTEREST, q(2013, 2), "100948", "E14"),
                fact(INTEREST, q(2013, 1), "63566", "F14")),
            rollup(header("IS-Q2Y"), INTEREST));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains("PASS 2013-01-01/2013-12-31: 431596 vs 431596, variance 0, tolerance 2.5"));
  }

  @Test
  void missingQuarterIsNamedWithItsPeriod() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2013), "5808316", "B5"),
                fact(EXPLORATION, q(2013, 4), "1426239", "C7"),
                fact(EXPLORATION, q(2013, 3), "1168327", "D7"),
                fact(EXPLORATION, q(2013, 1), "1603790", "F7")),
            rollup(header("IS-Q2Y"), EXPLORATION));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: Q2 2013-04-01/2013-06-30 of ExplorationExpense"
                + " not reported"));
    assertThat(
        operands(findings.get(0)),
        is("REPORTED 1 B5, COMPUTED 1 F7, COMPUTED 1 D7, COMPUTED 1 C7"));
  }

  @Test
  void nilQuarterCountsAsNotReportedAndSaysWhere() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2013), "5808316", "B5"),
                fact(EXPLORATION, q(2013, 4), "1426239", "C7"),
                nil(EXPLORATION, q(2013, 3), "D7"),
                fact(EXPLORATION, q(2013, 2), "1904636", "E7"),
                fact(EXPLORATION, q(2013, 1), "1603790", "F7")),
            rollup(header("IS-Q2Y"), EXPLORATION));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: Q3 2013-07-01/2013-09-30 of ExplorationExpense"
                + " not reported (nil at t.xlsx!S!D7)"));
  }

  /**
   * Nil figures beside real ones: a nil-only quarter (2014 Q1) makes no year to check, a nil printed
   * beside a figure (2013 Q3) leaves the figure to the evaluator, a nil half-year makes no chain,
   * and the year's quarter sum and its 12 = 9 + Q4 link are judged as usual (same output as
   * before nil facts joined the numbered grouping).
   */
  @Test
  void nilFiguresBesideRealOnesLeaveTheOtherChecksAsTheyWere() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2013), "1000", "B1"),
                fact(EXPLORATION, q(2013, 1), "100", "B2"),
                fact(EXPLORATION, q(2013, 2), "200", "B3"),
                nil(EXPLORATION, q(2013, 3), "B4"),
                fact(EXPLORATION, q(2013, 3), "300", "C4"),
                fact(EXPLORATION, q(2013, 4), "400", "B5"),
                nil(EXPLORATION, months("2013-01-01", "2013-06-30"), "B6"),
                fact(EXPLORATION, months("2013-01-01", "2013-09-30"), "600", "B7"),
                nil(EXPLORATION, q(2014, 1), "B8")),
            rollup(header("IS-Q2Y"), EXPLORATION));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "PASS 2013-01-01/2013-12-31: 1000 vs 1000, variance 0, tolerance 2.5",
            "PASS 2013-01-01/2013-12-31: 1000 vs 1000, variance 0, tolerance 1.5"));
  }

  @Test
  void namedConceptWithQuartersButNoYearIsNotEvaluated() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, q(2013, 1), "1603790", "F7"),
                fact(EXPLORATION, q(2013, 2), "1904636", "E7")),
            rollup(header("IS-Q2Y"), EXPLORATION));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: "
                + "year 2013-01-01/2013-12-31 of ExplorationExpense not reported; "
                + "Q3 2013-07-01/2013-09-30 of ExplorationExpense not reported; "
                + "Q4 2013-10-01/2013-12-31 of ExplorationExpense not reported"));
  }

  @Test
  void namedConceptWithAYearButNoQuartersIsNotEvaluated() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(fact(EXPLORATION, year(2013), "5808316", "B5")),
            rollup(header("IS-Q2Y"), EXPLORATION));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: "
                + "Q1 2013-01-01/2013-03-31 of ExplorationExpense not reported; "
                + "Q2 2013-04-01/2013-06-30 of ExplorationExpense not reported; "
                + "Q3 2013-07-01/2013-09-30 of ExplorationExpense not reported; "
                + "Q4 2013-10-01/2013-12-31 of ExplorationExpense not reported"));
  }

  @Test
  void allAdditiveChecksOnlyYearsWithAQuarterInsideAndOnlyAdditiveDurations() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2012), "7966902", "C5"), // no quarter of 2012: not checked
                fact(EXPLORATION, year(2013), "5808316", "B5"),
                fact(EXPLORATION, q(2013, 1), "1603790", "F7"),
                fact(INTEREST, q(2013, 1), "63566", "F14"), // quarters without a year: not checked
                fact(LOSS_PER_SHARE, year(2013), "-0.09", "B20"),
                fact(LOSS_PER_SHARE, q(2013, 1), "-0.04", "F20"),
                fact(CASH, at("2013-12-31"), "46701216", "B30"),
                fact(CASH, at("2013-12-31"), "46701216", "C30")),
            rollupAllAdditive(header("IS-Q2Y")));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: "
                + "Q2 2013-04-01/2013-06-30 of ExplorationExpense not reported; "
                + "Q3 2013-07-01/2013-09-30 of ExplorationExpense not reported; "
                + "Q4 2013-10-01/2013-12-31 of ExplorationExpense not reported"));
  }

  @Test
  void allAdditiveChecksAYearWithOnlyAYearToDateFigureInside() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2013), "5808316", "B5"),
                fact(EXPLORATION, months("2013-01-01", "2013-06-30"), "3508426", "C5")),
            rollupAllAdditive(header("IS-Q2Y")));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: "
                + "Q1 2013-01-01/2013-03-31 of ExplorationExpense not reported; "
                + "Q2 2013-04-01/2013-06-30 of ExplorationExpense not reported; "
                + "Q3 2013-07-01/2013-09-30 of ExplorationExpense not reported; "
                + "Q4 2013-10-01/2013-12-31 of ExplorationExpense not reported"));
  }

  @Test
  void yearToDateFiguresChain() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, q(2013, 1), "100", "B1"),
                fact(EXPLORATION, q(2013, 2), "200", "C1"),
                fact(EXPLORATION, months("2013-01-01", "2013-06-30"), "300", "D1"),
                fact(EXPLORATION, q(2013, 3), "300", "E1"),
                fact(EXPLORATION, months("2013-01-01", "2013-09-30"), "610", "F1"),
                fact(EXPLORATION, q(2013, 4), "400", "G1"),
                fact(EXPLORATION, year(2013), "1000", "H1")),
            rollup(header("YTD"), EXPLORATION));
    assertThat(
        lines(findings, "YTD"),
        contains(
            "PASS 2013-01-01/2013-06-30: 300 vs 300, variance 0, tolerance 1.5",
            "FAIL 2013-01-01/2013-09-30: 610 vs 600, variance 10, tolerance 1.5",
            "PASS 2013-01-01/2013-12-31: 1000 vs 1000, variance 0, tolerance 2.5",
            "FAIL 2013-01-01/2013-12-31: 1000 vs 1010, variance -10, tolerance 1.5"));
    assertThat(operands(findings.get(0)), is("REPORTED 1 D1, COMPUTED 1 B1, COMPUTED 1 C1"));
    assertThat(operands(findings.get(1)), is("REPORTED 1 F1, COMPUTED 1 D1, COMPUTED 1 E1"));
    assertThat(operands(findings.get(3)), is("REPORTED 1 H1, COMPUTED 1 F1, COMPUTED 1 G1"));
  }

  @Test
  void rollupOfAnInstantConceptComparesEveryPrintingOfABalance() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(
                    CASH,
                    at("2013-09-30"),
                    "48657339",
                    "Quarterly!C4"), // printed once: not checked
                fact(CASH, at("2013-12-31"), "46701216", "Quarterly!D4"),
                fact(CASH, at("2013-12-31"), "46701216", "Annual!B4"),
                fact(CASH, at("2012-12-31"), "4255508", "Quarterly!B4"),
                fact(CASH, at("2012-12-31"), "4255580", "Annual!C4")),
            rollup(header("BS-Q4"), CASH));
    assertThat(
        lines(findings, "BS-Q4"),
        contains(
            "FAIL 2012-12-31: 4255508 vs 4255580, variance -72, tolerance 1",
            "PASS 2013-12-31: 46701216 vs 46701216, variance 0, tolerance 1"));
    assertThat(operands(findings.get(0)), is("REPORTED 1 Quarterly!B4, COMPUTED 1 Annual!C4"));
  }

  @Test
  void fiscalYearEndingInMarchGroupsQuartersAndChainsYearToDate() {
    Concept revenue = Fixtures.flow("Revenue");
    Taxonomy marchYear = Fixtures.taxonomy(MonthDay.of(3, 31), revenue);
    ImmutableList<Finding> findings =
        check(
            marchYear,
            ledger(
                fact(revenue, months("2017-04-01", "2017-06-30"), "20", "B1"),
                fact(revenue, months("2017-07-01", "2017-09-30"), "21", "C1"),
                fact(revenue, months("2017-04-01", "2017-09-30"), "41", "D1"),
                fact(revenue, months("2017-10-01", "2017-12-31"), "22", "E1"),
                fact(revenue, months("2017-04-01", "2017-12-31"), "63", "F1")),
            rollup(header("FY"), revenue));
    assertThat(
        lines(findings, "FY"),
        contains(
            "PASS 2017-04-01/2017-09-30: 41 vs 41, variance 0, tolerance 1.5",
            "PASS 2017-04-01/2017-12-31: 63 vs 63, variance 0, tolerance 1.5",
            "NOT_EVALUATED 2017-04-01/2018-03-31: year 2017-04-01/2018-03-31 of Revenue not"
                + " reported; Q4 2018-01-01/2018-03-31 of Revenue not reported"));
  }

  @Test
  void yearToDateFiguresMustStartAtAFiscalYearStart() {
    Concept revenue = Fixtures.flow("Revenue");
    ImmutableList<Finding> findings =
        check(
            Fixtures.taxonomy(revenue), // fiscal year ends December 31
            ledger(
                fact(revenue, months("2017-04-01", "2017-06-30"), "20", "B1"),
                fact(revenue, months("2017-07-01", "2017-09-30"), "21", "C1"),
                fact(revenue, months("2017-04-01", "2017-09-30"), "45", "D1")),
            rollupAllAdditive(header("FY")));
    assertThat(lines(findings, "FY"), is(empty()));
  }

  @Test
  void rollupIgnoresThePeriodFilterAndAllowsMateriality() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(EXPLORATION, year(2013), "5808316", "B5"),
                fact(EXPLORATION, q(2013, 4), "1426239", "C7"),
                fact(EXPLORATION, q(2013, 3), "1168327", "D7"),
                fact(EXPLORATION, q(2013, 2), "1904636", "E7"),
                fact(EXPLORATION, q(2013, 1), "1603790", "F7")),
            rollup(
                header(
                    "IS-Q2Y",
                    new Materiality.Absolute(new BigDecimal("300000")),
                    PeriodFilter.QUARTERS),
                EXPLORATION));
    assertThat(
        lines(findings, "IS-Q2Y"),
        contains(
            "PASS 2013-01-01/2013-12-31: 5808316 vs 6102992, variance -294676, tolerance"
                + " 300002.5"));
  }
}
