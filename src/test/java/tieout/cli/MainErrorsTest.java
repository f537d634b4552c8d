package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths the user gave that cannot be used end in exit 2 with the path named, never as an internal error. */
class MainErrorsTest {

  @Test
  void aFileWhereAFolderIsNeededIsAUserError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    CliRun run = CliRun.of("generate", "--facts", "100", "--errors", "1", "--format", "csv", file.toString());

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is(file.resolve("rules") + ": error: cannot use this path: Not a directory\n"));
  }

  @Test
  void aMistypedFlagGetsADidYouMeanInEveryCommand() {
    CliRun check = CliRun.of("check", "--fromat", "json");
    assertThat(check.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(check.err(), is("tieout: Unknown option: '--fromat'\n"
        + "Did you mean '--format' for '--fromat'?\n"
        + "Run 'tieout check --help' for usage.\n"));
    assertThat(CliRun.of("explain", "BS-TIE", "--perod=2013").err(), is("tieout: Unknown option: '--perod=2013'\n"
        + "Did you mean '--period' for '--perod'?\n"
        + "Run 'tieout explain --help' for usage.\n"));
    assertThat(CliRun.of("history", "--jb", "x").err(), is("tieout: Unknown options: '--jb', 'x'\n"
        + "Did you mean '--job' for '--jb'?\n"
        + "Run 'tieout history --help' for usage.\n"));
    assertThat(CliRun.of("check", "--strcit").err(), is("tieout: Unknown option: '--strcit'\n"
        + "Did you mean '--strict' for '--strcit'?\n"
        + "Run 'tieout check --help' for usage.\n"));
  }

  @Test
  void aFlagNothingLikeAnyOtherGetsNoGuess() {
    assertThat(CliRun.of("check", "--zzzzzzzz").err(), is("tieout: Unknown option: '--zzzzzzzz'\n"
        + "Run 'tieout check --help' for usage.\n"));
  }
}
