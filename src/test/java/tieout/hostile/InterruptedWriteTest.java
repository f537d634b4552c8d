package tieout.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM while it writes a large report to {@code --output}: the target must then hold
 * the previous report, untouched, or a complete new one, never part of one; and the input is unchanged.
 */
class InterruptedWriteTest {
  private static final String PREVIOUS = "{\"previous\": true}\n";

  @TempDir Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void killedMidWriteLeavesThePreviousOrTheCompleteReport() throws Exception {
    HostileRun run = new HostileRun(dir);
    Path input = run.input("big.csv", bigTidyCsv(40_000));
    String inputSum = HostileRun.sha256(input);
    Path report = run.out.resolve("report.json");
    Files.writeString(report, PREVIOUS);

    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
            "tieout.cli.Main", "check", input.toString(), "--rules", run.rules.toString(),
            "--format", "json", "--output", report.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    boolean sawPartial = false;
    while (child.isAlive()) {
      if (temporaryFileSize(run.out) > 1_000_000) {
        child.destroyForcibly();
        sawPartial = true;
        break;
      }
      Thread.sleep(1);
    }
    child.waitFor(1, TimeUnit.MINUTES);

    assertThat("the child was killed while its temporary report grew (log: " + dir.resolve("child.log") + ")",
        sawPartial, is(true));
    String after = Files.readString(report, StandardCharsets.UTF_8);
    if (!after.equals(PREVIOUS)) {
      // The move may have happened just before the kill: then the report must be whole.
      assertThat(after, startsWith("{"));
      assertThat(JsonParser.parseString(after).getAsJsonObject().has("summary"), is(true));
    }
    assertThat(HostileRun.sha256(input), is(inputSum));
  }

  private static long temporaryFileSize(Path folder) throws IOException {
    long size = 0;
    for (String name : HostileRun.listing(folder)) {
      if (name.endsWith(".tmp")) {
        size = Math.max(size, Files.size(folder.resolve(name)));
      }
    }
    return size;
  }

  /** Three balance-sheet lines on each of {@code days} consecutive days: one finding per day, with its facts. */
  private static byte[] bigTidyCsv(int days) {
    List<String> lines = new ArrayList<>(List.of("concept,period,value"));
    LocalDate day = LocalDate.of(1900, 1, 1);
    for (int i = 0; i < days; i++, day = day.plusDays(1)) {
      lines.add("CashAndCashEquivalents," + day + "," + (1000 + i));
      lines.add("Receivables," + day + "," + (2000 + i));
      lines.add("PrepaidExpenses," + day + "," + (3000 + i));
    }
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
