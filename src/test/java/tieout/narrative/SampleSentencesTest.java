package tieout.narrative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.report.Summary;
import tieout.run.RunResult;
import tieout.testing.Runs;

/**
 * Sentences an MD&A might write about the bundled sample, against its real ledger: every figure
 * that agrees is TIED (a year by its number, a caption after the amount, a region, a month, a
 * qualified part that is exactly a quarter), changes and parts are not flagged, and three wrong
 * figures are caught with their typo named.
 */
class SampleSentencesTest {
  @TempDir Path tmp;

  private static final List<String> PARAGRAPHS = List.of(
        "Net loss in 2013 was $11,422,025 compared to $15,196,129 in 2012.",
        "For fiscal 2013, general and administrative expenses were $5,510,641.",
        "Exploration expenses decreased by $2,000,000 in 2013.",
        "There was a decrease of $1,214,841 in general and administrative expenses.",
        "For the year ended December 31, 2013, Entrée incurred $1,941,130 in consultancy and advisory fees, compared to $Nil in 2012.",
        "During the three months ended December 31, 2013, Entrée recorded a gain on sale of mineral property interest of $451,892.",
        "For the year ended December 31, 2013, Entrée recorded interest income of $431,596, primarily on its cash balances.",
        "During the year ended December 31, 2013, stock-based compensation of $294,676 was included in exploration.",
        "In December 2013, the Company recorded a current income tax expense of $319,112.",
        "For the year ended December 31, 2013, total costs were $6,102,992, of which $1,355,493 was in Mongolia.",
        "For the year ended December 31, 2013, mineral property expenditures in the US were $3,940,264.",
        "The net loss for the year ended December 31, 2013 was $11.4 million.",
        "For the year ended December 31, 2013, net loss was approximately $11 million.",
        "During the year ended December 31, 2013, foreign exchange gain was $1,113,728.",
        "As at December 31, 2013, total assets were $97.4 million compared to $64.2 million at December 31, 2012.",
        "For the year ended December 31, 2013, depreciation was $102,941 (December 31, 2012 - $150,654).",
        "For the year ended December 31, 2013, interest expense of $64,256 related to the first quarter.",
        "The Company had an increase in working capital of $41,695,240 in 2013.",
        "For the year ended December 31, 2013, depreciation was $120,941.",
        "In the year ended December 31, 2013, Entrée recorded $2,318,868 of deferred income tax recovery.",
        "For the year ended December 31, 2013, interest income was $431,596 in Mongolia.");

  @Test
  void agreeingFiguresTieAndOnlyWrongOnesAreFlagged() throws IOException {
    Path prose = tmp.resolve("prose.md");
    Files.writeString(prose, String.join("\n\n", PARAGRAPHS) + "\n", StandardCharsets.UTF_8);
    RunResult result = Runs.run(List.of(Path.of("spreadsheets")), Path.of("rules"), Optional.of(prose));
    NarrativeResult n = result.narrative().orElseThrow();
    List<String> lines = NarrativeReport.ordered(n).stream()
        .map(c -> c.status() + " " + c.location().substring(prose.toString().length() + 1) + " " + c.amountText() + " "
            + c.concept().map(k -> k.name()).orElse("-") + " " + c.period().map(Object::toString).orElse("-"))
        .toList();
    assertThat(lines, contains(
        "CONTRADICTED 37:56 $120,941 Depreciation 2013-01-01/2013-12-31",
        "CONTRADICTED 39:54 $2,318,868 DeferredIncomeTaxExpenseBenefit 2013-01-01/2013-12-31",
        "TIED 1:22 $11,422,025 NetIncomeLoss 2013-01-01/2013-12-31",
        "TIED 1:46 $15,196,129 NetIncomeLoss 2012-01-01/2012-12-31",
        "TIED 3:59 $5,510,641 GeneralAndAdministrativeExpense 2013-01-01/2013-12-31",
        "TIED 9:55 $1,941,130 ConsultancyAndAdvisoryFees 2013-01-01/2013-12-31",
        "TIED 9:112 $Nil ConsultancyAndAdvisoryFees 2012-01-01/2012-12-31",
        "TIED 11:113 $451,892 GainOnSaleOfMineralPropertyInterest 2013-10-01/2013-12-31",
        "TIED 13:74 $431,596 InterestIncome 2013-01-01/2013-12-31",
        "TIED 17:72 $319,112 CurrentIncomeTaxExpense 2013-10-01/2013-12-31",
        "TIED 19:56 $6,102,992 MineralPropertyExpenditures 2013-01-01/2013-12-31",
        "TIED 21:84 $3,940,264 MineralPropertyExpenditures 2013-01-01/2013-12-31",
        "TIED 23:55 $11.4 million NetIncomeLoss 2013-01-01/2013-12-31",
        "TIED 25:66 $11 million NetIncomeLoss 2013-01-01/2013-12-31",
        "TIED 27:68 $1,113,728 ForeignExchangeLossGain 2013-01-01/2013-12-31",
        "TIED 29:44 $97.4 million Assets 2013-12-31",
        "TIED 29:70 $64.2 million Assets 2012-12-31",
        "TIED 31:56 $102,941 Depreciation 2013-01-01/2013-12-31",
        "TIED 31:86 $150,654 Depreciation 2012-01-01/2012-12-31",
        "TIED 33:59 $64,256 InterestExpense 2013-01-01/2013-03-31",
        "TIED 41:59 $431,596 InterestIncome 2013-01-01/2013-12-31",
        "UNTRACED 5:35 $2,000,000 - -",
        "UNTRACED 7:25 $1,214,841 - -",
        "UNTRACED 15:70 $294,676 StockBasedCompensation 2013-01-01/2013-12-31",
        "UNTRACED 19:77 $1,355,493 - -",
        "UNTRACED 35:51 $41,695,240 WorkingCapital 2013-12-31"));
    assertThat(Summary.of(result.findings()), equalTo(new Summary(120, 100, 4, 0, 16)));
  }
}
