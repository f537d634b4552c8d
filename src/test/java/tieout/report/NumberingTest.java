package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link Numbering} gives each block the sum of the counts before it, whichever thread says first. */
class NumberingTest {

  @Test
  void eachBlockStartsAfterTheCountsOfTheBlocksBeforeIt() throws InterruptedException {
    Random random = new Random(7);
    int blocks = 500;
    int[] counts = new int[blocks];
    for (int i = 0; i < blocks; i++) {
      counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(100);
    }
    Numbering numbering = new Numbering(blocks);
    AtomicIntegerArray starts = new AtomicIntegerArray(blocks);
    // Two threads taking blocks in turn, as InOrder's do: each waits only for blocks taken before its own.
    Thread other = new Thread(() -> {
      for (int b = 1; b < blocks; b += 2) {
        starts.set(b, numbering.start(b, counts[b]));
      }
    });
    other.start();
    for (int b = 0; b < blocks; b += 2) {
      starts.set(b, numbering.start(b, counts[b]));
    }
    other.join();
    int sum = 0;
    for (int b = 0; b < blocks; b++) {
      assertThat("block " + b, starts.get(b), is(sum));
      sum += counts[b];
    }
    assertThat(numbering.total(), is(sum));
  }

  @Test
  void aBlockWaitingForAFailedOneIsReleased() throws InterruptedException {
    Numbering numbering = new Numbering(3);
    Thread failing = new Thread(numbering::abort);
    failing.start();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> numbering.start(2, 5));
    assertThat(e.getMessage(), is("another block of the report failed"));
    failing.join();
  }
}
