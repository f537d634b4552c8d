package tieout.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unreadable input beside the sample: {@code check} reports it and checks the rest (exit 1),
 * {@code --strict} refuses (exit 2); {@code explain} and {@code narrative} list it on standard error.
 */
class UnreadableCliTest {
  @TempDir Path dir;

  private Path broken() throws IOException {
    return Files.writeString(dir.resolve("bs.csv"), ",\"December 31, 2013\"\nTotal assets,n/a\n", UTF_8);
  }

  private static final String PROBLEM =
      "bs.csv:2: expected an amount for 'Total assets' (2013-12-31), found text \"n/a\"";

  @Test
  void checkReportsItAndChecksTheRest() throws IOException {
    CliRun run = CliRun.of("check", "spreadsheets", broken().toString());
    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out(), startsWith(
        "tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated; 1 unreadable input\n\n"
            + "Unreadable (error; the rest was loaded and checked):\n  UNREADABLE " + PROBLEM + "\n\nFAIL "));
  }

  @Test
  void strictRefusesTheRun() throws IOException {
    CliRun run = CliRun.of("check", "--strict", "spreadsheets", broken().toString());
    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.out(), is(""));
    assertThat(run.err(), is(PROBLEM.replace(": expected", ": error: expected") + "\n"));
  }

  @Test
  void aReportWrittenToAFileLeavesTheListOnStandardError() throws IOException {
    Path report = dir.resolve("report.json");
    CliRun run = CliRun.of("check", "--format", "json", "--output", report.toString(), "spreadsheets",
        broken().toString());
    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    assertThat(run.out(), is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated;"
        + " 1 unreadable input; report written to " + report + "\n"));
    assertThat(run.err(), is("tieout: 1 unreadable input (errors: not loaded; the rest was loaded and checked):\n"
        + "  UNREADABLE " + PROBLEM + "\n"));
  }

  @Test
  void explainListsItOnStandardError() throws IOException {
    CliRun run = CliRun.of("explain", "BS-TIE", "--period", "2013-12-31", "spreadsheets", broken().toString());
    assertThat(run.err(), is("tieout: 1 unreadable input (errors: not loaded; the rest was loaded and checked):\n"
        + "  UNREADABLE " + PROBLEM + "\n"));
    CliRun strict = CliRun.of("explain", "BS-TIE", "--strict", "spreadsheets", broken().toString());
    assertThat(strict.exitCode(), is(ExitCodes.USER_ERROR));
  }

  @Test
  void annotateSkipsAFileThatCouldNotBeOpened() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of("spreadsheets/entree-gold-2013.xlsx"), in.resolve("entree-gold-2013.xlsx"));
    Files.write(in.resolve("empty.xlsx"), new byte[0]);
    Path out = dir.resolve("annotated");
    CliRun run = CliRun.of("check", in.toString(), "--annotate", out.toString());
    assertThat(run.exitCode(), is(ExitCodes.DISCREPANCIES));
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList(),
          is(java.util.List.of("entree-gold-2013.xlsx")));
    }
  }
}
