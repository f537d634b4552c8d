package tieout.load.files;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.report.Summary;
import tieout.rules.RulesLoader;
import tieout.run.RunResult;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;
import tieout.testing.SharedData;

/**
 * The real EDGAR workbook with the shipped us-gaap rules (issue 5): it loads without errors in the
 * presentation layout, "$ in Thousands" applied, the filer's own captions adopted as concepts, and
 * the balance sheet ties.
 */
class EdgarWorkbookWithUsGaapTest {
  /** Skips the test, with a reason, when ../shared is absent. */
  private static Path file() {
    return SharedData.require("data/sec-financial-report/NICK_10-Q_FY2018Q3_Financial_Report.xlsx");
  }
  private static final Path RULES = Path.of("rules/us-gaap");
  private static final String AT = "@ NICK_10-Q_FY2018Q3_Financial_Report.xlsx!Consolidated Balance Sheets!";

  @Test
  void loadsWithoutErrorsWithTheScaleApplied() {
    Taxonomy taxonomy = RulesLoader.load(RULES).taxonomy();

    LoadedLedger loaded = LedgerLoader.load(List.of(file()), taxonomy, LoadOptions.within(Limits.DEFAULT));

    List<Fact> balanceSheet = loaded.ledger().facts().stream()
        .filter(f -> f.source().sheet().equals(Optional.of("Consolidated Balance Sheets")))
        .toList();
    assertThat(balanceSheet.size(), is(37));
    assertThat(Facts.describe(List.of(balanceSheet.get(0), balanceSheet.get(1), balanceSheet.get(15),
        balanceSheet.get(36))), contains(
            "Cash 2017-12-31 3082000 USD d=-3 " + AT + "B3",
            "Cash 2017-03-31 2855000 USD d=-3 " + AT + "C3",
            "Assets 2017-12-31 296190000 USD d=-3 " + AT + "B11",
            "LiabilitiesAndStockholdersEquity 2017-03-31 333612000 USD d=-3 " + AT + "C24"));
    // The notes' pages adopt their captions too (EDGAR R pages: a note reuses the statements' captions).
    assertThat(loaded.notices().size(), is(2));
    assertThat(loaded.notices().get(0).message(), equalTo(
        "16 pages of text only (notes, policies, cover), nothing to check: Basis of Presentation, Revenue"
            + " Recognition, Earnings Per Share, Finance Receivables, Line of Credit, ..."));
    assertThat(loaded.notices().get(1).message(), equalTo(
        "183 captions not declared in the taxonomy became concepts of their own (undeclared-captions adopt):"
            + " EntityCentralIndexKey, EntityCommonStockSharesOutstanding, DocumentFiscalYearFocus, ...;"
            + " add labels to the taxonomy's concepts to check them with its rules"));
  }

  @Test
  void theBalanceSheetTiesAtBothDates() {
    RunResult result = Runs.run(List.of(file()), RULES);

    assertThat(Summary.of(result.findings()).line(),
        is("16 checks: 12 passed, 0 failed, 0 warnings, 4 not evaluated"));
    assertThat(result.findings().stream()
        .filter(f -> f.rule().equals("BS-TIE"))
        .map(f -> f.period() + " " + f.status() + " " + f.reported().orElseThrow().toPlainString())
        .toList(), contains("2017-03-31 PASS 333612000", "2017-12-31 PASS 296190000"));
  }
}
