package tieout.load.table;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tieout.load.Workbooks.formula;
import static tieout.load.Workbooks.num;

import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.TestTaxonomy;
import tieout.load.Workbooks;
import tieout.taxonomy.Taxonomy;

class PresentationTableReaderTest {
  private static final String FILE = "entree-gold-2013.xlsx";
  private final Taxonomy taxonomy = TestTaxonomy.entree();

  private List<Fact> read(Workbooks book) {
    return PresentationTables.read(book.grid(FILE), taxonomy);
  }

  private List<String> problems(Workbooks book) {
    UserException e = assertThrows(UserException.class, () -> read(book));
    return e.diagnostics().stream().map(d -> d.location() + ": " + d.message()).toList();
  }

  @Test
  void readsTitleScaleNegatedLabelsDashesNilAndFormulas() {
    Workbooks book = new Workbooks().sheet("Results of Operations")
        .row("Entity: Entrée Gold Inc. (test)")
        .row("(in thousands, except per share amounts)")
        .row("", "Year Ended December 31, 2013", "Year Ended December 31, 2012")
        .row("Expenses")
        .row("Exploration", "$ 5,808", num(7966.9, "#,##0.0"))
        .row("Interest income", "(432)", num(-190, "#,##0_);(#,##0)"))
        .row("Total Revenues", "$ -", "—")
        .row("Impairment of mineral property interests", "nil", null)
        .row("Working capital", formula("B5+B6", 46394.0))
        .row("Net loss per share, basic and diluted", "(0.08)", num(-0.12, "0.00"))
        .row("Net loss", num(11422.025, "#,##0"), " ")
        .row("(1) Working capital is current assets less current liabilities.");

    List<Fact> facts = read(book);

    String at = "@ entree-gold-2013.xlsx!Results of Operations!";
    assertThat(Facts.describe(facts), contains(
        "ExplorationExpense 2013-01-01/2013-12-31 5808000 USD d=-3 " + at + "B5",
        "ExplorationExpense 2012-01-01/2012-12-31 7966900 USD d=-2 " + at + "C5",
        "InterestIncome 2013-01-01/2013-12-31 432000 USD d=-3 " + at + "B6",
        "InterestIncome 2012-01-01/2012-12-31 190000 USD d=-3 " + at + "C6",
        "Revenues 2013-01-01/2013-12-31 0 USD d=-3 " + at + "B7",
        "Revenues 2012-01-01/2012-12-31 0 USD d=-3 " + at + "C7",
        "ImpairmentOfMineralPropertyInterests 2013-01-01/2013-12-31 nil USD d=-3 " + at + "B8",
        "WorkingCapital 2013-12-31 46394000 USD d=-3 " + at + "B9 (formula)",
        "NetLossPerShare 2013-01-01/2013-12-31 -0.08 USD/share d=2 " + at + "B10",
        "NetLossPerShare 2012-01-01/2012-12-31 -0.12 USD/share d=2 " + at + "C10",
        "NetIncomeLoss 2013-01-01/2013-12-31 -11422025 USD d=-3 " + at + "B11"));
    assertThat(facts.stream().map(Fact::entity).distinct().toList(), contains("Entrée Gold Inc. (test)"));
  }

  @Test
  void readsMemberLabelsAndTheTaxonomyEntity() {
    Workbooks book = new Workbooks().sheet("Mineral Properties")
        .row(null, "Year Ended December 31, 2013")
        .row("US", "$ 3,940,264")
        .row("Mongolia", num(1355493, "#,##0"))
        .row("Total costs", "6,102,992");

    List<Fact> facts = read(book);

    String at = "@ entree-gold-2013.xlsx!Mineral Properties!";
    assertThat(Facts.describe(facts), contains(
        "MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=US] 3940264 USD d=0 " + at + "B2",
        "MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=Mongolia] 1355493 USD d=0 " + at + "B3",
        "MineralPropertyExpenditures 2013-01-01/2013-12-31 6102992 USD d=0 " + at + "B4"));
    assertThat(facts.get(0).entity(), equalTo("Entrée Gold Inc."));
  }

  @Test
  void readsAMergedPeriodOverSharesAndAmount() {
    Workbooks book = new Workbooks().sheet("Financing")
        .row(null, "Year Ended December 31, 2013", null, "Year Ended December 31, 2012")
        .merge("B1:C1")
        .merge("D1:E1")
        .row(null, "Shares", "Amount", "Shares", "Amount")
        .row("Private placement", num(17857142, "#,##0"), "$ 9,722,897", "-", "$ -");

    List<Fact> facts = read(book);

    String at = "@ entree-gold-2013.xlsx!Financing!";
    assertThat(Facts.describe(facts), contains(
        "SharesIssued 2013-01-01/2013-12-31 17857142 shares d=0 " + at + "B3",
        "ProceedsFromIssuanceOfShares 2013-01-01/2013-12-31 9722897 USD d=0 " + at + "C3",
        "SharesIssued 2012-01-01/2012-12-31 0 shares d=0 " + at + "D3",
        "ProceedsFromIssuanceOfShares 2012-01-01/2012-12-31 0 USD d=0 " + at + "E3"));
  }

  @Test
  void readsMemberColumnsWithThePeriodOfTheTitle() {
    Workbooks book = new Workbooks().sheet("Commitments")
        .row("Table of Contractual Commitments")
        .row("As at December 31, 2013")
        .row(null, "Less than 1 Year", "1-3 Years", "3-5 Years", "Total")
        .row("Office leases", "$ 296,734", "$ 421,673", "$ 87,985", "$ 806,392");

    List<Fact> facts = read(book);

    String at = "@ entree-gold-2013.xlsx!Commitments!";
    assertThat(Facts.describe(facts), contains(
        "ContractualObligations 2013-12-31 [ObligationTerm=LessThanOneYear] 296734 USD d=0 " + at + "B4",
        "ContractualObligations 2013-12-31 [ObligationTerm=OneToThreeYears] 421673 USD d=0 " + at + "C4",
        "ContractualObligations 2013-12-31 [ObligationTerm=ThreeToFiveYears] 87985 USD d=0 " + at + "D4",
        "ContractualObligations 2013-12-31 806392 USD d=0 " + at + "E4"));
  }

  @Test
  void completesPartialCaptionsWithTheDatesBelowAndReadsEdgarScale() {
    Workbooks book = new Workbooks().sheet("Consolidated Statements of Inco")
        .row("Consolidated Statements of Income (Loss) - USD ($) $ in Thousands", "3 Months Ended", null,
            "9 Months Ended", null)
        .merge("A1:A2")
        .merge("B1:C1")
        .merge("D1:E1")
        .row(null, "Dec. 31, 2017", "Dec. 31, 2016", "Dec. 31, 2017", "Dec. 31, 2016")
        .row("Income Statement [Abstract]")
        .row("Exploration", num(351, "#,##0_);(#,##0)"), num(369, "#,##0_);(#,##0)"), 1095, 1100)
        .row("Net loss per share, basic and diluted", num(-0.37, "_(\"$ \"#,##0.00_);_(\"$ \"\\(#,##0.00\\)"), null,
            null, null);

    List<Fact> facts = read(book);

    String at = "@ entree-gold-2013.xlsx!Consolidated Statements of Inco!";
    assertThat(Facts.describe(facts), contains(
        "ExplorationExpense 2017-10-01/2017-12-31 351000 USD d=-3 " + at + "B4",
        "ExplorationExpense 2016-10-01/2016-12-31 369000 USD d=-3 " + at + "C4",
        "ExplorationExpense 2017-04-01/2017-12-31 1095000 USD d=-3 " + at + "D4",
        "ExplorationExpense 2016-04-01/2016-12-31 1100000 USD d=-3 " + at + "E4",
        "NetLossPerShare 2017-10-01/2017-12-31 -0.37 USD/share d=2 " + at + "B5"));
  }

  @Test
  void aBlankHeadingBesidePartialCaptionStaysBlankWithoutAMerge() {
    // EDGAR's cover sheet: "9 Months Ended" over one date, and a lone date beside it.
    Workbooks book = new Workbooks().sheet("Cover")
        .row("Document and Entity Information", "9 Months Ended")
        .row(null, "Dec. 31, 2017", "Feb. 01, 2018")
        .row("Working capital", null, 12599);

    assertThat(Facts.describe(read(book)), contains(
        "WorkingCapital 2018-02-01 12599 USD d=0 @ entree-gold-2013.xlsx!Cover!C3"));
  }

  @Test
  void startsAnotherTableWhereHeadingsAppearAgain() {
    Workbooks book = new Workbooks().sheet("Quarterly")
        .row("Selected quarterly data")
        .row(null, "Q4 2013", "Q3 2013")
        .row("Exploration", "$ 1,426,239", "$ 1,168,327")
        .row()
        .row(null, "Three Months Ended December 31, 2012", "Three Months Ended September 30, 2012")
        .row("Exploration", "$ 987,942", "$ 1,228,341");

    assertThat(Facts.describe(read(book)), contains(
        "ExplorationExpense 2013-10-01/2013-12-31 1426239 USD d=0 @ entree-gold-2013.xlsx!Quarterly!B3",
        "ExplorationExpense 2013-07-01/2013-09-30 1168327 USD d=0 @ entree-gold-2013.xlsx!Quarterly!C3",
        "ExplorationExpense 2012-10-01/2012-12-31 987942 USD d=0 @ entree-gold-2013.xlsx!Quarterly!B6",
        "ExplorationExpense 2012-07-01/2012-09-30 1228341 USD d=0 @ entree-gold-2013.xlsx!Quarterly!C6"));
  }

  @Test
  void aCaptionedRowHoldingADateIsALineNotAHeader() {
    Workbooks book = new Workbooks().sheet("Cover")
        .row(null, "Year Ended December 31, 2013")
        .row("Document Period End Date", "Dec. 31, 2013")
        .row("Working capital", "1,000");

    assertThat(Facts.describe(read(book)), contains(
        "WorkingCapital 2013-12-31 1000 USD d=0 @ entree-gold-2013.xlsx!Cover!B3"));
  }

  @Test
  void readsYearsTypedAsNumbersAndHiddenRows() {
    Workbooks book = new Workbooks().sheet("Annual")
        .row(null, 2013, 2012)
        .row("Exploration", num(5808316, "#,##0"), num(7966902, "#,##0"))
        .hideLastRow();

    assertThat(Facts.describe(read(book)), contains(
        "ExplorationExpense 2013-01-01/2013-12-31 5808316 USD d=0 @ entree-gold-2013.xlsx!Annual!B2",
        "ExplorationExpense 2012-01-01/2012-12-31 7966902 USD d=0 @ entree-gold-2013.xlsx!Annual!C2"));
  }

  @Test
  void aFormatShowingThousandsHoldsWholeUnitsUnderAThousandsTitle() {
    Workbooks book = new Workbooks().sheet("Annual")
        .row("(in thousands)")
        .row(null, "FY2013", "FY2012")
        .row("Exploration", num(5808316, "#,##0,"), num(7967, "#,##0"));

    assertThat(Facts.describe(read(book)), contains(
        "ExplorationExpense 2013-01-01/2013-12-31 5808316 USD d=-3 @ entree-gold-2013.xlsx!Annual!B3",
        "ExplorationExpense 2012-01-01/2012-12-31 7967000 USD d=-3 @ entree-gold-2013.xlsx!Annual!C3"));
  }

  @Test
  void aSheetWithoutHeadingsIsNotesAndYieldsNothing() {
    Workbooks book = new Workbooks().sheet("Notes")
        .row("Note 1. Basis of presentation")
        .row("Employees", 45)
        .row("Exploration", "see note 4");

    assertThat(read(book), empty());
  }

  @Test
  void reportsEveryBadCellWithItsPlace() {
    Workbooks book = new Workbooks().sheet("Results")
        .row(null, "Year Ended December 31, 2013", "December 31, 2013")
        .row("Exploraton", "1,000")
        .row("Exploration", "n/a", "5")
        .row("Working capital", "1.234,56")
        .row("Impairment of mineral property interests", formula("B2*2", null))
        .row(null, "12")
        .row("Other", "5")
        .row("Mystery line", "7")
        .row("Section heading without amounts", "see below");

    String at = "entree-gold-2013.xlsx!Results!";
    assertThat(problems(book), contains(
        at + "A2: unknown caption \"Exploraton\"; did you mean 'Exploration'?",
        at + "B3: expected an amount for 'Exploration' (2013-01-01/2013-12-31), found text \"n/a\"",
        at + "C3: expected a period of time for 'Exploration' (ExplorationExpense is a duration concept), found the"
            + " date 2013-12-31 heading this column: head it with a duration such as \"Year Ended December 31, 2013\"",
        at + "B4: expected an amount for 'Working capital' (2013-12-31), found \"1.234,56\", which is ambiguous"
            + " without a locale; write amounts with ',' between thousands and '.' before decimals, e.g. 1,234.56",
        at + "B5: expected an amount for 'Impairment of mineral property interests' (2013-01-01/2013-12-31), found"
            + " the formula =B2*2 without a stored value: recalculate and save the workbook in Excel, then load"
            + " it again",
        at + "A6: expected a caption for the amounts in this row, found a blank cell: write the line's caption in"
            + " column A",
        at + "A7: caption \"Other\" names member Region=Other but no concept: add label \"Other\" member"
            + " Region=Other to the concept this table reports",
        at + "A8: unknown caption \"Mystery line\": add label \"Mystery line\" to its concept in the taxonomy"));
  }

  @Test
  void reportsHeadingsThatDefineNoSoundColumn() {
    Workbooks book = new Workbooks().sheet("Headings")
        .row(null, "3 Months Ended", "1-3 Years", "Three Months Ended February 30, 2013", "Q1 2013")
        .row(null, null, null, null, "Q2 2013")
        .row("Exploration", "1", "2", "3", "4");

    String at = "entree-gold-2013.xlsx!Headings!";
    assertThat(problems(book), contains(
        at + "B1: expected an end date such as \"Dec. 31, 2017\" under \"3 Months Ended\" in the heading row below",
        at + "C1: expected a period for the column headed \"1-3 Years\": add a period such as \"As at December 31,"
            + " 2013\" to the heading or as a title line above the table",
        at + "D1: impossible date in \"Three Months Ended February 30, 2013\": February 2013 has 28 days",
        at + "E2: expected one period in the heading of this column, found \"Q1 2013\" and \"Q2 2013\""));
  }

  @Test
  void reportsAColumnQualifierWithoutAConceptOfThatKind() {
    Workbooks book = new Workbooks().sheet("Results")
        .row(null, "Year Ended December 31, 2013")
        .row(null, "Shares")
        .row("Exploration", "1,000");

    assertThat(problems(book), contains(
        "entree-gold-2013.xlsx!Results!B3: expected a shares concept for \"Exploration\" in this \"Shares\" column,"
            + " found only 'ExplorationExpense' (monetary): add label \"Exploration\" to a shares concept"));
  }

  @Test
  void diagnosticsFormatLikeACompiler() {
    Workbooks book = new Workbooks().sheet("Results")
        .row(null, "2013")
        .row("Exploration", "n/a");

    UserException e = assertThrows(UserException.class, () -> read(book));

    assertThat(e.diagnostics().stream().map(Diagnostic::format).toList(), contains(
        "entree-gold-2013.xlsx!Results!B2: error: expected an amount for 'Exploration' (2013-01-01/2013-12-31),"
            + " found text \"n/a\""));
  }
}
