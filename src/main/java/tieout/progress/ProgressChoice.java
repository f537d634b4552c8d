package tieout.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tieout.load.LoadProgress;

/**
 * Decides whether a run draws load progress bars: only for a person watching a terminal, never
 * into a file, a pipe, a test's captured output or a CI log.
 *
 * <p>A bar is drawn when all hold: no {@code --no-progress}; the environment variable {@code CI}
 * is not {@code true} and {@code TERM} is not {@code dumb}; {@link System#console()} is present
 * (in Java 17: standard input and output are both a terminal, so {@code tieout check > report.txt}
 * draws none); and standard error is a terminal too (on Linux, {@code /proc/self/fd/2} is a
 * {@code /dev/pts/N} or {@code /dev/ttyN}; elsewhere the console decides alone). Each file's bar
 * appears once it has loaded for one second ({@code -Dtieout.progressDelay=MILLIS} changes that).
 */
public final class ProgressChoice {
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private ProgressChoice() {}

  /** The progress listener for this process: a {@link LoadBar} on standard error, or {@link LoadProgress#NONE}. */
  public static LoadProgress forThisProcess(boolean noProgressFlag) {
    return drawsOnThisTerminal(noProgressFlag) ? new LoadBar(System.err, delay(), System::nanoTime) : LoadProgress.NONE;
  }

  /** Whether this process may draw a bar on standard error (the rule above): also the nightly job's. */
  public static boolean drawsOnThisTerminal(boolean noProgressFlag) {
    return shouldDraw(noProgressFlag, System.getenv(), System.console() != null, stderrTarget());
  }

  /**
   * The rule itself.
   *
   * @param stderrTarget what standard error is connected to, when the system tells
   */
  static boolean shouldDraw(boolean noProgressFlag, Map<String, String> env, boolean console,
      Optional<String> stderrTarget) {
    if (noProgressFlag || "true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())
        || "dumb".equals(env.get("TERM")) || !console) {
      return false;
    }
    return stderrTarget.map(t -> t.startsWith("/dev/pts/") || t.startsWith("/dev/tty")).orElse(true);
  }

  private static Optional<String> stderrTarget() {
    try {
      return Files.isSymbolicLink(STDERR) ? Optional.of(Files.readSymbolicLink(STDERR).toString()) : Optional.empty();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Duration delay() {
    String millis = System.getProperty("tieout.progressDelay", "1000").strip();
    return millis.matches("\\d{1,9}") ? Duration.ofMillis(Long.parseLong(millis)) : Duration.ofSeconds(1);
  }
}
