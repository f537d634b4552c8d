package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.run.RunResult;
import tieout.testing.Runs;

/**
 * A generated set of four quarterly data sets, 40 filings each, whose balance sheets tie except
 * where an error is planted (total liabilities and equity 7,000 too high at the quarter's end):
 * the job finds exactly the planted ones, and the same findings as one JVM. Needs no ../shared.
 */
class PlantedErrorsTest {
  private static final String[] QUARTER_ENDS = {"20240331", "20240630", "20240930", "20241231"};
  private static final int FILINGS = 40;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.session("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static boolean planted(int quarter, int filing) {
    return (filing * 7 + quarter) % 11 == 3;
  }

  private static String adsh(int quarter, int filing) {
    return String.format("0000%06d-24-%06d", filing, quarter * 1000 + filing);
  }

  /** Writes quarter {@code q}'s data set; returns the BS-TIE failures planted in it, as the report lines them. */
  static List<String> writeQuarter(Path zip, int q) throws IOException {
    StringBuilder sub = new StringBuilder("adsh\tcik\tname\tform\tperiod\n");
    StringBuilder num = new StringBuilder("adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote\n");
    List<String> failures = new java.util.ArrayList<>();
    for (int f = 0; f < FILINGS; f++) {
      String adsh = adsh(q, f);
      sub.append(adsh).append('\t').append(f).append("\tCOMPANY ").append(f).append(" INC\t10-Q\t")
          .append(QUARTER_ENDS[q]).append('\n');
      for (String date : List.of(QUARTER_ENDS[q], "20231231")) {
        long liabilities = 1_000_000L * (f + 1) + 123_000L * q;
        long equity = 2_000_000L + 17_000L * f;
        long assets = liabilities + equity;
        long total = assets + (planted(q, f) && date.equals(QUARTER_ENDS[q]) ? 7_000 : 0);
        for (Object[] line : new Object[][] {{"Assets", assets}, {"Liabilities", liabilities},
            {"StockholdersEquity", equity}, {"LiabilitiesAndStockholdersEquity", total}}) {
          num.append(adsh).append('\t').append(line[0]).append("\tus-gaap/2024\t").append(date)
              .append("\t0\tUSD\t\t\t").append(line[1]).append("\t\n");
        }
        if (total != assets) {
          failures.add("BS-TIE | " + adsh + " | " + date.substring(0, 4) + "-" + date.substring(4, 6) + "-"
              + date.substring(6) + " | FAIL | " + assets + " | " + total + " | " + (assets - total));
        }
      }
    }
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("sub.txt"));
      out.write(sub.toString().getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("num.txt"));
      out.write(num.toString().getBytes(StandardCharsets.UTF_8));
    }
    return failures;
  }

  @Test
  void exactlyThePlantedErrors(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Set<String> planted = new TreeSet<>();
    for (int q = 0; q < QUARTER_ENDS.length; q++) {
      planted.addAll(writeQuarter(in.resolve("2024q" + (q + 1) + ".zip"), q));
    }
    assertEquals(15, planted.size());
    Path out = dir.resolve("out");
    SparkCheck.Outcome outcome = SparkCheck.run(spark, InputListing.of(List.of(in.toString()), java.util.Map.of()),
        RulesText.read(SparkRuns.RULES), out.toString(), 5);

    Set<String> found = new TreeSet<>();
    for (org.apache.spark.sql.Row r : spark.read().parquet(out.resolve("findings.parquet").toString())
        .where("status = 'FAIL' and severity = 'error'").collectAsList()) {
      FindingRow f = FindingRow.fromRow(r);
      found.add(String.join(" | ", f.rule(), f.filing(), f.period(), f.status(), f.reported(), f.computed(),
          f.variance()));
    }
    assertEquals(planted, found);
    assertEquals(15, outcome.failed());
    assertEquals(160, outcome.filings());
    assertEquals(1, outcome.exitCode(false));
    RunResult one = Runs.run(List.of(in), SparkRuns.RULES);
    assertEquals(SparkRuns.checked(one), SparkRuns.written(spark, out));
  }
}
