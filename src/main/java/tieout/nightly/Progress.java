package tieout.nightly;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tieout.progress.ProgressChoice;

/**
 * Tells the person or the log how far a run is: a progress bar on stderr when attached to a
 * terminal, otherwise one line per step (cron mails or journald keep those).
 */
public interface Progress extends AutoCloseable {
  /** Starts step {@code n} of {@code total}. */
  void step(int n, int total, String what);

  /** A remark inside a step, such as a retry. */
  void note(String what);

  @Override
  void close();

  /**
   * A progress bar when a person watches a terminal (the same rule as the load bars: {@link
   * ProgressChoice}; not under CI, not into a log), else log lines on {@code err}.
   */
  static Progress forConsole(PrintWriter err) {
    return ProgressChoice.drawsOnThisTerminal(false) ? new Bar(System.err) : new Lines(err);
  }

  /** One line per step, for logs. */
  final class Lines implements Progress {
    private final PrintWriter err;

    public Lines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void step(int n, int total, String what) {
      err.println("tieout nightly: [" + n + "/" + total + "] " + what);
      err.flush();
    }

    @Override
    public void note(String what) {
      err.println("tieout nightly: " + what);
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }

  /** A bar over the steps, redrawn in place on a terminal. */
  final class Bar implements Progress {
    private final PrintStream err;
    private ProgressBar bar;

    Bar(PrintStream err) {
      this.err = err;
    }

    @Override
    public void step(int n, int total, String what) {
      if (bar == null) {
        bar = new ProgressBarBuilder()
            .setTaskName("nightly")
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .hideEta()
            .build();
      }
      bar.stepTo(n - 1L);
      bar.setExtraMessage(what);
    }

    @Override
    public void note(String what) {
      if (bar != null) {
        bar.setExtraMessage(what);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.stepTo(bar.getMax());
        bar.close();
      }
    }
  }
}
