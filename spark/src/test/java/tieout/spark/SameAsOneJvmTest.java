package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.report.Summary;
import tieout.testing.Runs;
import tieout.run.RunResult;
import tieout.testing.SharedData;

/**
 * The same inputs through {@code tieout check}'s run on one JVM and through the Spark job (local[2],
 * shuffled by filing or entity): the same findings, line for line, and the same counts. Every SEC
 * data set of ../shared/data/sec-fsds (skipped when ../shared is absent), one of them extracted
 * into a folder, and a generated tidy CSV ledger split into parts.
 */
class SameAsOneJvmTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.session("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static SparkCheck.Outcome job(Path input, Path rules, Path out) {
    return SparkCheck.run(spark, InputListing.of(List.of(input.toString()), Map.of()), RulesText.read(rules),
        out.toString(), 3);
  }

  private static void assertSameCounts(RunResult one, SparkCheck.Outcome outcome) {
    Summary s = Summary.of(one.findings());
    assertEquals(s.line() + Summary.unreadable(one.unreadable().size()),
        outcome.line().substring(0, outcome.line().lastIndexOf(';')));
    assertEquals(one.ledger().facts().stream().map(f -> f.entity()).distinct().count(), outcome.filings());
  }

  @ParameterizedTest
  @ValueSource(strings = {"20250701.zip", "2010q1.zip", "2010q1-with-segments.zip"})
  void sameFindings(String zip, @TempDir Path out) {
    Path path = SharedData.require("data/sec-fsds/" + zip);
    RunResult one = Runs.run(List.of(path), SparkRuns.RULES);
    SparkCheck.Outcome outcome = job(path.toAbsolutePath(), SparkRuns.RULES, out);
    assertEquals(SparkRuns.checked(one), SparkRuns.written(spark, out));
    assertSameCounts(one, outcome);
  }

  /**
   * A daily set extracted into a folder, a malformed line added to its num.txt: the findings of
   * {@code check} on the same files zipped, the bad line named in the folder ({@code 20250701/num.txt:N}).
   */
  @Test
  void extractedFolder(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("20250701"));
    Path zip = dir.resolve("20250701.zip");
    try (ZipFile from = new ZipFile(SharedData.require("data/sec-fsds/20250701.zip").toFile());
        OutputStream file = Files.newOutputStream(zip); ZipOutputStream to = new ZipOutputStream(file)) {
      for (ZipEntry e : java.util.Collections.list(from.entries())) {
        byte[] bytes;
        try (InputStream in = from.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (e.getName().equals("num.txt")) {
          bytes = (new String(bytes, StandardCharsets.UTF_8) + "0001234567-25-000001\tAssets\n")
              .getBytes(StandardCharsets.UTF_8);
        }
        Files.write(folder.resolve(e.getName()), bytes);
        to.putNextEntry(new ZipEntry(e.getName()));
        to.write(bytes);
      }
    }
    RunResult one = Runs.run(List.of(zip), SparkRuns.RULES);
    assertEquals(1, one.unreadable().size());
    Path out = dir.resolve("out");
    SparkCheck.Outcome outcome = job(folder, SparkRuns.RULES, out);

    Set<String> expected = SparkRuns.checked(one).stream().map(l -> l.replace("20250701.zip!num.txt:", "20250701/num.txt:"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, SparkRuns.written(spark, out));
    assertEquals(1, expected.stream().filter(l -> l.contains("| 20250701/num.txt:1600: expected")).count(), expected.toString());
    assertSameCounts(one, outcome);
    assertEquals(1, outcome.exitCode(false));
  }

  /**
   * A ledger from {@code tieout generate --facts 3000 --errors 6}, its tidy CSV split into three
   * files at lines that cut entities in two (as a cluster's CSV output would be), in a folder with a
   * {@code _SUCCESS} marker: the error-severity failures are exactly the planted ones of the
   * manifest, and all findings are those of {@code check} on the same folder. Needs no ../shared.
   */
  @Test
  void tidyCsvInParts(@TempDir Path dir) throws IOException {
    Path generated = dir.resolve("generated");
    Path ledger = Generator.write(new SyntheticLedger(3_000, 6, 3), Generator.Format.CSV, generated);
    List<String> lines = Files.readAllLines(ledger);
    Path parts = Files.createDirectory(dir.resolve("parts"));
    int size = (lines.size() - 1 + 2) / 3;
    for (int p = 0; p < 3; p++) {
      List<String> part = new ArrayList<>(List.of(lines.get(0)));
      part.addAll(lines.subList(1 + p * size, Math.min(lines.size(), 1 + (p + 1) * size)));
      Files.write(parts.resolve("part-0000" + p + ".csv"), part);
    }
    Files.writeString(parts.resolve("_SUCCESS"), "");
    Path rules = generated.resolve("rules");
    Set<String> planted = new TreeSet<>();
    List<String> manifest = Files.readAllLines(generated.resolve("manifest.csv"));
    for (String m : manifest.subList(1, manifest.size())) {
      String[] f = m.split(",", -1); // plant,entity,...,rule,check_period,check_dimensions
      planted.add(String.join(" | ", f[7], f[1], f[8], f[9]));
    }

    Path out = dir.resolve("out");
    SparkCheck.Outcome outcome = job(parts, rules, out);

    Set<String> found = new TreeSet<>();
    for (org.apache.spark.sql.Row r : spark.read().parquet(out.resolve("findings.parquet").toString())
        .where("status = 'FAIL' and severity = 'error'").collectAsList()) {
      FindingRow f = FindingRow.fromRow(r);
      found.add(String.join(" | ", f.rule(), f.entity(), f.period(), f.dimensions()));
    }
    assertEquals(planted, found);
    assertEquals(planted.size(), outcome.failed());
    RunResult one = Runs.run(List.of(parts), rules);
    assertEquals(SparkRuns.checked(one), SparkRuns.written(spark, out));
    assertSameCounts(one, outcome);
  }
}
