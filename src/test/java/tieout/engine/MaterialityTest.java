package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static tieout.engine.Fixtures.assertion;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.expr;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tieout.ledger.Ledger;
import tieout.rules.Comparison;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Taxonomy;

/** {@code within 100} and {@code within 0.5%}: an allowance on top of rounding. */
class MaterialityTest {
  private static final Concept ASSETS = Fixtures.balance("Assets");
  private static final Concept LIABILITIES = Fixtures.balance("Liabilities");
  private static final Concept EQUITY = Fixtures.balance("StockholdersEquity");
  private static final Taxonomy TAXONOMY = Fixtures.taxonomy(ASSETS, LIABILITIES, EQUITY);

  /** Entrée Gold at 2013-12-31, with equity mistyped by 39. */
  private static final Ledger LEDGER =
      ledger(
          fact(ASSETS, at("2013-12-31"), "97395105", "F9"),
          fact(LIABILITIES, at("2013-12-31"), "52218066", "F15"),
          fact(EQUITY, at("2013-12-31"), "45177000", "F20"));

  private static Rule.Assertion balanceTie(Materiality materiality) {
    return assertion(
        header("BS-TIE", materiality, PeriodFilter.ALL),
        expr("0", Term.plus(ASSETS)),
        Comparison.EQ,
        expr("0", Term.plus(LIABILITIES), Term.plus(EQUITY)));
  }

  @Test
  void withoutMaterialityOnlyRoundingIsTolerated() {
    assertThat(
        lines(check(TAXONOMY, LEDGER, balanceTie(Materiality.NONE)), "BS-TIE"),
        contains("FAIL 2013-12-31: 97395105 vs 97395066, variance 39, tolerance 1.5"));
  }

  @Test
  void absoluteAllowanceIsAddedToTheTolerance() {
    assertThat(
        lines(
            check(TAXONOMY, LEDGER, balanceTie(new Materiality.Absolute(new BigDecimal("100")))),
            "BS-TIE"),
        contains("PASS 2013-12-31: 97395105 vs 97395066, variance 39, tolerance 101.5"));
    assertThat(
        lines(
            check(TAXONOMY, LEDGER, balanceTie(new Materiality.Absolute(new BigDecimal("37.5")))),
            "BS-TIE"),
        contains("PASS 2013-12-31: 97395105 vs 97395066, variance 39, tolerance 39"));
    assertThat(
        lines(
            check(TAXONOMY, LEDGER, balanceTie(new Materiality.Absolute(new BigDecimal("37.4")))),
            "BS-TIE"),
        contains("FAIL 2013-12-31: 97395105 vs 97395066, variance 39, tolerance 38.9"));
  }

  @Test
  void relativeAllowanceIsAPercentageOfTheReportedSide() {
    assertThat(
        lines(
            check(TAXONOMY, LEDGER, balanceTie(new Materiality.Relative(new BigDecimal("0.5")))),
            "BS-TIE"),
        contains("PASS 2013-12-31: 97395105 vs 97395066, variance 39, tolerance 486977.025"));
    // 0.00003% of 97,395,105 is 29.2185315: not enough for a variance of 39.
    assertThat(
        lines(
            check(
                TAXONOMY, LEDGER, balanceTie(new Materiality.Relative(new BigDecimal("0.00003")))),
            "BS-TIE"),
        contains("FAIL 2013-12-31: 97395105 vs 97395066, variance 39, tolerance 30.7185315"));
  }
}
