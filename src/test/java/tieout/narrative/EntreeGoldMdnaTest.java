package tieout.narrative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieout.report.Summary;
import tieout.run.RunResult;
import tieout.testing.Runs;

/**
 * End to end: the Entrée Gold 2013 MD&A (samples/entree-gold) against the bundled sample. Every
 * TIED and DIFFERS claim is listed exactly; there is no CONTRADICTED claim, because on reading each
 * sentence by hand the prose agrees with the tables wherever it names a line item and a period,
 * except Q1 2013 consultancy fees "of $936,926 related to the Sandstorm financing agreement" against
 * the table's 986,926: qualified, so DIFFERS (not an error), with its digit analysis.
 */
class EntreeGoldMdnaTest {
  private static final String MDNA = "samples/entree-gold/entree-gold-mdna-2013.txt";
  private static RunResult result;
  private static NarrativeResult narrative;

  @BeforeAll
  static void run() {
    result = Runs.run(List.of(Path.of("spreadsheets")), Path.of("rules"), Optional.of(Path.of(MDNA)));
    narrative = result.narrative().orElseThrow();
  }

  private static List<String> claims(ClaimStatus status) {
    return narrative.claims().stream()
        .filter(c -> c.status() == status)
        .map(c -> c.location().substring(MDNA.length() + 1) + " " + c.amountText() + " "
            + c.concept().orElseThrow().name() + " " + c.period().orElseThrow()
            + c.fact().map(f -> " " + f.source()).orElse(""))
        .toList();
  }

  @Test
  void counts() {
    assertThat(narrative.file(), is(MDNA));
    assertThat(narrative.count(ClaimStatus.TIED), is(31L));
    assertThat(narrative.count(ClaimStatus.CONTRADICTED), is(0L));
    assertThat(narrative.count(ClaimStatus.DIFFERS), is(1L));
    assertThat(narrative.count(ClaimStatus.UNTRACED), is(104L));
  }

  @Test
  void tiedClaims() {
    assertThat(claims(ClaimStatus.TIED), contains(
        "427:52 $11,422,025 NetIncomeLoss 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Selected Annual!B4",
        "427:77 $15,196,129 NetIncomeLoss 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Selected Annual!C4",
        "427:887 $46,394,496 WorkingCapital 2013-12-31 entree-gold-2013.xlsx!Selected Annual!B6",
        "427:912 $4,699,256 WorkingCapital 2012-12-31 entree-gold-2013.xlsx!Selected Annual!C6",
        "427:1339 $97,395,105 Assets 2013-12-31 entree-gold-2013.xlsx!Selected Annual!B7",
        "427:1364 $64,173,530 Assets 2012-12-31 entree-gold-2013.xlsx!Selected Annual!C7",
        "427:1588 $50,956,860 LiabilitiesNoncurrent 2013-12-31 entree-gold-2013.xlsx!Selected Annual!B8",
        "427:1613 $15,286,041 LiabilitiesNoncurrent 2012-12-31 entree-gold-2013.xlsx!Selected Annual!C8",
        "484:65 $1,355,493 MineralPropertyExpenditures 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Mineral Properties!B4",
        "484:89 $1,964,883 MineralPropertyExpenditures 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Mineral Properties!C4",
        "539:321 $437,732 ImpairmentOfMineralPropertyInterests 2013-07-01/2013-09-30 entree-gold-2013.xlsx!Quarterly 2013!D8",
        "587:160 $5,510,641 GeneralAndAdministrativeExpense 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B4",
        "587:184 $4,295,800 GeneralAndAdministrativeExpense 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C4",
        "591:76 $1,422,297 StockBasedCompensation 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B6",
        "591:100 $1,207,878 StockBasedCompensation 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C6",
        "595:60 $260,453 InterestExpense 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B9",
        "595:91 $229,359 InterestExpense 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C9",
        "595:263 $431,596 InterestIncome 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B13",
        "595:294 $190,449 InterestIncome 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C13",
        "606:361 $146,051 LossFromEquityInvestee 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B10",
        "606:429 $1,012,156 LossFromEquityInvestee 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C10",
        "606:475 $260,453 InterestExpense 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B9",
        "606:543 $229,359 InterestExpense 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C9",
        "612:390 $46.4 million WorkingCapital 2013-12-31 entree-gold-2013.xlsx!Selected Annual!B6",
        "657:1071 $104,914 GainOnSaleOfMineralPropertyInterest 2012-01-01/2012-03-31 entree-gold-2013.xlsx!Quarterly 2012!E6",
        "657:1561 $2,381,868 DeferredIncomeTaxExpenseBenefit 2013-01-01/2013-12-31 entree-gold-2013.xlsx!Results of Operations!B16",
        "657:1616 $329,770 DeferredIncomeTaxExpenseBenefit 2012-01-01/2012-12-31 entree-gold-2013.xlsx!Results of Operations!C16",
        "661:248 $46,394,496 WorkingCapital 2013-12-31 entree-gold-2013.xlsx!Selected Annual!B6",
        "661:271 $46,701,216 CashAndCashEquivalents 2013-12-31 entree-gold-balance-sheets.csv:6",
        "712:53 $46,394,496 WorkingCapital 2013-12-31 entree-gold-2013.xlsx!Selected Annual!B6",
        "712:78 $4,699,256 WorkingCapital 2012-12-31 entree-gold-2013.xlsx!Selected Annual!C6"));
  }

  @Test
  void noContradictions() {
    assertThat(claims(ClaimStatus.CONTRADICTED), is(empty()));
  }

  @Test
  void theConsultancyFeesTypoDiffersAndLeadsTheReport() throws java.io.IOException {
    assertThat(claims(ClaimStatus.DIFFERS), contains(
        "657:705 $936,926 ConsultancyAndAdvisoryFees 2013-01-01/2013-03-31 entree-gold-2013.xlsx!Quarterly 2013!E6"));
    java.io.StringWriter text = new java.io.StringWriter();
    NarrativeReport.writeText(narrative, text);
    List<String> first = text.toString().lines().limit(4).toList();
    assertThat(first, contains(
        "Narrative " + MDNA + ": 31 tied, 0 contradicted, 1 differing, 104 untraced",
        "  DIFFERS      " + MDNA + ":657:705  $936,926  ConsultancyAndAdvisoryFees 2013-01-01/2013-03-31  ledger 986,926 at "
            + "entree-gold-2013.xlsx!Quarterly 2013!E6  variance -50,000",
        "               the prose says $936,926, but the ledger holds ConsultancyAndAdvisoryFees 2013-01-01/2013-03-31 = "
            + "986,926 at entree-gold-2013.xlsx!Quarterly 2013!E6; variance -50,000; the figure is qualified by 'related to "
            + "the Sandstorm financing agreement'; likely typo: one digit substituted: 8 -> 3; the line's other quarters of "
            + "the fiscal year ending 2013-12-31: 324,175, 320,567, 309,462",
        "               \"During the three months ended March 31, 2013, the Company incurred consultancy and advisory fees "
            + "of $936,926 related to the Sandstorm financing agreement.\""));
  }

  @Test
  void theImpairmentDatedSeptemberTiesToTheQuarterTheTableGivesWithANote() {
    NarrativeClaim impairment = narrative.claims().stream()
        .filter(c -> c.amountText().equals("$437,732")).findFirst().orElseThrow();
    assertThat(impairment.status(), is(ClaimStatus.TIED));
    assertThat(impairment.note(), is(Optional.of("period mismatch: the prose dates it September 2013, in "
        + "2013-07-01/2013-09-30, but the table puts 437,732 in 2013-04-01/2013-06-30 at entree-gold-2013.xlsx!Quarterly 2013!D8")));
  }

  @Test
  void untracedForTheRightReasons() {
    List<String> reasons = narrative.claims().stream()
        .filter(c -> List.of("C$10 million", "A$475,778", "$220", "$151,952", "$3,807,805").contains(c.amountText()))
        .map(c -> c.amountText() + ": " + c.reason())
        .distinct()
        .toList();
    assertThat(reasons, contains(
        "$220: a price per unit, not a line item",
        "C$10 million: an amount in C$, not in US dollars",
        "$3,807,805: no line item of the taxonomy is named just before or after it",
        "A$475,778: an amount in A$, not in US dollars",
        "$151,952: the ledger holds no InterestExpense 2011-01-01/2011-12-31"));
  }

  @Test
  void extraProseLabelsLeaveTheChecksAsTheyWere() {
    assertThat(Summary.of(result.findings()), equalTo(new Summary(120, 100, 4, 0, 16)));
  }
}
