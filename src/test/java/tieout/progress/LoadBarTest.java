package tieout.progress;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bar appears only once a file has loaded for the delay, and ends at 100%. */
class LoadBarTest {
  private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
  private final AtomicLong clock = new AtomicLong();
  private final LoadBar bar =
      new LoadBar(new PrintStream(terminal, true, StandardCharsets.UTF_8), Duration.ofSeconds(1), clock::get);

  @Test
  void aQuickLoadDrawsNothing() {
    bar.start("quick.csv", 4_000_000);
    clock.set(Duration.ofMillis(999).toNanos());
    bar.advance(2_000_000);
    bar.advance(4_000_000);
    bar.finish();

    assertThat(terminal.toString(StandardCharsets.UTF_8), is(""));
  }

  @Test
  void aLongLoadDrawsAnAsciiBarThatEndsFull() {
    bar.start("big.csv", 40_000_000);
    clock.set(Duration.ofMillis(400).toNanos());
    bar.advance(10_000_000);
    assertThat(bar.drawing(), is(false));
    clock.set(Duration.ofMillis(1_000).toNanos());
    bar.advance(20_000_000);
    assertThat(bar.drawing(), is(true));
    bar.finish();
    assertThat(bar.drawing(), is(false));

    String drawn = terminal.toString(StandardCharsets.UTF_8);
    assertThat(drawn, containsString("loading big.csv 100% ["));
    assertThat(drawn, containsString("] 40/40 MB"));
    assertThat(drawn.endsWith(" \n"), is(true)); // the bar's line is ended: a report after it starts afresh
  }

  @Test
  void eachFileStartsItsOwnDelay() {
    bar.start("first.csv", 10);
    clock.set(Duration.ofSeconds(5).toNanos());
    bar.advance(5);
    assertThat(bar.drawing(), is(true));
    bar.start("second.csv", 10); // a start closes the bar of the file before
    assertThat(bar.drawing(), is(false));
    bar.advance(5);
    assertThat(bar.drawing(), is(false));
    bar.finish();

    String drawn = terminal.toString(StandardCharsets.UTF_8);
    assertThat(drawn, containsString("loading first.csv 100%"));
    assertThat(drawn.contains("second.csv"), is(false));
  }
}
