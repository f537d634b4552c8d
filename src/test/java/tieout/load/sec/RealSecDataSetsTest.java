package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.ledger.Fact;
import tieout.report.Summary;
import tieout.rules.Severity;
import tieout.run.RunResult;
import tieout.testing.Runs;
import tieout.testing.SharedData;

/**
 * The three real SEC data sets of ../shared/data/sec-fsds through the whole pipeline with the
 * shipped rules/us-gaap: exact counts, every error-severity FAIL (none remain: each one seen before
 * was judged and fixed at its cause, see docs/design.md), balance sheets known to tie, and the two
 * SEC layouts of 2010q1 agreeing. Skips when ../shared is absent.
 */
class RealSecDataSetsTest {
  private static final Map<String, RunResult> RUNS = new HashMap<>();

  private static synchronized RunResult run(String zip) {
    Path path = SharedData.require("data/sec-fsds/" + zip);
    return RUNS.computeIfAbsent(zip, z -> Runs.run(List.of(path), Path.of("rules/us-gaap")));
  }

  /** checks, passed, failed, warnings, not evaluated, facts. */
  private static String counts(RunResult r) {
    Summary s = Summary.of(r.findings());
    return s.checks() + " checks, " + s.passed() + " passed, " + s.failed() + " failed, " + s.warnings()
        + " warnings, " + s.notEvaluated() + " not evaluated; " + r.ledger().size() + " facts";
  }

  /** Every error-severity FAIL: rule, entity, period, dimensions, reported, computed. */
  private static List<String> errorFailures(RunResult r) {
    return r.findings().stream()
        .filter(f -> f.status() == Status.FAIL && f.severity() == Severity.ERROR)
        .map(f -> f.rule() + " | " + f.entity() + " | " + f.period() + " | " + f.dimensions() + " | "
            + f.reported().map(v -> v.toPlainString()).orElse("-") + " | "
            + f.computed().map(v -> v.toPlainString()).orElse("-"))
        .toList();
  }

  /** The findings of {@code rule} for the entity whose name contains {@code entity}: status period [dims] reported. */
  private static List<String> findings(RunResult r, String rule, String entity) {
    return r.findings().stream()
        .filter(f -> f.rule().equals(rule) && f.entity().contains(entity))
        .map(RealSecDataSetsTest::line)
        .toList();
  }

  private static String line(Finding f) {
    return f.status() + " " + f.period() + (f.dimensions().isEmpty() ? "" : " [" + f.dimensions() + "]") + " "
        + f.reported().map(v -> v.toPlainString()).orElse("-");
  }

  @Test
  void quarter2010q1InTheOlderLayout() {
    RunResult r = run("2010q1.zip");
    // 151,692 num rows: 6,871 of them nil (empty value) and left out.
    assertThat(counts(r), is("4010 checks, 1116 passed, 0 failed, 34 warnings, 2860 not evaluated; 151656 facts"));
    // No error FAIL remains. Before: 34 BS-ASSETS/BS-LIABILITIES errors, all partial subtotals
    // (e.g. AK Steel tags "Total other assets" 617.9M as AssetsNoncurrent, its PP&E net 2,061.3M
    // is the difference): now warnings, each explained by the untagged line.
    assertThat(errorFailures(r), is(empty()));
    assertThat(findings(r, "BS-TIE", "AK STEEL"), contains("PASS 2008-12-31 4682000000", "PASS 2009-12-31 4274700000"));
    assertThat(findings(r, "BS-ASSETS", "AK STEEL"), contains("FAIL 2008-12-31 4682000000", "FAIL 2009-12-31 4274700000"));
    assertThat(r.explanationsOf(r.findings().stream()
            .filter(f -> f.rule().equals("BS-ASSETS") && f.entity().contains("AK STEEL")).findFirst().orElseThrow())
        .stream().map(e -> e.facts().get(0).fact().concept().name() + " " + e.sum().toPlainString()).toList(),
        contains("PropertyPlantAndEquipmentNet 2061300000"));
    // A partnership's total is LiabilitiesAndPartnersCapital; a co-registrant LLC's, its members' equity.
    assertThat(findings(r, "BS-TIE-PARTNERS", "BOARDWALK"), contains("PASS 2008-12-31 6721600000",
        "PASS 2009-12-31 6895800000"));
    assertThat(findings(r, "BS-TIE-MEMBERS", "EXELON"), contains(
        "PASS 2008-12-31 [LegalEntity=ExelonGenerationCoLLC] 20084000000",
        "PASS 2009-12-31 [LegalEntity=ExelonGenerationCoLLC] 22406000000"));
    // Target's 10-K (prevrpt 1: amended later in the quarter) and its 10-K/A are two entities,
    // each checked on its own; their figures are never compared with each other.
    assertThat(r.findings().stream().filter(f -> f.rule().equals("BS-TIE") && f.entity().startsWith("TARGET CORP"))
        .map(f -> f.entity() + " " + line(f)).toList(), contains(
            "TARGET CORP (CIK 27419, 0001047469-10-002121, amended later) PASS 2009-01-31 44106000000",
            "TARGET CORP (CIK 27419, 0001047469-10-002121, amended later) PASS 2010-01-31 44533000000",
            "TARGET CORP (CIK 27419, 0001047469-10-002408, 10-K/A) PASS 2009-01-31 44106000000",
            "TARGET CORP (CIK 27419, 0001047469-10-002408, 10-K/A) PASS 2010-01-31 44533000000"));
    assertThat(r.findings().stream().filter(f -> f.rule().equals("DUPLICATE") && f.entity().startsWith("TARGET")
        && f.status() != Status.PASS).toList(), is(empty()));
    // Baidu reports in CNY with a USD convenience translation (num.txt: Assets and
    // LiabilitiesAndStockholdersEquity CNY 3,937,991,000 and 6,156,975,000, USD 902,002,000 at
    // 2009-12-31): each currency ties on its own, and no figure is a duplicate of its translation.
    assertThat(findings(r, "BS-TIE", "BAIDU"), contains("PASS 2008-12-31 3937991000", "PASS 2009-12-31 6156975000",
        "PASS 2009-12-31 [Currency=USD] 902002000"));
    assertThat(r.findings().stream().filter(f -> f.rule().equals("DUPLICATE") && f.entity().contains("BAIDU")
        && f.status() != Status.PASS).toList(), is(empty()));
  }

  @Test
  void quarter2010q1InThe2024Layout() {
    RunResult r = run("2010q1-with-segments.zip");
    assertThat(counts(r), is("4108 checks, 1122 passed, 0 failed, 34 warnings, 2952 not evaluated; 194583 facts"));
    assertThat(errorFailures(r), is(empty()));
    assertThat(findings(r, "BS-TIE", "AK STEEL"), contains("PASS 2008-12-31 4682000000", "PASS 2009-12-31 4274700000"));
    assertThat(findings(r, "BS-TIE-MEMBERS", "EXELON"), contains(
        "PASS 2008-12-31 [LegalEntity=ExelonGenerationCoLLC] 20084000000",
        "PASS 2009-12-31 [LegalEntity=ExelonGenerationCoLLC] 22406000000"));
  }

  @Test
  void dailySet20250701() {
    RunResult r = run("20250701.zip");
    assertThat(counts(r), is("82 checks, 38 passed, 0 failed, 0 warnings, 44 not evaluated; 1545 facts"));
    assertThat(errorFailures(r), is(empty()));
    assertThat(findings(r, "BS-TIE", "MSC INDUSTRIAL"), contains("PASS 2024-08-31 2462313000",
        "PASS 2025-05-31 2475594000"));
  }

  private static final java.util.regex.Pattern ADSH = java.util.regex.Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

  /** The filing's accession number in an entity's name (the name also tells amendments, which the releases flag differently). */
  private static String adsh(String entity) {
    java.util.regex.Matcher m = ADSH.matcher(entity);
    return m.find() ? m.group() : entity;
  }

  @Test
  void aSignErrorPlantedInARealFilingIsAnErrorFail(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // AK Steel's total assets at 2009-12-31 (num.txt line 8824) printed negative: the balance sheet
    // no longer ties, an error FAIL; nothing else in the quarter turns into one.
    Path real = SharedData.require("data/sec-fsds/2010q1.zip");
    String sub;
    String num;
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(real.toFile())) {
      sub = new String(zip.getInputStream(zip.getEntry("sub.txt")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      num = new String(zip.getInputStream(zip.getEntry("num.txt")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String line = "0000918160-10-000011\tAssets\tus-gaap/2009\t\t20091231\t0\tUSD\t4274700000.0000\t\n";
    assertThat(num.indexOf(line) >= 0, is(true));
    Path planted = SecZips.write(dir.resolve("2010q1.zip"), sub, num.replace(line, line.replace("\t4274700000", "\t-4274700000")));

    RunResult r = Runs.run(List.of(planted), Path.of("rules/us-gaap"));

    assertThat(errorFailures(r), contains("BS-TIE | AK STEEL HOLDING CORP (CIK 918160, 0000918160-10-000011) | 2009-12-31 |  "
        + "| -4274700000 | 4274700000"));
  }

  /** A fact without its source line: what both layouts must agree on. */
  private static String identity(Fact f) {
    return adsh(f.entity()) + " | " + f.concept().name() + " | " + f.period() + " | " + f.unit() + " | " + f.dimensions()
        + " | " + f.decimals() + " | " + f.value().orElseThrow().toPlainString();
  }

  @Test
  void bothLayoutsOf2010q1AgreeOnFilingsAndOnFactsWithoutSegments() {
    List<Fact> older = run("2010q1.zip").ledger().facts();
    List<Fact> newer = run("2010q1-with-segments.zip").ledger().facts();
    Set<String> olderFilings = older.stream().map(f -> adsh(f.entity())).collect(Collectors.toCollection(TreeSet::new));
    Set<String> newerFilings = newer.stream().map(f -> adsh(f.entity())).collect(Collectors.toCollection(TreeSet::new));
    assertThat(olderFilings.size(), is(495));
    assertThat(newerFilings, is(olderFilings));
    // The older layout has no segments: its facts are the newer layout's without dimensions, and
    // the co-registrants' (LegalEntity alone), a second currency's set apart in both.
    Set<String> olderFacts = older.stream().map(RealSecDataSetsTest::identity).collect(Collectors.toCollection(TreeSet::new));
    Set<String> newerFacts = newer.stream()
        .filter(f -> Set.of("LegalEntity").containsAll(f.dimensions().without(Currencies.AXIS).members().keySet()))
        .map(RealSecDataSetsTest::identity).collect(Collectors.toCollection(TreeSet::new));
    Set<String> onlyOlder = new TreeSet<>(olderFacts);
    onlyOlder.removeAll(newerFacts);
    Set<String> onlyNewer = new TreeSet<>(newerFacts);
    onlyNewer.removeAll(olderFacts);
    // Every fact of the re-release is in the older layout, with the same value, decimals and
    // dimensions (the co-registrant's LegalEntity included).
    assertThat(onlyNewer, is(empty()));
    // The re-release leaves out the cover page (dei: EntityPublicFloat, EntityCommonStockShares-
    // Outstanding, ...) and some rows SEC dropped (e.g. AmerisourceBergen's AmortizationOfIntangible-
    // Assets for the quarters to 2008-12-31 and 2009-12-31: in the 2021 num.txt, not in the 2024 one).
    // Counted on the raw files (adsh, tag, ddate, qtrs, uom, coreg, value of the rows with a value
    // and no segment but the co-registrant's): 1,903 rows of the older num.txt are not in the newer,
    // 935 of them cover-page tags, and none the other way.
    long cover = onlyOlder.stream().filter(s -> s.contains(" | Entity")).count();
    assertThat(cover + " cover-page facts and " + (onlyOlder.size() - cover) + " others only in the older layout",
        is("935 cover-page facts and 968 others only in the older layout"));
  }
}
