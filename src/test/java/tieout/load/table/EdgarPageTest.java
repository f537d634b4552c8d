package tieout.load.table;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.load.TestTaxonomy;
import tieout.load.Workbooks;
import tieout.taxonomy.Balance;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/** EDGAR R pages built cell by cell as the SEC renders them (issue 11, item 3). */
class EdgarPageTest {
  private static final String FILE = "Financial_Report.xlsx";

  /** Assets and NetIncomeLoss declared, every other caption adopted, as rules/us-gaap does. */
  private static Taxonomy taxonomy() {
    return Taxonomy.builder()
        .adoptUndeclaredCaptions(true)
        .add(TestTaxonomy.concept("Assets", ItemType.MONETARY, PeriodType.INSTANT, Balance.DEBIT,
            TestTaxonomy.label("Total assets")))
        .add(TestTaxonomy.concept("LiabilitiesAndStockholdersEquity", ItemType.MONETARY, PeriodType.INSTANT,
            Balance.CREDIT, TestTaxonomy.label("Total liabilities and stockholders' equity")))
        .add(TestTaxonomy.concept("NetIncomeLoss", ItemType.MONETARY, PeriodType.DURATION, Balance.CREDIT,
            TestTaxonomy.label("Net income")))
        .build();
  }

  private static List<Fact> read(Workbooks book, List<Notice> notices) {
    Problems problems = new Problems();
    List<Fact> facts = PresentationTables.read(book.grid(FILE), taxonomy(), problems, notices);
    problems.throwIfAny();
    return facts;
  }

  @Test
  void scalesPerUnitUnitSuffixesSpansAndMemberRows() {
    Workbooks book = new Workbooks().sheet("Consolidated Statements of Inc")
        .row("Consolidated Statements of Income - USD ($) shares in Thousands, $ in Millions", "3 Months Ended")
        .row(null, "Dec. 31, 2024 USD ($) shares")
        .row("Income Statement [Abstract]")
        .row("Net income", 12)
        .row("Basic (shares)", 4182)
        .row("Earnings per share (in dollars per share)", 0.35)
        .row("Effective tax rate (as a percent)", "(0.30%)")
        .row("Client Computing Group", "Operating Segments")
        .row("Segment Reporting Information [Line Items]")
        .row("Net income", 5)
        .row("Dividends", "[1]")
        .merge("A1:A2");
    List<Notice> notices = new ArrayList<>();

    List<Fact> facts = read(book, notices);

    String at = " @ Financial_Report.xlsx!Consolidated Statements of Inc!";
    assertThat(Facts.describe(facts), contains(
        "NetIncomeLoss 2024-10-01/2024-12-31 12000000 USD d=-6" + at + "B4",
        "BasicShares 2024-10-01/2024-12-31 4182000 shares d=-3" + at + "B5",
        "EarningsPerShareInDollarsPerShare 2024-10-01/2024-12-31 0.35 USD/share d=2" + at + "B6",
        "EffectiveTaxRateAsAPercent 2024-10-01/2024-12-31 -0.003 pure d=4" + at + "B7",
        // Under the member row: the segment's net income, never merged with the consolidated line.
        "NetIncomeLoss 2024-10-01/2024-12-31 [EdgarRow=Client Computing Group | Operating Segments] 5000000 USD"
            + " d=-6" + at + "B10"));
    assertThat(notices, is(List.of())); // the footnote mark "[1]" is no amount and no text value
  }

  @Test
  void aBalanceSheetsBareLastTotalIsItsTotalLiabilitiesAndEquity() {
    Workbooks book = new Workbooks().sheet("CONSOLIDATED BALANCE SHEETS")
        .row("CONSOLIDATED BALANCE SHEETS - USD ($) $ in Thousands", "Dec. 31, 2019")
        .row("Total assets", 2228557)
        .row("Total", 5) // not the last line with an amount: stays the filer's own
        .row("Total", 2228557) // Dean Foods' 2019 10-K: the last line, captioned just "Total"
        .row("Memo only");
    List<Notice> notices = new ArrayList<>();

    List<Fact> facts = read(book, notices);

    String at = " @ Financial_Report.xlsx!CONSOLIDATED BALANCE SHEETS!";
    assertThat(Facts.describe(facts), contains(
        "Assets 2019-12-31 2228557000 USD d=-3" + at + "B2",
        "Total 2019-12-31 5000 USD d=-3" + at + "B3",
        "LiabilitiesAndStockholdersEquity 2019-12-31 2228557000 USD d=-3" + at + "B4"));
  }

  @Test
  void aNotePageAdoptsItsCaptionsAndSkipsItsTextWithANotice() {
    Workbooks book = new Workbooks().sheet("Fair Value (Details)")
        .row("Fair Value (Details) - USD ($) $ in Thousands", "Dec. 31, 2022", "Dec. 31, 2021")
        .row("Total assets", 5035, 17438)
        .row(null, "a note's table, cell by cell:", "1,234")
        .row("Useful life", "P5Y", null)
        .row("Date of lawsuit", "Aug. 06, 1999", null);
    List<Notice> notices = new ArrayList<>();

    List<Fact> facts = read(book, notices);

    assertThat(facts.size(), is(2));
    assertThat(facts.get(0).concept().name(), equalTo("TotalAssets")); // not the balance sheet's Assets
    assertThat(notices.stream().map(Notice::toString).toList(), contains(
        "Financial_Report.xlsx!Fair Value (Details): EDGAR page, not read: 1 row of a note's text (rows 3-3, 1"
            + " number in it)"));
  }

  @Test
  void columnsHeadedByMembersAndAZeroMonthSpan() {
    Workbooks book = new Workbooks().sheet("Commitments (Details)")
        .row("Commitments (Details) (USD $)", "0 Months Ended", "12 Months Ended", "12 Months Ended")
        .row(null, "Jul. 18, 2013", "Dec. 31, 2014", "Dec. 31, 2014")
        .row(null, null, "Minimum [Member]", "Maximum [Member]")
        .row("Loss contingency, damages sought", 100, 200, 300)
        .merge("A1:A3");
    List<Notice> notices = new ArrayList<>();

    List<Fact> facts = read(book, notices);

    assertThat(facts.stream().map(f -> f.period() + " " + f.dimensions() + " " + f.value().orElseThrow()).toList(),
        contains("2013-07-18/2013-07-18  100", "2014-01-01/2014-12-31 EdgarColumn=Minimum 200",
            "2014-01-01/2014-12-31 EdgarColumn=Maximum 300"));
  }

  @Test
  void aStatementOfEquityTakesItsPeriodsFromItsCaptions() {
    Workbooks book = new Workbooks().sheet("Consolidated Statements of Sto")
        .row("Consolidated Statements of Stockholders' Equity - USD ($) $ in Millions", "Total",
            "Retained Earnings [Member]")
        .row("Balance at Dec. 31, 2022", 100, 60)
        .row("Net income", 7, 7)
        .row("Balance at Dec. 31, 2023", 107, 67)
        .row("Adjustment after the last balance", 1, null);
    List<Notice> notices = new ArrayList<>();

    List<Fact> facts = read(book, notices);

    assertThat(facts.stream().map(f -> f.concept().name() + " " + f.period() + " " + f.dimensions() + " "
        + f.value().orElseThrow()).toList(), contains(
            "BalanceAtDec312022 2022-12-31  100000000", "BalanceAtDec312022 2022-12-31 EdgarColumn=Retained Earnings"
                + " 60000000",
            "NetIncome 2023-01-01/2023-12-31  7000000", "NetIncome 2023-01-01/2023-12-31 EdgarColumn=Retained Earnings"
                + " 7000000",
            "BalanceAtDec312023 2023-12-31  107000000", "BalanceAtDec312023 2023-12-31 EdgarColumn=Retained Earnings"
                + " 67000000"));
    assertThat(notices.stream().map(Notice::message).toList(), contains(
        "EDGAR page, not read: 1 amount under no period heading (the periods may be in the captions, as in a"
            + " statement of equity)"));
  }
}
