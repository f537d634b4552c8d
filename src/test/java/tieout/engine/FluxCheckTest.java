package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.balance;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.flow;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.q;
import static tieout.engine.Fixtures.taxonomy;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.rules.FluxBasis;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.taxonomy.Concept;

class FluxCheckTest {
  private static final Concept GA = flow("GeneralAndAdministrativeExpense");
  private static final Concept CASH = balance("Cash");

  private static final String NO_2011 =
      "NOT_EVALUATED 2012-01-01/2012-12-31: comparative GeneralAndAdministrativeExpense not reported for"
          + " 2011-01-01/2011-12-31";

  private static Rule.Flux flux(FluxBasis basis, String percent, String amount, Concept... concepts) {
    return new Rule.Flux(header("FLUX"), ImmutableList.copyOf(concepts), basis, new BigDecimal(percent),
        new BigDecimal(amount));
  }

  private static List<String> run(Rule.Flux rule, Ledger ledger) {
    return run(rule, ledger, MonthDay.of(12, 31));
  }

  private static List<String> run(Rule.Flux rule, Ledger ledger, MonthDay yearEnd) {
    RuleSet rules = new RuleSet(taxonomy(yearEnd, GA, CASH), ImmutableList.of(rule));
    assertThat(Reconciler.check(rules, ledger), is(empty())); // flux findings are a section of their own
    return Fixtures.lines(Reconciler.flux(rules, ledger), "FLUX");
  }

  @Test
  void aChangeBeyondBothThresholdsIsFlaggedWithTheLargerAsTolerance() {
    Ledger ledger = ledger(fact(GA, year(2013), "5510641", "B4"), fact(GA, year(2012), "4295800", "C4"),
        fact(GA, year(2011), "4000000", "D4"));
    assertThat(run(flux(FluxBasis.YOY, "25", "1000000", GA), ledger), contains(
        "NOT_EVALUATED 2011-01-01/2011-12-31: comparative GeneralAndAdministrativeExpense not reported for"
            + " 2010-01-01/2010-12-31",
        "PASS 2012-01-01/2012-12-31: 4295800 vs 4000000, variance 295800, tolerance 1000000",
        "FAIL 2013-01-01/2013-12-31: 5510641 vs 4295800, variance 1214841, tolerance 1073950"));
  }

  @Test
  void bothThresholdsMustBeExceeded() {
    Ledger ledger = ledger(fact(GA, year(2013), "5510641", "B4"), fact(GA, year(2012), "4295800", "C4"));
    // 28.3% but only 1,214,841: under an absolute threshold of 2,000,000.
    assertThat(run(flux(FluxBasis.YOY, "25", "2000000", GA), ledger),
        contains(NO_2011, "PASS 2013-01-01/2013-12-31: 5510641 vs 4295800, variance 1214841, tolerance 2000000"));
    // Over 1,000,000 but not over 30%.
    assertThat(run(flux(FluxBasis.YOY, "30", "1000000", GA), ledger),
        contains(NO_2011, "PASS 2013-01-01/2013-12-31: 5510641 vs 4295800, variance 1214841, tolerance 1288740"));
    // A decrease counts as much as an increase.
    Ledger down = ledger(fact(GA, year(2013), "4295800", "B4"), fact(GA, year(2012), "5510641", "C4"));
    assertThat(run(flux(FluxBasis.YOY, "20", "1000000", GA), down),
        contains(NO_2011, "FAIL 2013-01-01/2013-12-31: 4295800 vs 5510641, variance -1214841, tolerance 1102128.2"));
  }

  @Test
  void aChangeExactlyAtTheThresholdIsNotFlagged() {
    Ledger ledger = ledger(fact(GA, year(2013), "1250", "B4"), fact(GA, year(2012), "1000", "C4"));
    assertThat(run(flux(FluxBasis.YOY, "25", "0", GA), ledger),
        contains(NO_2011, "PASS 2013-01-01/2013-12-31: 1250 vs 1000, variance 250, tolerance 250"));
  }

  @Test
  void qoqComparesAQuarterWithTheSameQuarterAYearBeforeAndIgnoresYears() {
    Ledger ledger = ledger(fact(GA, q(2013, 1), "2802332", "E4"), fact(GA, q(2012, 1), "2110757", "E5"),
        fact(GA, q(2013, 2), "1217555", "D4"), fact(GA, year(2013), "5510641", "B4"),
        fact(GA, year(2012), "4295800", "C4"));
    assertThat(run(flux(FluxBasis.QOQ, "25", "500000", GA), ledger), contains(
        "NOT_EVALUATED 2012-01-01/2012-03-31: comparative GeneralAndAdministrativeExpense not reported for"
            + " 2011-01-01/2011-03-31",
        "FAIL 2013-01-01/2013-03-31: 2802332 vs 2110757, variance 691575, tolerance 527689.25",
        "NOT_EVALUATED 2013-04-01/2013-06-30: comparative GeneralAndAdministrativeExpense not reported for"
            + " 2012-04-01/2012-06-30"));
  }

  @Test
  void yoyComparesYearEndBalancesAndQoqEveryQuarterEnd() {
    Ledger ledger = ledger(fact(CASH, at("2013-12-31"), "200", "B1"), fact(CASH, at("2012-12-31"), "100", "C1"),
        fact(CASH, at("2013-06-30"), "50", "D1"), fact(CASH, at("2012-06-30"), "40", "E1"));
    assertThat(run(flux(FluxBasis.YOY, "50", "10", CASH), ledger),
        contains("NOT_EVALUATED 2012-12-31: comparative Cash not reported at 2011-12-31",
            "FAIL 2013-12-31: 200 vs 100, variance 100, tolerance 50"));
    assertThat(run(flux(FluxBasis.QOQ, "50", "10", CASH), ledger), contains(
        "NOT_EVALUATED 2012-06-30: comparative Cash not reported at 2011-06-30",
        "NOT_EVALUATED 2012-12-31: comparative Cash not reported at 2011-12-31",
        "PASS 2013-06-30: 50 vs 40, variance 10, tolerance 20",
        "FAIL 2013-12-31: 200 vs 100, variance 100, tolerance 50"));
  }

  @Test
  void aFiscalYearEndingInMarchIsAYear() {
    Period fy2014 = Fixtures.months("2013-04-01", "2014-03-31");
    Period fy2013 = Fixtures.months("2012-04-01", "2013-03-31");
    Ledger ledger = ledger(fact(GA, fy2014, "300", "B1"), fact(GA, fy2013, "100", "C1"),
        fact(CASH, at("2014-03-31"), "9", "B2"), fact(CASH, at("2013-12-31"), "9", "B3"));
    assertThat(run(flux(FluxBasis.YOY, "0", "0", GA, CASH), ledger, MonthDay.of(3, 31)), contains(
        "NOT_EVALUATED 2012-04-01/2013-03-31: comparative GeneralAndAdministrativeExpense not reported for"
            + " 2011-04-01/2012-03-31",
        "FAIL 2013-04-01/2014-03-31: 300 vs 100, variance 200, tolerance 0",
        "NOT_EVALUATED 2014-03-31: comparative Cash not reported at 2013-03-31"));
  }

  @Test
  void aComparativeAtFebruaryMonthEndStaysAtMonthEnd() {
    assertThat(FluxCheck.yearBefore(at("2013-02-28")), is(at("2012-02-29")));
    assertThat(FluxCheck.yearBefore(Fixtures.months("2012-12-01", "2013-02-28")),
        is(Fixtures.months("2011-12-01", "2012-02-29")));
  }
}
