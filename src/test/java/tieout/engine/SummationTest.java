package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;
import static tieout.engine.Fixtures.operands;
import static tieout.engine.Fixtures.q;
import static tieout.engine.Fixtures.sum;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Taxonomy;

/** {@code sum T = items}, on Entrée Gold's balance sheets and quarterly results. */
class SummationTest {
  private static final Concept EQUITY = Fixtures.balance("StockholdersEquity");
  private static final Concept STOCK = Fixtures.balance("CommonStock");
  private static final Concept APIC = Fixtures.balance("AdditionalPaidInCapital");
  private static final Concept AOCI = Fixtures.balance("AccumulatedOtherComprehensiveIncome");
  private static final Concept DEFICIT = Fixtures.balance("AccumulatedDeficit");
  private static final Concept NET_LOSS = Fixtures.flow("NetIncomeLoss");
  private static final Concept OPERATING = Fixtures.flow("OperatingIncomeLoss");
  private static final Concept INTEREST_INCOME = Fixtures.flow("InterestIncome");
  private static final Concept INTEREST_EXPENSE = Fixtures.flow("InterestExpense");
  private static final Taxonomy TAXONOMY =
      Fixtures.taxonomy(
          EQUITY,
          STOCK,
          APIC,
          AOCI,
          DEFICIT,
          NET_LOSS,
          OPERATING,
          INTEREST_INCOME,
          INTEREST_EXPENSE);
  private static final Rule.Summation EQUITY_SUM =
      sum(
          header("BS-EQ"),
          EQUITY,
          Term.plus(STOCK),
          Term.plus(APIC),
          Term.plus(AOCI),
          Term.plus(DEFICIT));

  @Test
  void equityIsTheSumOfItsLines() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(STOCK, at("2013-12-31"), "177065075", "F16"),
                fact(APIC, at("2013-12-31"), "20095161", "F17"),
                fact(AOCI, at("2013-12-31"), "465615", "F18"),
                fact(DEFICIT, at("2013-12-31"), "-152448812", "F19"),
                fact(EQUITY, at("2013-12-31"), "45177039", "F20")),
            EQUITY_SUM);
    assertThat(
        lines(findings, "BS-EQ"),
        contains("PASS 2013-12-31: 45177039 vs 45177039, variance 0, tolerance 2.5"));
    assertThat(
        operands(findings.get(0)),
        is("REPORTED 1 F20, COMPUTED 1 F16, COMPUTED 1 F17, COMPUTED 1 F18, COMPUTED 1 F19"));
  }

  @Test
  void missingTotalIsNotEvaluatedAndMissingItemsContributeNothing() {
    // The Q1 2013 column lacks the accumulated deficit and the equity total.
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(STOCK, at("2013-03-31"), "177065075", "C16"),
                fact(APIC, at("2013-03-31"), "19683244", "C17"),
                fact(AOCI, at("2013-03-31"), "2669821", "C18"),
                fact(STOCK, at("2013-06-30"), "177065075", "D16"),
                fact(APIC, at("2013-06-30"), "19725501", "D17"),
                fact(AOCI, at("2013-06-30"), "929806", "D18"),
                fact(EQUITY, at("2013-06-30"), "49326134", "D20")),
            EQUITY_SUM);
    assertThat(
        lines(findings, "BS-EQ"),
        contains(
            "NOT_EVALUATED 2013-03-31: total StockholdersEquity not reported at 2013-03-31",
            "FAIL 2013-06-30: 49326134 vs 197720382, variance -148394248, tolerance 2"));
  }

  @Test
  void summationDoesNotBindWhereNoItemIsReported() {
    ImmutableList<Finding> findings =
        check(TAXONOMY, ledger(fact(EQUITY, at("2013-03-31"), "1", "C20")), EQUITY_SUM);
    assertThat(lines(findings, "BS-EQ"), is(empty()));
  }

  @Test
  void periodFilterScopesTheSummationToQuarters() {
    Rule.Summation quarterly =
        sum(
            header("IS-NL-Q", Materiality.NONE, PeriodFilter.QUARTERS),
            NET_LOSS,
            Term.plus(OPERATING),
            Term.plus(INTEREST_INCOME),
            Term.minus(INTEREST_EXPENSE));
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(OPERATING, q(2013, 4), "-2166763", "C11"),
                fact(INTEREST_INCOME, q(2013, 4), "126664", "C12"),
                fact(INTEREST_EXPENSE, q(2013, 4), "66331", "C13"),
                fact(NET_LOSS, q(2013, 4), "-2106430", "C19"),
                // the annual table has no loss-from-operations line; its net loss must not be
                // checked
                fact(INTEREST_INCOME, year(2013), "431596", "B12"),
                fact(NET_LOSS, year(2013), "-11422025", "B19")),
            quarterly);
    assertThat(
        lines(findings, "IS-NL-Q"),
        contains("PASS 2013-10-01/2013-12-31: -2106430 vs -2106430, variance 0, tolerance 2"));
  }
}
