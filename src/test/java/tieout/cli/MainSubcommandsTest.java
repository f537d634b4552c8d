package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Main adds only the subcommand a run names (picocli builds a model of each it is given); usage,
 * help and mistakes still see all of them.
 */
class MainSubcommandsTest {
  private static final List<String> ALL =
      List.of("check", "explain", "narrative", "nightly", "history", "generate", "help");

  @Test
  void usageListsEveryCommandInOrder() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode(), is(0));
    String commands = run.out().substring(run.out().indexOf("Commands:\n"));
    int at = 0;
    for (String name : ALL) {
      int next = commands.indexOf("\n  " + name + " ", at);
      assertThat(name + " listed after the one before", next > at, is(true));
      at = next;
    }
  }

  @Test
  void helpForACommandShowsItsUsage() {
    CliRun run = CliRun.of("help", "generate");

    assertThat(run.exitCode(), is(0));
    assertThat(run.out(), startsWith("Usage: tieout generate [-hV] [--errors=K] --facts=N"));
  }

  @Test
  void aMistypedCommandIsSuggested() {
    CliRun run = CliRun.of("chek");

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), is("tieout: Unmatched argument at index 0: 'chek'\n"
        + "Did you mean: tieout check or tieout help?\n"
        + "Run 'tieout --help' for usage.\n"));
  }

  @Test
  void aCommandsOwnErrorsNameTheWholeCommand() {
    CliRun run = CliRun.of("generate", "--bogus");

    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err(), containsString("Run 'tieout generate --help' for usage."));
  }
}
