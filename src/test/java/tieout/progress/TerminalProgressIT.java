package tieout.progress;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;

/**
 * The built {@code target/tieout.jar} on a real terminal: {@code script} (util-linux, in Debian's
 * essential bsdutils) gives it a pseudo-terminal, and the transcript must show the load's bar; with
 * pipes, {@code --no-progress} or {@code CI=true} nothing but the report's summary may appear.
 * Run by Failsafe in {@code mvn verify}, after the jar is packaged.
 */
class TerminalProgressIT {
  private static final Path JAR = Path.of("target/tieout.jar").toAbsolutePath();
  private static final String SUMMARY = "tieout: 80000 checks: 80000 passed, 0 failed, 0 warnings, 0 not evaluated";

  @TempDir static Path dir;

  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
  private static final boolean SCRIPT =
      new File("/usr/bin/script").canExecute() || new File("/bin/script").canExecute();

  @BeforeAll
  static void generate() throws IOException {
    if (!CI && !SCRIPT) {
      return; // each test is skipped (and counted) by needsScript
    }
    boolean script = SCRIPT;
    assertTrue(script, "script (util-linux, Debian package bsdutils) is needed for the terminal test");
    assertTrue(Files.isRegularFile(JAR), "run through mvn verify: " + JAR + " is built by package");
    Generator.write(new SyntheticLedger(100_000, 0, 3), Generator.Format.CSV, dir);
  }

  @BeforeEach
  void needsScript() {
    // Locally a machine without script skips; under CI its absence fails the run.
    assumeTrue(CI || SCRIPT, "script (util-linux) is not installed");
  }

  @Test
  void aTerminalShowsTheBarAndThenTheSummary() throws Exception {
    Run run = underScript(Map.of(), "");
    assertThat(run.exitCode, is(0));
    assertThat(run.out, containsString("loading ledger.csv 100% ["));
    assertThat(run.out, containsString(SUMMARY + "; report written to " + dir.resolve("report.txt")));
    // The summary starts its own line: the bar's line was ended first.
    assertThat(run.out, not(containsString(") " + SUMMARY)));
  }

  @Test
  void noProgressFlagOnATerminalShowsOnlyTheSummary() throws Exception {
    Run run = underScript(Map.of(), "--no-progress");
    assertThat(run.exitCode, is(0));
    assertThat(run.out, is(SUMMARY + "; report written to " + dir.resolve("report.txt") + "\r\n"));
  }

  @Test
  void ciTrueOnATerminalShowsOnlyTheSummary() throws Exception {
    Run run = underScript(Map.of("CI", "true"), "");
    assertThat(run.exitCode, is(0));
    assertThat(run.out, is(SUMMARY + "; report written to " + dir.resolve("report.txt") + "\r\n"));
  }

  @Test
  void pipesGetNoProgressAtAll() throws Exception {
    List<String> command = new ArrayList<>(tieout(""));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("CI");
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null"));
    int code = finish(builder.start());

    assertThat(code, is(0));
    assertThat(Files.readString(err, StandardCharsets.UTF_8), is(""));
    assertThat(Files.readString(out, StandardCharsets.UTF_8),
        is(SUMMARY + "; report written to " + dir.resolve("report.txt") + "\n"));
  }

  /** Runs tieout check on the generated ledger under script; the transcript is what the terminal showed. */
  private static Run underScript(Map<String, String> env, String flag) throws Exception {
    String command = String.join(" ", tieout(flag).stream().map(TerminalProgressIT::quoted).toList());
    Path transcript = dir.resolve("transcript.txt");
    ProcessBuilder builder = new ProcessBuilder("script", "-qec", command, "/dev/null").directory(dir.toFile());
    builder.environment().remove("CI");
    builder.environment().put("TERM", "xterm");
    builder.environment().putAll(env);
    builder.redirectOutput(transcript.toFile()).redirectErrorStream(true).redirectInput(new File("/dev/null"));
    int code = finish(builder.start());
    return new Run(code, Files.readString(transcript, StandardCharsets.UTF_8));
  }

  /** A bar drawn at once (no one-second wait), the report into a file so the terminal shows only the summary. */
  private static List<String> tieout(String flag) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dtieout.progressDelay=0",
        "-jar", JAR.toString(), "check", "ledger.csv", "--rules", "rules", "--max-cells", "5000000",
        "--output", dir.resolve("report.txt").toString()));
    if (!flag.isEmpty()) {
      command.add(flag);
    }
    return command;
  }

  private static int finish(Process process) throws InterruptedException {
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("tieout did not finish within 3 minutes");
    }
    return process.exitValue();
  }

  private static String quoted(String arg) {
    return "'" + arg.replace("'", "'\\''") + "'";
  }

  private record Run(int exitCode, String out) {}
}
