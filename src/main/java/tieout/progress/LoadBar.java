package tieout.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tieout.load.LoadProgress;

/**
 * A progress bar per input file on a terminal's standard error, drawn only once a file has been
 * loading for a while: a load that ends sooner leaves the terminal untouched.
 */
public final class LoadBar implements LoadProgress {
  private final PrintStream terminal;
  private final long delayNanos;
  private final LongSupplier nanoClock;
  private String file;
  private long total;
  private long started;
  private ProgressBar bar;

  /**
   * @param terminal where the bar is drawn (a terminal's standard error)
   * @param delay how long a file loads before its bar appears
   * @param nanoClock {@link System#nanoTime}, or a test's clock
   */
  public LoadBar(PrintStream terminal, Duration delay, LongSupplier nanoClock) {
    this.terminal = terminal;
    this.delayNanos = delay.toNanos();
    this.nanoClock = nanoClock;
  }

  @Override
  public void start(String file, long total) {
    finish();
    this.file = file;
    this.total = Math.max(1, total);
    this.started = nanoClock.getAsLong();
  }

  @Override
  public void advance(long done) {
    if (file == null) {
      return;
    }
    if (bar == null && nanoClock.getAsLong() - started >= delayNanos) {
      bar = new ProgressBarBuilder()
          .setTaskName("loading " + file)
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" MB", 1_000_000)
          .setUpdateIntervalMillis(250)
          .setConsumer(new ConsoleProgressBarConsumer(terminal))
          .build();
    }
    if (bar != null) {
      bar.stepTo(Math.min(done, total));
    }
  }

  @Override
  public void finish() {
    if (bar != null) {
      bar.stepTo(total);
      bar.close();
      terminal.flush();
    }
    bar = null;
    file = null;
  }

  /** Whether a bar is on the terminal now. */
  boolean drawing() {
    return bar != null;
  }
}
