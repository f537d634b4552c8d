package tieout.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.history.HistoryStore;
import tieout.history.RunSummary;
import tieout.testing.Postgres;

/**
 * {@code tieout nightly} (the built target/tieout.jar, a process of its own) killed with SIGKILL
 * while it writes the history and while it writes its outputs, on SQLite and on a real PostgreSQL
 * server: the history is as before the run, no output is visible under its final name, and the
 * next run reports what an uninterrupted run reports. The job is held at the point of the kill by
 * its test-only pause ({@code -Dtieout.test.pause-at}, see PausePoint). Run by Failsafe in
 * {@code mvn verify}, after the jar is packaged.
 */
class KilledNightlyIT {
  private static final Path JAR = Path.of("target/tieout.jar").toAbsolutePath();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String SECOND_SUBJECT = "tieout: 1 new, 4 open, 1 resolved - Entrée Gold FY2013";
  /** The outputs every run writes into its folder (a dry run: the email is saved, not sent). */
  private static final List<String> OUTPUTS =
      List.of("findings.csv", "report.html", "variance.txt", "variance.html", "variance.eml");

  /** The second run's email of an uninterrupted job, from NEW on: what the run after a kill must say. */
  private static String uninterrupted;

  @BeforeAll
  static void uninterruptedSecondRun(@TempDir Path dir) throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run through mvn verify: " + JAR + " is built by package");
    Testbed bed = new Testbed(dir).config();
    Run first = run(bed, Map.of());
    assertThat(first.err(), first.code(), is(1));
    fixTheQuarter(bed);
    Run second = run(bed, Map.of());
    assertThat(second.err(), second.code(), is(1));
    assertThat(second.out(), containsString("tieout nightly: " + SECOND_SUBJECT + " (run 2)\n"));
    uninterrupted = fromNew(Files.readString(second.runDir().resolve("variance.txt")));
  }

  @ParameterizedTest(name = "{0}, killed while writing the {1}")
  @CsvSource({"sqlite, history", "sqlite, outputs", "postgresql, history", "postgresql, outputs"})
  void aKilledRunLeavesNoTraceAndTheNextRunReportsWhatItWouldHave(String database, String point, @TempDir Path dir)
      throws Exception {
    String history;
    Map<String, String> env;
    Testbed bed = new Testbed(dir);
    if (database.equals("postgresql")) {
      history = Postgres.newDatabase();
      env = Postgres.env();
      bed.config("history = " + history);
    } else {
      history = dir.resolve("out/history.db").toString();
      env = Map.of();
      bed.config();
    }
    Run first = run(bed, env);
    assertThat(first.err(), first.code(), is(1));
    fixTheQuarter(bed);
    List<RunSummary> before = HistoryStore.openExisting(history, env).runs(Optional.empty(), 10);
    assertThat(before.size(), is(1));

    killedAt(point, bed, env, dir.resolve("killed.err"));

    HistoryStore store = HistoryStore.openExisting(history, env);
    assertThat(store.runs(Optional.empty(), 10), is(before));
    assertThat(store.findings(1).size(), is(120));
    assertThat(store.findings(2).size(), is(0));
    // Outside the first run's folder only temporary files (".findings.csv.123.tmp") may be left.
    try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
      List<String> visible = files.filter(Files::isRegularFile)
          .filter(f -> !f.startsWith(first.runDir()) && !f.getFileName().toString().startsWith("history.db"))
          .map(f -> f.getFileName().toString())
          .filter(name -> !(name.startsWith(".") && name.endsWith(".tmp")))
          .toList();
      assertThat(visible, is(List.of()));
    }
    try (Stream<Path> kept = Files.list(first.runDir())) {
      assertThat(kept.map(f -> f.getFileName().toString()).sorted().toList(),
          is(List.of("annotated", "findings.csv", "report.html", "variance.eml", "variance.html", "variance.txt")));
    }

    Run next = run(bed, env);
    assertThat(next.err(), next.code(), is(1));
    assertThat(next.out(), containsString("tieout nightly: " + SECOND_SUBJECT + " (run 2)\n"));
    for (String output : OUTPUTS) {
      assertTrue(Files.isRegularFile(next.runDir().resolve(output)), output + " in " + next.runDir());
    }
    assertThat(fromNew(Files.readString(next.runDir().resolve("variance.txt"))), is(uninterrupted));
  }

  /** Starts the job held at {@code point}, waits for it to say so, and kills it with SIGKILL. */
  private static void killedAt(String point, Testbed bed, Map<String, String> env, Path err) throws Exception {
    Process p = builder(bed, env, "-D" + PausePoint.PROPERTY + "=" + point)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    try {
      String marker = "tieout: test pause at " + point;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.readString(err, StandardCharsets.UTF_8).contains(marker)) {
        assertTrue(p.isAlive(), "the job ended before its pause: " + Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(System.nanoTime() < deadline, "no pause within 120 s: " + Files.readString(err, StandardCharsets.UTF_8));
        Thread.sleep(50);
      }
    } finally {
      p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally block runs in the job
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the killed job did not end");
    }
    assertThat(p.exitValue(), is(137)); // 128 + SIGKILL's 9
  }

  private record Run(int code, String out, String err) {
    /** The run's folder, as the job prints it. */
    Path runDir() {
      String prefix = "  outputs: ";
      return Path.of(out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length()));
    }
  }

  private static Run run(Testbed bed, Map<String, String> env) throws Exception {
    Path out = bed.dir.resolve("run.out");
    Path err = bed.dir.resolve("run.err");
    Process p = builder(bed, env).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "tieout nightly did not finish");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static ProcessBuilder builder(Testbed bed, Map<String, String> env, String... jvmOptions) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of(jvmOptions));
    command.addAll(List.of("-jar", JAR.toString(), "nightly", "--config", bed.config.toString(), "--dry-run"));
    ProcessBuilder b = new ProcessBuilder(command).directory(bed.dir.toFile());
    b.environment().put("CI", "true"); // plain progress lines, never a bar
    b.environment().remove("TIEOUT_HISTORY_USER");
    b.environment().remove("TIEOUT_HISTORY_PASSWORD");
    b.environment().putAll(env);
    return b;
  }

  /** The email from its NEW section on: the part that does not name run ids and times. */
  private static String fromNew(String variance) {
    return variance.substring(variance.indexOf("\nNEW ("));
  }

  /** Sets the fourth quarter's G&A of 2013 (Quarterly 2013!B4) so the quarters add up to the year. */
  private static void fixTheQuarter(Testbed bed) throws IOException {
    Path workbook = bed.inputs.resolve("entree-gold-2013.xlsx");
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(workbook)) {
      wb = new XSSFWorkbook(in);
    }
    wb.getSheet("Quarterly 2013").getRow(3).getCell(1).setCellValue(418_048);
    try (OutputStream out = Files.newOutputStream(workbook)) {
      wb.write(out);
    }
    wb.close();
  }
}
