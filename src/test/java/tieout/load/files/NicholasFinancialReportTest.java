package tieout.load.files;

import tieout.load.table.PresentationTables;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.TestTaxonomy;
import tieout.load.table.PresentationTableReader;
import tieout.load.xlsx.XlsxGrid;
import tieout.taxonomy.Balance;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

/** A real EDGAR Financial_Report.xlsx: two-row headers, "$ in Thousands", non-breaking spaces. */
class NicholasFinancialReportTest {
  /** Skips the test, with a reason, when ../shared is absent. */
  private static Path file() {
    return SharedData.require("data/sec-financial-report/NICK_10-Q_FY2018Q3_Financial_Report.xlsx");
  }
  private static final String NAME = "NICK_10-Q_FY2018Q3_Financial_Report.xlsx";

  private static List<Fact> readSheet(String sheet, Taxonomy taxonomy) throws IOException {
    try (InputStream in = Files.newInputStream(file());
        Workbook workbook = WorkbookFactory.create(in)) {
      return PresentationTables.read(XlsxGrid.of(NAME, workbook.getSheet(sheet)), taxonomy);
    }
  }

  /** Concepts C0, C1, ... one per caption, all of one kind; per-share captions say "per share". */
  private static Taxonomy taxonomy(PeriodType period, String... captions) {
    Taxonomy.Builder builder = Taxonomy.builder().fiscalYearEnd(java.time.MonthDay.of(3, 31));
    for (int i = 0; i < captions.length; i++) {
      ItemType type = captions[i].contains("per share") ? ItemType.PER_SHARE : ItemType.MONETARY;
      builder.add(TestTaxonomy.concept("C" + i, type, period, Balance.NONE, TestTaxonomy.label(captions[i])));
    }
    return builder.build();
  }

  @Test
  void scalesTheBalanceSheetByAThousand() throws IOException {
    Taxonomy taxonomy = taxonomy(PeriodType.INSTANT,
        "Cash", "Finance receivables, net", "Assets held for resale", "Income taxes receivable",
        "Prepaid expenses and other assets", "Property and equipment, net", "Interest rate swap agreements",
        "Deferred income taxes", "Total assets", "Line of credit", "Drafts payable",
        "Accounts payable and accrued expenses", "Deferred revenues", "Total liabilities",
        "Common stock, no par: 50,000 shares authorized; 12,599 and 12,524 shares issued, respectively; and 7,885"
            + " and 7,810 shares outstanding, respectively",
        "Treasury stock: 4,714 common shares, at cost", "Retained earnings", "Total shareholders' equity",
        "Total liabilities and shareholders' equity");

    List<Fact> facts = readSheet("Consolidated Balance Sheets", taxonomy);

    assertThat(facts.size(), equalTo(37));
    String at = "@ " + NAME + "!Consolidated Balance Sheets!";
    assertThat(Facts.describe(List.of(facts.get(0), facts.get(1), facts.get(15), facts.get(36))), contains(
        "C0 2017-12-31 3082000 USD d=-3 " + at + "B3",
        "C0 2017-03-31 2855000 USD d=-3 " + at + "C3",
        "C8 2017-12-31 296190000 USD d=-3 " + at + "B11",
        "C18 2017-03-31 333612000 USD d=-3 " + at + "C24"));
  }

  @Test
  void readsTheTwoRowHeaderOfTheIncomeStatement() throws IOException {
    Taxonomy taxonomy = taxonomy(PeriodType.DURATION,
        "Interest and fee income on finance receivables", "Marketing", "Salaries and employee benefits",
        "Administrative", "Provision for credit losses", "Depreciation", "Interest expense",
        "Change in fair value of interest rate swap agreements", "Total expenses",
        "Operating income before income taxes", "Income tax expense", "Net income (loss)",
        "Basic (in dollars per share)", "Diluted (in dollars per share)");

    List<Fact> facts = readSheet("Consolidated Statements of Inco", taxonomy);

    String at = "@ " + NAME + "!Consolidated Statements of Inco!";
    assertThat(Facts.describe(facts.subList(0, 4)), contains(
        "C0 2017-10-01/2017-12-31 20526000 USD d=-3 " + at + "B4",
        "C0 2016-10-01/2016-12-31 22044000 USD d=-3 " + at + "C4",
        "C0 2017-04-01/2017-12-31 64062000 USD d=-3 " + at + "D4",
        "C0 2016-04-01/2016-12-31 67606000 USD d=-3 " + at + "E4"));
    assertThat(Facts.describe(facts.get(facts.size() - 1)), equalTo(
        "C13 2016-04-01/2016-12-31 0.83 USD/share d=2 " + at + "E19"));
  }
}
