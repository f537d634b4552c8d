package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.bench.Benchmark;
import tieout.testing.SharedData;

/**
 * bin/tieout, the launcher of the Quick start, on the built jar: it runs tieout with the options of
 * bin/jvm.options, then TIEOUT_JAVA_OPTS, and passes arguments through intact. Run by Failsafe in
 * {@code mvn verify}, after the jar is packaged.
 */
class LauncherIT {
  @BeforeAll
  static void built() {
    assertTrue(Files.isRegularFile(Path.of("target/tieout.jar")), "run through mvn verify: the jar is built by package");
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return launchIn(Path.of(""), env, args);
  }

  /** bin/tieout run with {@code folder} as the working folder (the project folder when empty). */
  private static Run launchIn(Path folder, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/tieout").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.directory(folder.toAbsolutePath().toFile());
    builder.environment().remove("TIEOUT_JAVA_OPTS");
    builder.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "bin/tieout did not finish");
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  @Test
  void theQuickStartChecksTheBundledSample() throws Exception {
    Run run = launch(Map.of(), "check");

    assertThat(run.exitCode(), is(1));
    assertThat(run.out().lines().findFirst().orElseThrow(),
        is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated"));
    assertThat(run.err(), is(""));
  }

  @Test
  void anSecDataSetChecksFromAnyFolderWithTheInstallationsUsGaapRules(@TempDir Path elsewhere) throws Exception {
    Path zip = SharedData.require("data/sec-fsds/20250701.zip");
    Run run = launchIn(elsewhere, Map.of(), "check", "--no-progress", zip.toAbsolutePath().toString());

    assertThat(run.err(), run.exitCode(), is(0));
    assertThat(run.out().lines().findFirst().orElseThrow(),
        is("tieout: 82 checks: 38 passed, 0 failed, 0 warnings, 44 not evaluated"));
    assertThat(run.out(), containsString("\n  " + Path.of("rules/us-gaap").toAbsolutePath() + ": read: without --rules,"
        + " SEC data sets are checked with the US GAAP checks (as the Spark job does); name another folder with"
        + " --rules DIR\n"));
  }

  @Test
  void theJvmGetsTheOptionsOfJvmOptions() throws Exception {
    Run run = launch(Map.of("TIEOUT_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");

    assertThat(run.exitCode(), is(0));
    assertThat(run.out(), matchesPattern("(?s).*\\n\\s+intx TieredStopAtLevel\\s+= 1\\s.*"));
    assertThat(run.out(), matchesPattern("(?s).*\\n\\s+bool UseSerialGC\\s+= true\\s.*"));
  }

  @Test
  void theJvmGetsHugePagesWhereTheKernelOffersThem() throws Exception {
    boolean offered = Benchmark.transparentHugePagesOffered(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));

    Run run = launch(Map.of("TIEOUT_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");

    assertThat(run.exitCode(), is(0));
    assertThat(run.err(), is(""));
    assertThat(run.out(), matchesPattern("(?s).*\\n\\s+bool UseTransparentHugePages\\s+= " + offered + "\\s.*"));
  }

  @Test
  void tieoutsClassesComeFromTheBuildsSharedArchive() throws Exception {
    // The build makes target/tieout.jsa after the jar (pom.xml, tieout.bench.ClassDataTraining):
    // a static archive, which holds picocli's classes too.
    assertTrue(Files.getLastModifiedTime(Path.of("target/tieout.jsa"))
        .compareTo(Files.getLastModifiedTime(Path.of("target/tieout.jar"))) > 0, "the archive is newer than the jar");

    Run run = launch(Map.of("TIEOUT_JAVA_OPTS", "-Xlog:class+load=info"), "--version");

    assertThat(run.exitCode(), is(0));
    assertThat(run.out(), matchesPattern("(?s).*tieout\\.cli\\.Main source: shared objects file\\n.*"));
    assertThat(run.out(), matchesPattern("(?s).*picocli\\.CommandLine source: shared objects file\\n.*"));
  }

  @Test
  void optionsOfTheEnvironmentComeLastAndWin() throws Exception {
    Run run = launch(Map.of("TIEOUT_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "--version");

    assertThat(run.exitCode(), is(0));
    assertThat(run.out(), matchesPattern("(?s).*\\n\\s+intx TieredStopAtLevel\\s+= 4\\s.*"));
  }

  @Test
  void argumentsArePassedIntactSpacesAndAll() throws Exception {
    Run run = launch(Map.of(), "check", "no such folder");

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), containsString("no such folder: error: no such file or folder"));
  }
}
