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
}
