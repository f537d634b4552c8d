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
import static tieout.engine.Fixtures.rollforward;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import tieout.ledger.Ledger;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Taxonomy;

/** {@code rollforward AccumulatedDeficit by NetIncomeLoss} over Entrée Gold's 2013 quarters. */
class RollforwardTest {
  private static final Concept DEFICIT = Fixtures.balance("AccumulatedDeficit");
  private static final Concept NET_LOSS = Fixtures.flow("NetIncomeLoss");
  private static final Concept DIVIDENDS = Fixtures.flow("Dividends");
  private static final Taxonomy TAXONOMY = Fixtures.taxonomy(DEFICIT, NET_LOSS, DIVIDENDS);

  /** The Q1 2013 balance sheet column lacks the accumulated deficit. */
  private static final Ledger LEDGER =
      ledger(
          fact(DEFICIT, at("2012-12-31"), "-141026787", "B19"),
          fact(DEFICIT, at("2013-06-30"), "-148394248", "D19"),
          fact(DEFICIT, at("2013-09-30"), "-151324850", "E19"),
          fact(DEFICIT, at("2013-12-31"), "-152448812", "F19"),
          fact(NET_LOSS, q(2013, 1), "-5091844", "Q!F19"),
          fact(NET_LOSS, q(2013, 2), "-2275617", "Q!E19"),
          fact(NET_LOSS, q(2013, 3), "-2930602", "Q!D19"),
          fact(NET_LOSS, q(2013, 4), "-1123962", "Q!C19"),
          fact(NET_LOSS, year(2013), "-11422025", "A!B19"));

  @Test
  void accumulatedDeficitRollsForwardByTheNetLoss() {
    ImmutableList<Finding> findings =
        check(TAXONOMY, LEDGER, rollforward(header("BS-DEFICIT"), DEFICIT, Term.plus(NET_LOSS)));
    assertThat(
        lines(findings, "BS-DEFICIT"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-03-31: closing balance AccumulatedDeficit at 2013-03-31"
                + " not reported",
            "NOT_EVALUATED 2013-04-01/2013-06-30: opening balance AccumulatedDeficit at 2013-03-31"
                + " not reported",
            "PASS 2013-07-01/2013-09-30: -151324850 vs -151324850, variance 0, tolerance 1.5",
            "PASS 2013-01-01/2013-12-31: -152448812 vs -152448812, variance 0, tolerance 1.5",
            "PASS 2013-10-01/2013-12-31: -152448812 vs -152448812, variance 0, tolerance 1.5"));
    assertThat(operands(findings.get(3)), is("REPORTED 1 F19, COMPUTED 1 B19, COMPUTED 1 A!B19"));
  }

  @Test
  void missingFlowIsNamedAndAWrongBalanceFails() {
    Rule.Rollforward rule =
        rollforward(
            header("RF", Materiality.NONE, PeriodFilter.YEARS),
            DEFICIT,
            Term.plus(NET_LOSS),
            Term.minus(DIVIDENDS));
    Ledger ledger =
        ledger(
            fact(DEFICIT, at("2012-12-31"), "-141026787", "B19"),
            fact(DEFICIT, at("2013-12-31"), "-152448812", "F19"),
            fact(NET_LOSS, year(2013), "-11422025", "A!B19"),
            fact(DEFICIT, at("2011-12-31"), "-125830000", "A19"),
            fact(NET_LOSS, year(2012), "-15196129", "A!C19"),
            fact(DIVIDENDS, year(2012), "0", "A!C20"));
    assertThat(
        lines(check(TAXONOMY, ledger, rule), "RF"),
        contains(
            "FAIL 2012-01-01/2012-12-31: -141026787 vs -141026129, variance -658, tolerance 2",
            "NOT_EVALUATED 2013-01-01/2013-12-31: flow Dividends for 2013-01-01/2013-12-31 not"
                + " reported"));
  }

  @Test
  void durationsWithNeitherBalanceAreNotChecked() {
    Ledger ledger = ledger(fact(NET_LOSS, q(2013, 1), "-5091844", "Q!F19"));
    assertThat(
        lines(
            check(TAXONOMY, ledger, rollforward(header("RF"), DEFICIT, Term.plus(NET_LOSS))), "RF"),
        is(empty()));
  }
}
