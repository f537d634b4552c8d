package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code tieout explain} on the bundled sample: the golden trace of a failed roll-up and the errors. */
class ExplainCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aFailedRollUpShowsEveryQuarterCellBothIntervalsAndTheExplanation() {
    Run run = run("explain", "IS-Q2Y", "--period", "FY2013", "--concept", "ExplorationExpense");
    assertThat(run.err(), is(""));
    assertThat(run.out(), is(String.join("\n",
        "IS-Q2Y (error) The four quarters of the selected quarterly data sum to the year",
        "Entrée Gold Inc. · 2013-01-01/2013-12-31",
        "",
        "  side      weight      value  decimals  interval                      concept             period                 source",
        "  reported       1  5,808,316         0  [5,808,315.5 .. 5,808,316.5]  ExplorationExpense  2013-01-01/2013-12-31  entree-gold-2013.xlsx!Results of Operations!B3",
        "  reported       1  5,808,316         0  [5,808,315.5 .. 5,808,316.5]  ExplorationExpense  2013-01-01/2013-12-31  entree-gold-2013.xlsx!Mineral Properties!B8     (same figure printed again: counted once)",
        "  computed       1  1,603,790         0  [1,603,789.5 .. 1,603,790.5]  ExplorationExpense  2013-01-01/2013-03-31  entree-gold-2013.xlsx!Quarterly 2013!E3",
        "  computed       1  1,904,636         0  [1,904,635.5 .. 1,904,636.5]  ExplorationExpense  2013-04-01/2013-06-30  entree-gold-2013.xlsx!Quarterly 2013!D3",
        "  computed       1  1,168,327         0  [1,168,326.5 .. 1,168,327.5]  ExplorationExpense  2013-07-01/2013-09-30  entree-gold-2013.xlsx!Quarterly 2013!C3",
        "  computed       1  1,426,239         0  [1,426,238.5 .. 1,426,239.5]  ExplorationExpense  2013-10-01/2013-12-31  entree-gold-2013.xlsx!Quarterly 2013!B3",
        "",
        "  reported   5,808,316  interval [5,808,315.5 .. 5,808,316.5]",
        "  computed   6,102,992  interval [6,102,990 .. 6,102,994]",
        "  variance    -294,676  reported - computed",
        "  tolerance        2.5  rounding 2.5",
        "  verdict    FAIL: |variance| 294,676 exceeds the tolerance 2.5; the intervals do not overlap",
        "",
        "  likely explanations (facts whose signed sum is the variance, within tolerance):",
        "    1. + 294,676  MineralPropertyStockBasedCompensation 2013-01-01/2013-12-31  entree-gold-2013.xlsx!Mineral Properties!B7",
        "")));
    assertThat(run.code(), is(ExitCodes.DISCREPANCIES));
  }

  @Test
  void aPassingCheckExitsZero() {
    Run run = run("explain", "IS-Q2Y", "--period", "2013-01-01/2013-12-31", "--concept", "InterestIncome");
    assertThat(run.code(), is(ExitCodes.OK));
    assertThat(run.out().lines().filter(l -> l.startsWith("  verdict")).toList(),
        is(java.util.List.of("  verdict    PASS: |variance| 0 is within the tolerance 2.5")));
  }

  @Test
  void aFluxFindingReadsAsCurrentAgainstComparative() {
    Run run = run("explain", "FLUX-IS", "--period", "Year Ended December 31, 2013",
        "--concept", "GeneralAndAdministrativeExpense");
    assertThat(run.code(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out().lines().filter(l -> l.matches("  (change|threshold|verdict) .*")).toList(), is(java.util.List.of(
        "  change       1,214,841  current - comparative (+28.3%)",
        "  threshold    1,073,950  the larger of 25% of |comparative| (1,073,950) and 1,000,000",
        "  verdict      FAIL (flagged for review): |change| 1,214,841 exceeds the threshold 1,073,950")));
  }

  @Test
  void anUnknownRuleIdIsAUserErrorWithADidYouMean() {
    Run run = run("explain", "IS-Q2");
    assertThat(run.code(), is(ExitCodes.USER_ERROR));
    assertThat(run.out(), is(""));
    assertThat(run.err(), is("explain IS-Q2: error: unknown rule id 'IS-Q2'; did you mean 'IS-Q2Y'? (the rules in rules are "
        + "BS-CA, BS-TA, BS-TL, BS-LTL, BS-EQ, BS-TLE, BS-TIE, BS-WC, BS-DEFICIT, FLUX-IS, IS-Q2Y, IS-OPLOSS-Q, IS-NL-Q, "
        + "IS-NL-Y, MP-REGION, MP-CASH, FIN-SHARES, FIN-AMOUNT, FIN-CS, CC-MATURITY, CC-LEASES-MATURITY, CC-TOTAL, "
        + "DUPLICATE)\n"));
  }

  @Test
  void aPeriodWithoutCheckListsThePeriodsThatHaveOne() {
    Run run = run("explain", "IS-Q2Y", "--period", "FY2010");
    assertThat(run.code(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is("--period FY2010: error: rule IS-Q2Y has no check for this period; its periods are "
        + "2012-01-01/2012-12-31, 2013-01-01/2013-12-31\n"));
  }

  @Test
  void aPeriodThatIsNoPeriodIsAUserError() {
    Run run = run("explain", "IS-Q2Y", "--period", "last year");
    assertThat(run.code(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is("--period last year: error: expected a period such as 2013-01-01/2013-12-31, 2013-12-31, "
        + "FY2013 or Q4 2013, found 'last year'\n"));
  }

  @Test
  void aNotEvaluatedCheckShowsWhatItHasAndWhy() {
    Run run = run("explain", "BS-WC", "--period", "2013-03-31");
    assertThat(run.code(), is(ExitCodes.OK));
    assertThat(run.out().lines().filter(l -> l.startsWith("  verdict")).toList(),
        is(java.util.List.of("  verdict  NOT_EVALUATED: WorkingCapital not reported at 2013-03-31")));
    assertThat(run.out().contains("entree-gold-balance-sheets.csv:18"), is(true));
  }
}
