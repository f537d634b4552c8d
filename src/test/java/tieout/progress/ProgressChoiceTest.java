package tieout.progress;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.load.LoadProgress;

/** When a run draws a progress bar: a terminal on every side, no CI, no flag. */
class ProgressChoiceTest {
  private static final Map<String, String> TERMINAL_ENV = Map.of("TERM", "xterm-256color");
  private static final Optional<String> PTY = Optional.of("/dev/pts/3");

  @Test
  void drawsOnATerminal() {
    assertThat(ProgressChoice.shouldDraw(false, TERMINAL_ENV, true, PTY), is(true));
    assertThat(ProgressChoice.shouldDraw(false, Map.of(), true, Optional.of("/dev/tty1")), is(true));
    assertThat(ProgressChoice.shouldDraw(false, Map.of("CI", "false"), true, Optional.empty()), is(true));
  }

  @Test
  void neverWithTheFlagUnderCiOrOnADumbTerminal() {
    assertThat(ProgressChoice.shouldDraw(true, TERMINAL_ENV, true, PTY), is(false));
    assertThat(ProgressChoice.shouldDraw(false, Map.of("CI", "true"), true, PTY), is(false));
    assertThat(ProgressChoice.shouldDraw(false, Map.of("CI", "TRUE"), true, PTY), is(false));
    assertThat(ProgressChoice.shouldDraw(false, Map.of("TERM", "dumb"), true, PTY), is(false));
  }

  @Test
  void neverWhenStdoutOrStderrIsNotATerminal() {
    // No console: standard input or output is a file or a pipe (tieout check > report.txt).
    assertThat(ProgressChoice.shouldDraw(false, TERMINAL_ENV, false, PTY), is(false));
    // Standard error into a file or a pipe (2> log.txt, a test's captured output).
    assertThat(ProgressChoice.shouldDraw(false, TERMINAL_ENV, true, Optional.of("/tmp/log.txt")), is(false));
    assertThat(ProgressChoice.shouldDraw(false, TERMINAL_ENV, true, Optional.of("pipe:[123456]")), is(false));
  }

  @Test
  void testsGetNoBar() {
    // Surefire's forked JVM has no console: the loaders hear nothing.
    assertThat(ProgressChoice.forThisProcess(false), sameInstance(LoadProgress.NONE));
  }
}
