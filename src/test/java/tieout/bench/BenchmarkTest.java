package tieout.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own logic: the JVM options it passes on, and how a row judges its target. */
class BenchmarkTest {
  @Test
  void jvmOptionsAreOnePerLineWithoutComments(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("jvm.options"),
        "# a comment\n-XX:TieredStopAtLevel=1\n\n  -XX:+UseSerialGC   # the collector\n-Da=b -Dc=d\n");

    assertThat(Benchmark.jvmOptions(file), is(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Da=b", "-Dc=d")));
  }

  @Test
  void theShippedOptionsAreTheLaunchersTwo() throws IOException {
    assertThat(Benchmark.jvmOptions(Path.of("bin/jvm.options")),
        is(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
  }

  @Test
  void hugePagesAreOfferedUnlessTheKernelSaysNeverOrHasNoSuchSetting(@TempDir Path dir) throws IOException {
    Path madvise = Files.writeString(dir.resolve("madvise"), "always [madvise] never\n");
    Path always = Files.writeString(dir.resolve("always"), "[always] madvise never\n");
    Path never = Files.writeString(dir.resolve("never"), "always madvise [never]\n");

    assertThat(Benchmark.transparentHugePagesOffered(madvise), is(true));
    assertThat(Benchmark.transparentHugePagesOffered(always), is(true));
    assertThat(Benchmark.transparentHugePagesOffered(never), is(false));
    assertThat(Benchmark.transparentHugePagesOffered(dir.resolve("missing")), is(false));
  }

  @Test
  void aTargetOnTheWorkIsJudgedOnTheTimeToTheReportNotToExit() {
    Benchmark.Result result = new Benchmark.Result(
        "csv N=1000000", 1_000_000, "1g", 3.10, 3.05, 2.95, 400L << 20, 79, 79, 0, 0, 3.0, false);

    assertThat(result.row(), endsWith("met (done <= 3.0 s)"));
  }

  @Test
  void aTargetOnTheWholeProcessIsJudgedOnItsWallTime() {
    Benchmark.Result result = new Benchmark.Result(
        "bundled sample", 0, "-", 1.60, 1.40, -1, -1, -1, 0, 0, 0, 1.5, true);

    assertThat(result.row(), endsWith("missed (wall <= 1.5 s)"));
  }
}
