package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the CLI on the bundled sample (spreadsheets/ and rules/ of this repository). */
class CheckCommandTest {
  private static final Path SAMPLE_WORKBOOK = Path.of("spreadsheets", "entree-gold-2013.xlsx");
  private static final Path SAMPLE_CSV = Path.of("spreadsheets", "entree-gold-balance-sheets.csv");

  /** The real differences between the MD&A's quarterly and annual tables, reported − computed. */
  private static final Set<String> SAMPLE_FAILURES = Set.of(
      "IS-Q2Y 2012-01-01/2012-12-31 ExplorationExpense -267452",
      "IS-Q2Y 2012-01-01/2012-12-31 GeneralAndAdministrativeExpense -1091080",
      "IS-Q2Y 2013-01-01/2013-12-31 ExplorationExpense -294676",
      "IS-Q2Y 2013-01-01/2013-12-31 GeneralAndAdministrativeExpense -1230562");

  private static JsonObject json(CliRun run) {
    return JsonParser.parseString(run.out()).getAsJsonObject();
  }

  private static Stream<JsonObject> findings(JsonObject report) {
    JsonArray all = report.getAsJsonArray("findings");
    return all.asList().stream().map(JsonElement::getAsJsonObject);
  }

  /** {@code rule period concept variance} of every FAIL, the concept being the reported fact's. */
  private static Set<String> failures(JsonObject report) {
    Set<String> result = new TreeSet<>();
    findings(report)
        .filter(f -> f.get("status").getAsString().equals("FAIL"))
        .forEach(f -> result.add(f.get("rule").getAsString() + " " + f.get("period").getAsString() + " "
            + reportedConcept(f) + " " + f.get("variance").getAsString()));
    return result;
  }

  private static String reportedConcept(JsonObject finding) {
    return finding.getAsJsonArray("facts").get(0).getAsJsonObject().get("concept").getAsString();
  }

  private static String status(JsonObject report, String rule, String period, String concept) {
    List<String> statuses = findings(report)
        .filter(f -> f.get("rule").getAsString().equals(rule) && f.get("period").getAsString().equals(period))
        .filter(f -> concept == null || reportedConcept(f).equals(concept))
        .map(f -> f.get("status").getAsString())
        .toList();
    assertThat(rule + " " + period + " " + concept + " should be checked exactly once", statuses.size(), is(1));
    return statuses.get(0);
  }

  @Test
  void sampleReportListsExactlyTheRealDifferences() {
    CliRun run = CliRun.of("check", "--format", "json");

    assertThat(run.err(), is(""));
    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    JsonObject report = json(run);
    assertThat(report.getAsJsonObject("summary").toString(),
        is("{\"checks\":120,\"passed\":100,\"failed\":4,\"warnings\":0,\"notEvaluated\":16,\"unreadable\":0}"));
    assertThat(failures(report), is(new TreeSet<>(SAMPLE_FAILURES)));
  }

  @Test
  void sampleTiesWhereTheDocumentTies() {
    JsonObject report = json(CliRun.of("check", "--format", "json"));

    assertThat(status(report, "BS-WC", "2013-12-31", null), is("PASS"));
    assertThat(status(report, "BS-WC", "2012-12-31", null), is("PASS"));
    assertThat(status(report, "MP-REGION", "2013-01-01/2013-12-31", null), is("PASS"));
    assertThat(status(report, "MP-REGION", "2012-01-01/2012-12-31", null), is("PASS"));
    for (String concept : List.of("NetIncomeLoss", "InterestIncome", "InterestExpense", "ForeignExchangeLossGain",
        "DeferredIncomeTaxExpenseBenefit")) {
      assertThat(status(report, "IS-Q2Y", "2013-01-01/2013-12-31", concept), is("PASS"));
      assertThat(status(report, "IS-Q2Y", "2012-01-01/2012-12-31", concept), is("PASS"));
    }
    // Per-share figures do not add across periods: never rolled up, so never failed on rounding.
    assertThat(findings(report).filter(f -> f.get("status").getAsString().equals("FAIL"))
        .flatMap(f -> f.getAsJsonArray("facts").asList().stream())
        .map(fact -> fact.getAsJsonObject().get("unit").getAsString())
        .filter(unit -> unit.equals("USD/share"))
        .toList(), is(empty()));
  }

  @Test
  void workingCapitalCheckShowsBothSidesAndTheirCells() {
    JsonObject wc = findings(json(CliRun.of("check", "--format", "json")))
        .filter(f -> f.get("rule").getAsString().equals("BS-WC") && f.get("period").getAsString().equals("2013-12-31"))
        .findFirst().orElseThrow();

    assertThat(wc.get("reported").getAsString(), is("46394496"));
    assertThat(wc.get("computed").getAsString(), is("46394496"));
    assertThat(wc.get("variance").getAsString(), is("0"));
    assertThat(wc.get("tolerance").getAsString(), is("1.5"));
    List<String> sources = wc.getAsJsonArray("facts").asList().stream()
        .map(f -> f.getAsJsonObject().get("concept").getAsString() + " " + f.getAsJsonObject().get("weight").getAsString()
            + " " + f.getAsJsonObject().get("source").getAsString())
        .toList();
    assertThat(sources, is(List.of(
        "WorkingCapital 1 entree-gold-2013.xlsx!Selected Annual!B6",
        "AssetsCurrent 1 entree-gold-balance-sheets.csv:21",
        "AccountsPayableAndAccruedLiabilities -1 entree-gold-balance-sheets.csv:51")));
  }

  @Test
  void changingOneCellFailsExactlyTheChecksThatUseIt(@TempDir Path dir) throws IOException {
    Path workbook = dir.resolve("entree-gold-2013.xlsx");
    try (InputStream in = Files.newInputStream(SAMPLE_WORKBOOK); Workbook wb = new XSSFWorkbook(in)) {
      Cell interestIncomeQ3 = wb.getSheet("Quarterly 2013").getRow(9).getCell(2); // C10
      assertThat(interestIncomeQ3.getNumericCellValue(), is(140418.0));
      interestIncomeQ3.setCellValue(150418);
      try (OutputStream out = Files.newOutputStream(workbook)) {
        wb.write(out);
      }
    }
    Files.copy(SAMPLE_CSV, dir.resolve(SAMPLE_CSV.getFileName()));

    CliRun run = CliRun.of("check", dir.toString(), "--format", "json");

    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    JsonObject report = json(run);
    Set<String> expected = new TreeSet<>(SAMPLE_FAILURES);
    expected.add("IS-Q2Y 2013-01-01/2013-12-31 InterestIncome -10000");
    expected.add("IS-NL-Q 2013-07-01/2013-09-30 NetIncomeLoss -10000");
    assertThat(failures(report), is(expected));
    findings(report)
        .filter(f -> f.get("status").getAsString().equals("FAIL"))
        .filter(f -> !SAMPLE_FAILURES.contains(f.get("rule").getAsString() + " " + f.get("period").getAsString() + " "
            + reportedConcept(f) + " " + f.get("variance").getAsString()))
        .forEach(f -> assertThat(f.toString(), f.getAsJsonArray("facts").asList().stream()
            .map(x -> x.getAsJsonObject().get("source").getAsString()).toList(),
            hasItem("entree-gold-2013.xlsx!Quarterly 2013!C10")));
  }

  @Test
  void misspelledConceptInARuleFileIsACompilerStyleErrorAndExit2(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectory(rules);
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Path balance = rules.resolve("balance-sheet.rules");
    List<String> lines = Files.readAllLines(balance, StandardCharsets.UTF_8);
    int index = lines.indexOf("  assert Assets = LiabilitiesAndStockholdersEquity");
    assertThat("the sample rule to misspell", index, not(-1));
    lines.set(index, "  assert Asets = LiabilitiesAndStockholdersEquity");
    Files.write(balance, lines, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", "--rules", rules.toString());

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.out(), is(""));
    assertThat(run.err(), is(balance + ":" + (index + 1) + ":10: error: unknown concept 'Asets'; did you mean 'Assets'?\n"
        + "    assert Asets = LiabilitiesAndStockholdersEquity\n"
        + "           ^\n"));
  }

  @Test
  void textReportStartsWithTheSummaryLine() {
    CliRun run = CliRun.of("check");

    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out(), startsWith("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated\n\n"
        + "FAIL IS-Q2Y (error) The four quarters of the selected quarterly data sum to the year\n"));
    assertThat(run.out(), containsString("     variance    -294,676  tolerance 2.5\n"));
  }

  @Test
  void outputIsWrittenToAFileAndTheSummaryToStandardOutput(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.csv");

    CliRun run = CliRun.of("check", "--format", "csv", "--output", report.toString());

    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out(), is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated; report written to "
        + report + "\n"));
    List<String> lines = Files.readAllLines(report);
    assertThat("120 checks, 5 flux comparisons and 8 sheets' coverage", lines.size(), is(134));
    assertThat(lines.get(0), is("\uFEFFrule,severity,status,message,entity,period,dimensions,reported,computed,variance,"
        + "tolerance,reason,facts,explanations,section"));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat("no temporary file is left behind", left.map(p -> p.getFileName().toString()).toList(),
          is(List.of("report.csv")));
    }
  }

  @Test
  void refusesToWriteTheReportOverAnInput(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("facts.csv");
    Files.copy(SAMPLE_CSV, csv);
    byte[] before = Files.readAllBytes(csv);

    CliRun run = CliRun.of("check", dir.toString(), "--output", csv.toString());

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is(csv + ": error: --output would overwrite an input spreadsheet; tieout never writes to its "
        + "inputs, choose another file\n"));
    assertThat(Files.readAllBytes(csv), is(before));
  }

  @Test
  void outputIntoAMissingFolderIsAUserError(@TempDir Path dir) {
    Path report = dir.resolve("no-such-folder").resolve("report.json");

    CliRun run = CliRun.of("check", "--format", "json", "--output", report.toString());

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is(report + ": error: cannot write here: the folder " + report.getParent()
        + " does not exist; create it or choose another file\n"));
  }

  @Test
  void missingInputIsAUserError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");

    CliRun run = CliRun.of("check", missing.toString());

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), startsWith(missing + ": error: "));
    assertThat(run.err(), not(containsString("Exception")));
  }

  @Test
  void badFlagsAreUsageErrors() {
    CliRun unknown = CliRun.of("check", "--bogus");
    assertThat(unknown.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(unknown.err(), startsWith("tieout: Unknown option: '--bogus'\n"));
    assertThat(unknown.err(), containsString("Run 'tieout check --help' for usage.\n"));

    CliRun format = CliRun.of("check", "--format", "pdf");
    assertThat(format.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(format.err(), startsWith("tieout: Invalid value for option '--format': expected one of [TEXT, JSON, CSV, HTML]"
        + " (case-insensitive) but was 'pdf'\n"));
  }

  @Test
  void versionAndHelp() {
    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode(), is(ExitCodes.OK));
    assertThat(version.out(), is("tieout (development build)\n"));

    CliRun help = CliRun.of("check", "--help");
    assertThat(help.exitCode(), is(ExitCodes.OK));
    assertThat(help.out(), containsString("--fail-on=SEVERITY"));
  }
}
