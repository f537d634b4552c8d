package tieout.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV report starts with a UTF-8 byte order mark (Excel then shows "Entrée"); --no-bom leaves it out. */
class CsvBomTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String HEADER = "rule,severity,status,message,entity,period,dimensions,reported,computed,"
      + "variance,tolerance,reason,facts,explanations,section";

  @TempDir Path dir;

  @Test
  void theReportFileStartsWithTheByteOrderMarkAndItsTextIsUtf8() throws Exception {
    Path report = dir.resolve("report.csv");

    CliRun run = CliRun.of("check", "--format", "csv", "--output", report.toString());

    assertThat(run.err(), run.exitCode(), is(1));
    byte[] bytes = Files.readAllBytes(report);
    assertThat(Arrays.copyOf(bytes, 3), is(BOM));
    String text = new String(bytes, 3, bytes.length - 3, UTF_8);
    assertThat(text.startsWith(HEADER + "\r\n"), is(true));
    assertThat(text.contains(",Entrée Gold Inc.,"), is(true));
  }

  @Test
  void noBomLeavesTheMarkOut() throws Exception {
    Path report = dir.resolve("report.csv");

    CliRun run = CliRun.of("check", "--format", "csv", "--no-bom", "--output", report.toString());

    assertThat(run.err(), run.exitCode(), is(1));
    assertThat(Files.readString(report, UTF_8).startsWith(HEADER + "\r\n"), is(true));
  }

  @Test
  void standardOutputGetsTheMarkToo() {
    CliRun run = CliRun.of("check", "--format", "csv");

    assertThat(run.out().startsWith("\uFEFF" + HEADER + "\r\n"), is(true));
    assertThat(CliRun.of("check", "--format", "csv", "--no-bom").out().startsWith(HEADER + "\r\n"), is(true));
  }
}
