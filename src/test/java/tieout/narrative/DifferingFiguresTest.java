package tieout.narrative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static tieout.narrative.NarrativeFixtures.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;

/**
 * Digit forensics on constructed sentences (one slip each), precision read from the text as
 * printed, and the recall rules: caption after the amount, a breakdown member, a month's quarter,
 * "compared to $X in 2012".
 */
class DifferingFiguresTest {

  private static NarrativeClaim only(String prose) {
    NarrativeResult r = check(prose);
    assertThat(r.claims().size(), is(1));
    return r.claims().get(0);
  }

  private static String typo(String prose) {
    NarrativeClaim c = only(prose);
    String reason = c.reason();
    int at = reason.indexOf("likely typo: ");
    return c.status() + " " + (at < 0 ? "-" : reason.substring(at));
  }

  // Interest expense 2013 is 260,453 in the fixture ledger; net loss 2013 is -11,422,025.

  @Test
  void oneDigitSubstituted() {
    assertThat(typo("For the year ended December 31, 2013, interest expense was $260,483."),
        is("CONTRADICTED likely typo: one digit substituted: 5 -> 8"));
  }

  @Test
  void twoAdjacentDigitsTransposed() {
    assertThat(typo("For the year ended December 31, 2013, interest expense was $206,453."),
        is("CONTRADICTED likely typo: two adjacent digits transposed: 60 -> 06 (the variance is a multiple of 9)"));
  }

  @Test
  void aDigitDropped() {
    assertThat(typo("For the year ended December 31, 2013, interest expense was $26,453."),
        is("CONTRADICTED likely typo: a digit dropped: 0"));
  }

  @Test
  void aDigitDoubled() {
    assertThat(typo("For the year ended December 31, 2013, net loss was $11,422,2025."),
        is("UNTRACED -"));
    assertThat(typo("For the year ended December 31, 2013, interest expense was $2,604,453."),
        is("CONTRADICTED likely typo: a digit doubled: 4 -> 44"));
  }

  @Test
  void aSignFlipPrintedInParentheses() {
    NarrativeClaim c = only("For the year ended December 31, 2013, interest expense was $(260,453).");
    assertThat(c.status(), is(ClaimStatus.DIFFERS));
    assertThat(c.variance(), is(Optional.of(new BigDecimal("-520906"))));
    assertThat(c.reason(), is("the prose prints $(260,453), but the ledger holds InterestExpense 2013-01-01/2013-12-31 = "
        + "260,453 at sample.xlsx!Results!B9; likely typo: the sign flipped"));
  }

  @Test
  void aScaleSlipEitherWay() {
    assertThat(typo("For the year ended December 31, 2013, interest expense was $260,453,000."),
        is("CONTRADICTED likely typo: a scale slip (x1,000)"));
    assertThat(typo("For the year ended December 31, 2013, net loss was $11,422."),
        is("CONTRADICTED likely typo: a scale slip (the ledger's figure in thousands)"));
  }

  @Test
  void noSlipNamedWhenNoneExplainsTheDifference() {
    assertThat(typo("For the year ended December 31, 2013, interest expense was $271,999."), is("CONTRADICTED -"));
  }

  @Test
  void aFigureInMillionsIsAnalysedAtItsPrecision() {
    assertThat(typo("As at December 31, 2013, working capital was $64.4 million."),
        is("CONTRADICTED likely typo: two adjacent digits transposed: 46 -> 64 (the variance is a multiple of 9)"));
  }

  // General and administrative: 5,911,800 for 2013 and 5,912,000 for 2012.

  @Test
  void aFigureToTheDollarIsComparedToTheDollar() {
    NarrativeClaim exact = only("For the year ended December 31, 2012, general and administrative was $5,912,000.");
    assertThat(exact.status(), is(ClaimStatus.TIED));
    assertThat(exact.decimals(), is(Decimals.of(0)));
    NarrativeClaim off = only("For the year ended December 31, 2013, general and administrative was $5,912,000.");
    assertThat(off.status(), is(ClaimStatus.DIFFERS));
    assertThat(off.variance(), is(Optional.of(new BigDecimal("200"))));
    assertThat(off.reason(), is("the prose says $5,912,000, but the ledger holds GeneralAndAdministrativeExpense "
        + "2013-01-01/2013-12-31 = 5,911,800 at sample.xlsx!Results!B4; variance 200; the figure is round (it ties if "
        + "rounded to 1,000)"));
    NarrativeClaim far = only("For the year ended December 31, 2013, general and administrative was $5,962,000.");
    assertThat(far.status(), is(ClaimStatus.CONTRADICTED));
    assertThat(far.variance(), is(Optional.of(new BigDecimal("50200"))));
  }

  @Test
  void aDocumentInThousandsReadsRoundFiguresToTheThousand() {
    NarrativeResult r = check("(Expressed in thousands of US dollars)\n\n"
        + "For the year ended December 31, 2013, general and administrative was $5,912,000.");
    assertThat(r.claims().size(), is(1));
    assertThat(r.claims().get(0).status(), is(ClaimStatus.TIED));
    assertThat(r.claims().get(0).decimals(), is(Decimals.of(-3)));
    assertThat(r.claims().get(0).reason(), is("ties to GeneralAndAdministrativeExpense 2013-01-01/2013-12-31 = 5,911,800 "
        + "at the amount's precision (±500)"));
  }

  @Test
  void millionsAreToOneHundredThousand() {
    NarrativeClaim tied = only("For the year ended December 31, 2013, general and administrative was $5.9 million.");
    assertThat(tied.status(), is(ClaimStatus.TIED));
    assertThat(tied.decimals(), is(Decimals.of(-5)));
    NarrativeClaim contradicted = only("For the year ended December 31, 2013, general and administrative was $5.8 million.");
    assertThat(contradicted.status(), is(ClaimStatus.CONTRADICTED));
    assertThat(contradicted.reason(), is("the prose says $5.8 million, but the ledger holds GeneralAndAdministrativeExpense "
        + "2013-01-01/2013-12-31 = 5,911,800 at sample.xlsx!Results!B4; variance -111,800; likely typo: one digit "
        + "substituted: 9 -> 8"));
  }

  private static List<String> lines(NarrativeResult r) {
    return r.claims().stream()
        .map(c -> c.status() + " " + c.amountText() + " " + c.concept().map(k -> k.name()).orElse("-") + " "
            + c.period().map(Object::toString).orElse("-")
            + c.fact().filter(f -> !f.dimensions().isEmpty()).map(f -> " [" + f.dimensions() + "]").orElse(""))
        .toList();
  }

  @Test
  void aCaptionAfterTheAmount() {
    assertThat(lines(check("In the year ended December 31, 2013, Entrée recorded $260,453 of interest expense. "
        + "During the year ended December 31, 2013, Entrée incurred $5,911,800 in general and administrative expenses.")),
        contains(
            "TIED $260,453 InterestExpense 2013-01-01/2013-12-31",
            "TIED $5,911,800 GeneralAndAdministrativeExpense 2013-01-01/2013-12-31"));
    // Words after the caption still narrow it.
    NarrativeClaim narrowed = only("During the year ended December 31, 2013, Entrée incurred $1,000,000 of general and "
        + "administrative expenses on the Ann Mason Project.");
    assertThat(narrowed.status(), is(ClaimStatus.UNTRACED));
    assertThat(narrowed.reason(), is("differs, but the figure is followed by 'expenses on the Ann Mason Project', so it may "
        + "be another, narrower line: the ledger holds GeneralAndAdministrativeExpense 2013-01-01/2013-12-31 = 5,911,800 "
        + "at sample.xlsx!Results!B4"));
  }

  @Test
  void aBreakdownMemberNamedInTheSentence() {
    assertThat(lines(check("For the year ended December 31, 2013, total costs were $1,355,493 in Mongolia. "
        + "For the year ended December 31, 2013, Mongolian total costs were $1,355,493. "
        + "For the year ended December 31, 2013, total costs in the US were $3,940,264. "
        + "For the year ended December 31, 2013, total costs were $6,102,992.")),
        contains(
            "TIED $1,355,493 MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=Mongolia]",
            "TIED $1,355,493 MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=Mongolia]",
            "TIED $3,940,264 MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=US]",
            "TIED $6,102,992 MineralPropertyExpenditures 2013-01-01/2013-12-31"));
    // A line not broken down by region stays narrowed.
    NarrativeClaim notBrokenDown = only("For the year ended December 31, 2013, exploration was $1,355,493 in Mongolia.");
    assertThat(notBrokenDown.status(), is(ClaimStatus.UNTRACED));
  }

  @Test
  void aMonthDatesTheQuarterAndAMismatchIsANote() {
    NarrativeClaim elsewhere = only("In September 2013 Entrée abandoned the Oak Grove property and recorded an impairment "
        + "of mineral property interests of $437,732.");
    assertThat(elsewhere.status(), is(ClaimStatus.TIED));
    assertThat(elsewhere.period().orElseThrow().toString(), is("2013-07-01/2013-09-30"));
    assertThat(elsewhere.fact().orElseThrow().source().toString(), is("sample.xlsx!Quarterly 2013!D8"));
    assertThat(elsewhere.note(), is(Optional.of("period mismatch: the prose dates it September 2013, in "
        + "2013-07-01/2013-09-30, but the table puts 437,732 in 2013-04-01/2013-06-30 at sample.xlsx!Quarterly 2013!D8")));
    NarrativeClaim inQuarter = only("In March 2013, the Company incurred consultancy and advisory fees of $986,926.");
    assertThat(inQuarter.status(), is(ClaimStatus.TIED));
    assertThat(inQuarter.note(), is(Optional.empty()));
    NarrativeClaim part = only("In February 2013, the Company incurred consultancy and advisory fees of $936,926.");
    assertThat(part.status(), is(ClaimStatus.DIFFERS));
    assertThat(part.reason(), is("the prose says $936,926, but the ledger holds ConsultancyAndAdvisoryFees "
        + "2013-01-01/2013-03-31 = 986,926 at sample.xlsx!Quarterly 2013!E6; variance -50,000; the figure is an event "
        + "dated February 2013, so it may be a part of the quarter; likely typo: one digit substituted: 8 -> 3"));
  }

  @Test
  void comparedToAnAmountInAYear() {
    assertThat(lines(check("For the year ended December 31, 2013, net loss was $11,422,025 compared to $15,196,129 in 2012. "
        + "As at December 31, 2013, working capital was $46,394,496 compared to $4,699,256 in 2012.")),
        contains(
            "TIED $11,422,025 NetIncomeLoss 2013-01-01/2013-12-31",
            "TIED $15,196,129 NetIncomeLoss 2012-01-01/2012-12-31",
            "TIED $46,394,496 WorkingCapital 2013-12-31",
            "TIED $4,699,256 WorkingCapital 2012-12-31"));
  }

  @Test
  void respectivelyGivesEachAmountItsPeriod() {
    assertThat(lines(check("Net loss was $11,422,025 and $15,196,129 for the years ended December 31, 2013 and 2012, respectively. "
        + "Working capital was $46,394,496 and $4,699,256 as at December 31, 2013 and 2012, respectively. "
        + "Interest expense was $260,453 and $229,359 in 2013 and 2012, respectively. "
        + "Interest expense was $229,359 and $260,453 in 2013 and 2012.")),
        contains(
            "TIED $11,422,025 NetIncomeLoss 2013-01-01/2013-12-31",
            "TIED $15,196,129 NetIncomeLoss 2012-01-01/2012-12-31",
            "TIED $46,394,496 WorkingCapital 2013-12-31",
            "TIED $4,699,256 WorkingCapital 2012-12-31",
            "TIED $260,453 InterestExpense 2013-01-01/2013-12-31",
            "TIED $229,359 InterestExpense 2012-01-01/2012-12-31",
            "UNTRACED $229,359 InterestExpense -",
            "UNTRACED $260,453 - -"));
  }
}
