package tieout.narrative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static tieout.narrative.NarrativeFixtures.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;
import tieout.ledger.Period;

/** One hand-written paragraph per rule of recognition: amount forms, periods, comparatives, ambiguity, tables. */
class NarrativeCheckerTest {

  /** status location amountText concept period — one line per claim, for exact comparisons. */
  private static List<String> lines(NarrativeResult r) {
    return r.claims().stream()
        .map(c -> c.status() + " " + c.location() + " " + c.amountText() + " "
            + c.concept().map(Object::toString).orElse("-") + " " + c.period().map(Object::toString).orElse("-"))
        .toList();
  }

  private static NarrativeClaim only(NarrativeResult r) {
    assertThat(r.claims().size(), is(1));
    return r.claims().get(0);
  }

  @Test
  void netLossAndItsComparativeTieAsMagnitudes() {
    NarrativeResult r = check(
        "For the year ended December 31, 2013, net loss was $11,422,025 compared to $15,196,129 in the year ended December 31, 2012.");
    assertThat(lines(r), contains(
        "TIED mdna.md:1:52 $11,422,025 NetIncomeLoss 2013-01-01/2013-12-31",
        "TIED mdna.md:1:76 $15,196,129 NetIncomeLoss 2012-01-01/2012-12-31"));
    NarrativeClaim first = r.claims().get(0);
    assertThat(first.fact().orElseThrow().source().toString(), is("sample.xlsx!Selected Annual!B4"));
    assertThat(first.reason(), is(
        "ties to NetIncomeLoss 2013-01-01/2013-12-31 = -11,422,025; the prose states the loss as a magnitude, "
            + "and NetIncomeLoss is a credit concept, so it is compared as -11,422,025"));
  }

  @Test
  void amountForms() {
    List<ProseAmount> found = AmountScanner.scan(
        "Net loss was \\$11,422,025; $46.4 million; $2.4 billion; C$10 million; $(1,234); $Nil; $220 per ounce; $2.81/lb; 7,560,000 options.");
    assertThat(found.stream().map(a -> a.text() + "=" + a.value().toPlainString() + "@" + a.decimals() + " " + a.currency()
        + (a.perUnit() ? " per unit" : "")).toList(), contains(
        "$11,422,025=11422025@0 USD",
        "$46.4 million=46400000@-5 USD",
        "$2.4 billion=2400000000@-8 USD",
        "C$10 million=10000000@-6 C$",
        "$(1,234)=-1234@0 USD",
        "$Nil=0@0 USD",
        "$220=220@0 USD per unit",
        "$2.81=2.81@2 USD per unit"));
  }

  @Test
  void escapedDollarOfMarkdownIsAnAmountAndIsShownUnescaped() {
    NarrativeClaim c = only(check("As at December 31, 2013, working capital was \\$46,394,496."));
    assertThat(c.status(), is(ClaimStatus.TIED));
    assertThat(c.amountText(), is("$46,394,496"));
    assertThat(c.location(), is("mdna.md:1:46"));
    assertThat(c.period(), is(Optional.of(Period.parse("2013-12-31"))));
  }

  @Test
  void millionsTieAtTheirStatedPrecisionAndContradictBeyondIt() {
    NarrativeClaim tied = only(check("As at December 31, 2013, Entrée had working capital of $46.4 million."));
    assertThat(tied.status(), is(ClaimStatus.TIED));
    assertThat(tied.decimals(), is(Decimals.of(-5)));
    assertThat(tied.reason(), is("ties to WorkingCapital 2013-12-31 = 46,394,496 at the amount's precision (±50,000)"));

    NarrativeClaim contradicted = only(check("As at December 31, 2013, Entrée had working capital of $46.6 million."));
    assertThat(contradicted.status(), is(ClaimStatus.CONTRADICTED));
    assertThat(contradicted.variance(), is(Optional.of(new BigDecimal("205504"))));
    assertThat(contradicted.reason(), is("the prose says $46.6 million, but the ledger holds WorkingCapital 2013-12-31 = "
        + "46,394,496 at sample.xlsx!Selected Annual!B6; variance 205,504; likely typo: one digit substituted: 4 -> 6"));
  }

  @Test
  void aWrongFigureWithAClearConceptAndPeriodIsAContradictionOfMagnitudes() {
    NarrativeClaim c = only(check("For the year ended December 31, 2013, net loss was $11,442,025."));
    assertThat(c.status(), is(ClaimStatus.CONTRADICTED));
    assertThat(c.variance(), is(Optional.of(new BigDecimal("20000"))));
    assertThat(c.fact().orElseThrow().amount(), is(new BigDecimal("-11422025")));
  }

  @Test
  void periodPhrasesDurationsQuartersAndInstants() {
    assertThat(lines(check(
        "During the three months ended March 31, 2013, the Company incurred consultancy and advisory fees of $986,926. "
            + "As at December 31, 2012, working capital was $4,699,256. "
            + "Interest expense was $260,453 for the year ended December 31, 2013.")),
        contains(
            "TIED mdna.md:1:101 $986,926 ConsultancyAndAdvisoryFees 2013-01-01/2013-03-31",
            "TIED mdna.md:1:156 $4,699,256 WorkingCapital 2012-12-31",
            "TIED mdna.md:1:189 $260,453 InterestExpense 2013-01-01/2013-12-31"));
  }

  @Test
  void parenthesisGivesComparativesOfTheSameLineItem() {
    NarrativeResult r = check(
        "For the year ended December 31, 2013, interest expense was \\$260,453 (December 31, 2012 - \\$229,359; December 31, 2011 - \\$151,952).");
    assertThat(lines(r), contains(
        "TIED mdna.md:1:60 $260,453 InterestExpense 2013-01-01/2013-12-31",
        "TIED mdna.md:1:91 $229,359 InterestExpense 2012-01-01/2012-12-31",
        "UNTRACED mdna.md:1:122 $151,952 InterestExpense 2011-01-01/2011-12-31"));
    assertThat(r.claims().get(2).reason(), is("the ledger holds no InterestExpense 2011-01-01/2011-12-31"));
  }

  @Test
  void comparedToTakesTheLineItemAndNeedsItsOwnPeriod() {
    assertThat(lines(check(
        "At December 31, 2013, Entrée had working capital of $46,394,496 compared to $4,699,256 as at December 31, 2012.")),
        contains(
            "TIED mdna.md:1:53 $46,394,496 WorkingCapital 2013-12-31",
            "TIED mdna.md:1:77 $4,699,256 WorkingCapital 2012-12-31"));
    NarrativeResult noPeriod = check("For the year ended December 31, 2013, net loss was $11,422,025 compared to $9,000,000.");
    assertThat(noPeriod.claims().get(1).status(), is(ClaimStatus.UNTRACED));
    assertThat(noPeriod.claims().get(1).reason(), is("a comparative with no period of its own"));
  }

  @Test
  void recoveryOfAnExpenseConceptIsNegative() {
    NarrativeClaim c = only(check(
        "During the year ended December 31, 2013, Entrée recorded deferred income tax recovery of \\$2,381,868."));
    assertThat(c.status(), is(ClaimStatus.TIED));
    assertThat(c.reason(), containsString("the prose states the recovery as a magnitude"));
  }

  @Test
  void aQualifiedFigureThatDiffersIsDiffersWithItsQualifierAndDigitAnalysis() {
    NarrativeClaim c = only(check(
        "During the three months ended March 31, 2013, the Company incurred consultancy and advisory fees of \\$936,926 related to the Sandstorm financing agreement."));
    assertThat(c.status(), is(ClaimStatus.DIFFERS));
    assertThat(c.concept().orElseThrow().name(), is("ConsultancyAndAdvisoryFees"));
    assertThat(c.variance(), is(Optional.of(new BigDecimal("-50000"))));
    assertThat(c.fact().orElseThrow().source().toString(), is("sample.xlsx!Quarterly 2013!E6"));
    assertThat(c.reason(), is("the prose says $936,926, but the ledger holds ConsultancyAndAdvisoryFees "
        + "2013-01-01/2013-03-31 = 986,926 at sample.xlsx!Quarterly 2013!E6; variance -50,000; the figure is qualified "
        + "by 'related to the Sandstorm financing agreement'; likely typo: one digit substituted: 8 -> 3"));
  }

  @Test
  void ambiguousReferencesAreUntraced() {
    // Two periods before the amount.
    NarrativeClaim twoPeriods = only(check(
        "For the year ended December 31, 2013 and unlike the year ended December 31, 2012, exploration was $5,900,000."));
    assertThat(twoPeriods.status(), is(ClaimStatus.UNTRACED));
    assertThat(twoPeriods.reason(), is("the sentence names several periods (2013-01-01/2013-12-31, 2012-01-01/2012-12-31)"));
    // A caption shared by two line items.
    NarrativeClaim twoItems = only(check("For the year ended December 31, 2013, placement was $1,000."));
    assertThat(twoItems.reason(), is("'placement' names 2 line items: PlacementProceeds, PlacementCosts"));
    // An approximate figure that differs beyond its trailing zeros (±50,000) is shown, not an error.
    NarrativeClaim approximate = only(check("For the year ended December 31, 2013, exploration was approximately $5,900,000."));
    assertThat(approximate.status(), is(ClaimStatus.DIFFERS));
    assertThat(approximate.reason(), containsString("; the figure is approximate ('approximately')"));
    NarrativeClaim roughlyRight = only(check("For the year ended December 31, 2013, exploration was approximately $5,800,000."));
    assertThat(roughlyRight.status(), is(ClaimStatus.TIED));
    assertThat(roughlyRight.reason(), is("ties to ExplorationExpense 2013-01-01/2013-12-31 = 5,808,316 at the amount's precision (±50,000)"));
    // A bound the ledger satisfies is not a figure; one it breaks differs.
    NarrativeClaim over = only(check("For the year ended December 31, 2013, exploration was over $5 million."));
    assertThat(over.status(), is(ClaimStatus.UNTRACED));
    assertThat(over.reason(), is("a bound, not a figure: a lower bound ('over'), which the ledger's figure is consistent with; "
        + "the ledger holds ExplorationExpense 2013-01-01/2013-12-31 = 5,808,316 at sample.xlsx!Results!B3"));
    NarrativeClaim under = only(check("For the year ended December 31, 2013, exploration was less than $5 million."));
    assertThat(under.status(), is(ClaimStatus.DIFFERS));
    // A caption narrowed by a word before it.
    NarrativeClaim narrowed = only(check("For the year ended December 31, 2013, Mongolian exploration was $1,355,493."));
    assertThat(narrowed.reason(), containsString("the figure is narrowed by 'Mongolian' before its caption"));
    // A round figure that differs within its trailing zeros may be rounded: shown, not an error.
    NarrativeClaim round = only(check("For the year ended December 31, 2013, interest expense was $260,000."));
    assertThat(round.status(), is(ClaimStatus.DIFFERS));
    assertThat(round.reason(), containsString("; the figure is round (it ties if rounded to 10,000)"));
    // A phrase naming two years.
    NarrativeClaim twoYears = only(check("For the years ended December 31, 2013 and 2012, net loss was $26,618,154."));
    assertThat(twoYears.reason(), is("'For the years ended December 31, 2013 and 2012' names more than one period"));
    // Words after the amount that narrow it.
    NarrativeClaim located = only(check("For the year ended December 31, 2013, exploration was $1,355,493 in Mongolia."));
    assertThat(located.status(), is(ClaimStatus.UNTRACED));
    assertThat(located.reason(), containsString("the figure is followed by 'in Mongolia'"));
    // No caption joined to the amount; an event date is not a period; another currency.
    assertThat(lines(check(
        "On February 15, 2013, the Company closed the approximately $55 million financing package, a C$10 million private placement.")),
        contains("UNTRACED mdna.md:1:60 $55 million - -", "UNTRACED mdna.md:1:93 C$10 million - -"));
  }

  @Test
  void aCaptionInsideAQualifyingClauseIsNotTheSubject() {
    // "before exploration" must not take the amount: the subject is working capital (an instant).
    NarrativeClaim c = only(check(
        "As at December 31, 2013, working capital, before exploration, was $46,394,496."));
    assertThat(c.status(), is(ClaimStatus.TIED));
    assertThat(c.concept().orElseThrow().name(), is("WorkingCapital"));
  }

  @Test
  void tablesAreSkipped() {
    String doc = String.join("\n",
        "SELECTED ANNUAL FINANCIAL INFORMATION",
        "\tYear Ended December 31, 2013\tYear Ended December 31, 2012",
        "Net loss\t\\$ 11,422,025\t\\$ 15,196,129",
        "| Net loss | $ 11,422,025 | $ 15,196,129 |",
        "|---|---:|---:|",
        "Net loss  $ 11,422,025  $ 15,196,129",
        "```",
        "For the year ended December 31, 2013, net loss was $1.",
        "```",
        "For the year ended December 31, 2013, net loss was $11,422,025.");
    assertThat(lines(check(doc)), contains("TIED mdna.md:10:52 $11,422,025 NetIncomeLoss 2013-01-01/2013-12-31"));
  }

  @Test
  void sameMagnitudeWithTheOppositeSignIsNotAContradiction() {
    NarrativeClaim c = only(check("For the year ended December 31, 2013, net income was $11,422,025."));
    assertThat(c.status(), is(ClaimStatus.UNTRACED));
    assertThat(c.reason(), is("same magnitude as NetIncomeLoss 2013-01-01/2013-12-31 = -11,422,025, but the wording does not settle the sign"));
  }

  @Test
  void aDocumentWithoutAmountsHasNoClaims() {
    assertThat(check("Entrée is primarily focused on exploring its principal properties.").claims(), is(empty()));
  }
}
