package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;
import static tieout.engine.Fixtures.operands;
import static tieout.engine.Fixtures.sum;
import static tieout.engine.Fixtures.term;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Taxonomy;

/** XBRL Calculations 1.1 interval arithmetic: decimals, negative weights, exact (INF) figures. */
class CalculationsTest {
  private static final Concept TOTAL = Fixtures.flow("Total");
  private static final Concept A = Fixtures.flow("A");
  private static final Concept B = Fixtures.flow("B");
  private static final Concept C = Fixtures.flow("C");
  private static final Taxonomy TAXONOMY = Fixtures.taxonomy(TOTAL, A, B, C);
  private static final Decimals THOUSANDS = Decimals.of(-3);

  private static ImmutableList<Finding> sumOfThree(String total) {
    return check(
        TAXONOMY,
        ledger(
            fact(TOTAL, year(2013), total, THOUSANDS, "B1"),
            fact(A, year(2013), "1235000", THOUSANDS, "B2"),
            fact(B, year(2013), "2346000", THOUSANDS, "B3"),
            fact(C, year(2013), "3457000", THOUSANDS, "B4")),
        sum(header("CALC"), TOTAL, Term.plus(A), Term.plus(B), Term.plus(C)));
  }

  @Test
  void roundedItemsAreConsistentWithATotalInsideTheirInterval() {
    // [7,036,500, 7,037,500] overlaps the items' [7,036,500, 7,039,500]
    assertThat(
        lines(sumOfThree("7037000"), "CALC"),
        contains("PASS 2013-01-01/2013-12-31: 7037000 vs 7038000, variance -1000, tolerance 2000"));
  }

  @Test
  void roundedItemsAreInconsistentWithATotalOutsideTheirInterval() {
    assertThat(
        lines(sumOfThree("7041000"), "CALC"),
        contains("FAIL 2013-01-01/2013-12-31: 7041000 vs 7038000, variance 3000, tolerance 2000"));
  }

  @Test
  void intervalOfTheItemsIsTheSumOfTheirIntervals() {
    Amount items =
        Amount.ZERO
            .plus(BigDecimal.ONE, fact(A, year(2013), "1235000", THOUSANDS, "B2"))
            .plus(BigDecimal.ONE, fact(B, year(2013), "2346000", THOUSANDS, "B3"))
            .plus(BigDecimal.ONE, fact(C, year(2013), "3457000", THOUSANDS, "B4"));
    assertThat(items.interval().toString(), is("[7036500, 7039500]"));
    assertThat(items.value(), comparesEqualTo(new BigDecimal("7038000")));
  }

  @Test
  void negativeWeightSwapsTheEndsOfTheInterval() {
    Amount cost = Amount.ZERO.plus(new BigDecimal("-1"), fact(B, year(2013), "400", "B3"));
    assertThat(cost.interval().toString(), is("[-400.5, -399.5]"));
    assertThat(cost.value(), comparesEqualTo(new BigDecimal("-400")));
  }

  @Test
  void negativeWeightsSubtractItems() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, year(2013), "602", "B1"),
                fact(A, year(2013), "1000", "B2"),
                fact(B, year(2013), "400", "B3"),
                fact(TOTAL, year(2012), "601", "C1"),
                fact(A, year(2012), "1000", "C2"),
                fact(B, year(2012), "400", "C3")),
            sum(header("GP"), TOTAL, Term.plus(A), Term.minus(B)));
    assertThat(
        lines(findings, "GP"),
        contains(
            "PASS 2012-01-01/2012-12-31: 601 vs 600, variance 1, tolerance 1.5",
            "FAIL 2013-01-01/2013-12-31: 602 vs 600, variance 2, tolerance 1.5"));
    assertThat(operands(findings.get(1)), is("REPORTED 1 B1, COMPUTED 1 B2, COMPUTED -1 B3"));
  }

  @Test
  void weightsOtherThanOneMultiplyTheItemAndItsHalfWidth() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(fact(TOTAL, year(2013), "250", "B1"), fact(A, year(2013), "100", "B2")),
            sum(header("TWICE"), TOTAL, term("2.5", A)));
    assertThat(
        lines(findings, "TWICE"),
        contains("PASS 2013-01-01/2013-12-31: 250 vs 250.0, variance 0.0, tolerance 1.75"));
  }

  @Test
  void exactFiguresHaveNoTolerance() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, year(2013), "151.00", Decimals.INF, "B1"),
                fact(A, year(2013), "100.25", Decimals.INF, "B2"),
                fact(B, year(2013), "50.75", Decimals.INF, "B3"),
                fact(TOTAL, year(2012), "151.01", Decimals.INF, "C1"),
                fact(A, year(2012), "100.25", Decimals.INF, "C2"),
                fact(B, year(2012), "50.75", Decimals.INF, "C3")),
            sum(header("EXACT"), TOTAL, Term.plus(A), Term.plus(B)));
    assertThat(
        lines(findings, "EXACT"),
        contains(
            "FAIL 2012-01-01/2012-12-31: 151.01 vs 151.00, variance 0.01, tolerance 0",
            "PASS 2013-01-01/2013-12-31: 151.00 vs 151.00, variance 0.00, tolerance 0"));
  }

  @Test
  void exactFigureAddsNothingToTheToleranceOfRoundedOnes() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, year(2013), "150.6", Decimals.of(1), "B1"),
                fact(A, year(2013), "100", Decimals.INF, "B2"),
                fact(B, year(2013), "50", "B3")),
            sum(header("MIXED"), TOTAL, Term.plus(A), Term.plus(B)));
    assertThat(
        lines(findings, "MIXED"),
        contains("FAIL 2013-01-01/2013-12-31: 150.6 vs 150, variance 0.6, tolerance 0.55"));
  }
}
