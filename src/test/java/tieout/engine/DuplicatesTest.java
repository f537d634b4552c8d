package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.ENTITY;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;
import static tieout.engine.Fixtures.nil;
import static tieout.engine.Fixtures.operands;
import static tieout.engine.Fixtures.q;
import static tieout.engine.Fixtures.sum;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.Severity;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/** Figures printed more than once: inside checks, and the built-in DUPLICATE rule. */
class DuplicatesTest {
  private static final Concept TOTAL = Fixtures.flow("Total");
  private static final Concept A = Fixtures.flow("A");
  private static final Concept B = Fixtures.flow("B");
  private static final Concept CASH = Fixtures.balance("Cash");
  private static final Taxonomy TAXONOMY = Fixtures.taxonomy(TOTAL, A, B, CASH);
  private static final Rule.Summation SUM = sum(header("SUM"), TOTAL, Term.plus(A), Term.plus(B));

  @Test
  void consistentDuplicatesCountOnceAsTheMostPreciseAndAreAllListed() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, q(2013, 1), "1603800", "B1"),
                fact(A, q(2013, 1), "1604000", Decimals.of(-3), "B2"), // a table in thousands
                fact(A, q(2013, 1), "1603790", "C2"),
                fact(B, q(2013, 1), "10", "B3")),
            SUM);
    assertThat(
        lines(findings, "SUM"),
        contains("PASS 2013-01-01/2013-03-31: 1603800 vs 1603800, variance 0, tolerance 1.5"));
    assertThat(
        operands(findings.get(0)),
        is("REPORTED 1 B1, COMPUTED 1 B2, COMPUTED 1 C2, COMPUTED 1 B3"));
  }

  @Test
  void inconsistentDuplicatesLeaveASumNotEvaluated() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, q(2013, 1), "110", "B1"),
                fact(A, q(2013, 1), "100", "B2"),
                fact(A, q(2013, 1), "105", "C2"),
                fact(B, q(2013, 1), "10", "B3")),
            SUM);
    // With A = 100 it would tie, with A = 105 not: Calculations 1.1 evaluates neither.
    assertThat(
        lines(findings, "SUM"),
        contains("NOT_EVALUATED 2013-01-01/2013-03-31: inconsistent duplicates: A is printed as 100 (decimals 0) at t.xlsx!S!B2, 105 (decimals 0) at t.xlsx!S!C2; Calculations 1.1 evaluates no summation using it"));
    assertThat(
        operands(findings.get(0)),
        is("REPORTED 1 B1, COMPUTED 1 B2, COMPUTED 1 C2, COMPUTED 1 B3"));
  }

  @Test
  void inconsistentDuplicatesOfTheTotalLeaveASumNotEvaluated() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, q(2013, 1), "111", "B1"),
                fact(TOTAL, q(2013, 1), "117", "C1"),
                fact(A, q(2013, 1), "100", "B2"),
                fact(B, q(2013, 1), "10", "B3")),
            SUM);
    assertThat(
        lines(findings, "SUM"),
        contains("NOT_EVALUATED 2013-01-01/2013-03-31: inconsistent duplicates: Total is printed as 111 (decimals 0)"
            + " at t.xlsx!S!B1, 117 (decimals 0) at t.xlsx!S!C1; Calculations 1.1 evaluates no summation using it"));
  }

  @Test
  void materialityDoesNotMakeInconsistentDuplicatesConsistent() {
    Rule.Summation lenient =
        sum(
            header("SUM", new Materiality.Absolute(BigDecimal.TEN), PeriodFilter.ALL),
            TOTAL,
            Term.plus(A),
            Term.plus(B));
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, q(2013, 1), "110", "B1"),
                fact(A, q(2013, 1), "100", "B2"),
                fact(A, q(2013, 1), "105", "C2"),
                fact(B, q(2013, 1), "10", "B3")),
            lenient);
    assertThat(
        lines(findings, "SUM"),
        contains("NOT_EVALUATED 2013-01-01/2013-03-31: inconsistent duplicates: A is printed as 100 (decimals 0) at t.xlsx!S!B2, 105 (decimals 0) at t.xlsx!S!C2; Calculations 1.1 evaluates no summation using it"));
  }

  @Test
  void nilPrintingIsIgnoredWhenAnotherPrintingHasAValue() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, q(2013, 1), "110", "B1"),
                nil(A, q(2013, 1), "B2"),
                fact(A, q(2013, 1), "100", "C2"),
                fact(B, q(2013, 1), "10", "B3")),
            SUM);
    assertThat(
        lines(findings, "SUM"),
        contains("PASS 2013-01-01/2013-03-31: 110 vs 110, variance 0, tolerance 1.5"));
    assertThat(lines(findings, "DUPLICATE"), is(empty()));
  }

  @Test
  void nilTotalIsNotReported() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY, ledger(nil(TOTAL, q(2013, 1), "B1"), fact(A, q(2013, 1), "100", "B2")), SUM);
    assertThat(
        lines(findings, "SUM"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-03-31: "
                + "total Total not reported for 2013-01-01/2013-03-31 (nil at t.xlsx!S!B1)"));
  }

  @Test
  void duplicateRuleFailsOnTheTwoPrintingsFarthestApart() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(CASH, at("2013-12-31"), "100", "B2"),
                fact(CASH, at("2013-12-31"), "105", "C2"),
                fact(CASH, at("2013-12-31"), "101", "D2")));
    assertThat(findings.size(), is(1));
    Finding f = findings.get(0);
    assertThat(f.rule(), is("DUPLICATE"));
    assertThat(f.severity(), is(Severity.ERROR));
    assertThat(f.message(), is("The same figure agrees wherever it is printed"));
    assertThat(Fixtures.line(f), is("FAIL 2013-12-31: 100 vs 105, variance -5, tolerance 1"));
    assertThat(operands(f), is("REPORTED 1 B2, COMPUTED 1 C2, COMPUTED 1 D2"));
  }

  @Test
  void duplicateRulePassesOnConsistentPrintingsShowingTheMostPreciseFirst() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(CASH, at("2013-12-31"), "46701000", Decimals.of(-3), "B2"),
                fact(CASH, at("2013-12-31"), "46701216", "C2"),
                fact(CASH, at("2013-12-31"), "46701216", "D2")));
    assertThat(
        lines(findings, "DUPLICATE"),
        contains("PASS 2013-12-31: 46701216 vs 46701000, variance 216, tolerance 500.5"));
    assertThat(operands(findings.get(0)), is("REPORTED 1 C2, COMPUTED 1 B2, COMPUTED 1 D2"));
  }

  @Test
  void figuresInDifferentUnitsAreNotCompared() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(TOTAL, ENTITY, q(2013, 1), Unit.USD, "110", "B1"),
                fact(A, ENTITY, q(2013, 1), Unit.USD, "100", "B2"),
                fact(B, ENTITY, q(2013, 1), Unit.of("CAD"), "10", "B3"),
                fact(CASH, ENTITY, at("2013-12-31"), Unit.of("CAD"), "10", "B4"),
                fact(CASH, ENTITY, at("2013-12-31"), Unit.of("EUR"), "10", "C4"),
                fact(CASH, ENTITY, at("2013-12-31"), Unit.USD, "10", "D4")),
            SUM);
    assertThat(
        lines(findings, "SUM"),
        contains("NOT_EVALUATED 2013-01-01/2013-03-31: units differ: USD and CAD"));
    assertThat(
        lines(findings, "DUPLICATE"),
        contains("NOT_EVALUATED 2013-12-31: units differ: CAD, EUR and USD"));
  }

  @Test
  void figuresWithDifferentDimensionsAreNeverCompared() {
    // A segment's, a co-registrant's or a translated figure is not a second printing of the
    // consolidated one: only the two consolidated printings are compared.
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(CASH, at("2013-12-31"), "100", "B2"),
                fact(CASH, at("2013-12-31"), Dimensions.of("LegalEntity", "ParentCompany"), "40", "C2"),
                fact(CASH, at("2013-12-31"), Dimensions.of("Currency", "USD"), "15", "D2"),
                fact(CASH, at("2013-12-31"), Dimensions.of("EquityComponents", "RetainedEarnings"), "7", "E2"),
                fact(CASH, at("2013-12-31"), "100", "F2")));
    assertThat(lines(findings, "DUPLICATE"), contains("PASS 2013-12-31: 100 vs 100, variance 0, tolerance 1"));
    assertThat(operands(findings.get(0)), is("REPORTED 1 B2, COMPUTED 1 F2"));
  }
}
