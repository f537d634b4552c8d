package tieout.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
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
  private LineEnding line;

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
      line = new LineEnding(new ConsoleProgressBarConsumer(terminal));
      bar = new ProgressBarBuilder()
          .setTaskName("loading " + file)
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUnit(" MB", 1_000_000)
          .setUpdateIntervalMillis(250)
          .setConsumer(line)
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
      line.close(); // the library skips it when closed before its first redraw: what follows would share the line
      terminal.flush();
    }
    bar = null;
    file = null;
  }

  /** The bar's consumer, ending the bar's line exactly once. */
  private static final class LineEnding implements ProgressBarConsumer {
    private final ProgressBarConsumer console;
    private boolean closed;

    LineEnding(ProgressBarConsumer console) {
      this.console = console;
    }

    @Override
    public int getMaxRenderedLength() {
      return console.getMaxRenderedLength();
    }

    @Override
    public synchronized void accept(String rendered) {
      if (!closed) {
        console.accept(rendered);
      }
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        console.close();
      }
    }
  }

  /** Whether a bar is on the terminal now. */
  boolean drawing() {
    return bar != null;
  }
}
