package tieout.report;

/**
 * Numbers shared out to blocks formatted apart ({@link InOrder}), as one pass in order would give
 * them: block k says how many numbers it takes, and learns the first of them once every block
 * before it has said its count. The HTML report's roll-up charts are numbered through the page
 * ({@code id="hatch-c123"}). A block that fails before saying its count calls {@link #abort}, so
 * that no block waits for it.
 */
public final class Numbering {
  private final int[] counts;
  /** Blocks 0 to {@code known - 1} have said their counts, which sum to {@link #before}. */
  private int known;
  private int before;
  private final boolean[] said;
  private boolean aborted;

  public Numbering(int blocks) {
    this.counts = new int[blocks];
    this.said = new boolean[blocks];
  }

  /** Block {@code block} takes {@code count} numbers: how many all the blocks before it take. */
  public synchronized int start(int block, int count) {
    counts[block] = count;
    said[block] = true;
    while (known < counts.length && said[known]) {
      before += counts[known++];
    }
    notifyAll();
    while (known < block && !aborted) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while numbering the report's parts", e);
      }
    }
    if (aborted) {
      throw new IllegalStateException("another block of the report failed");
    }
    int sum = 0;
    for (int i = 0; i < block; i++) {
      sum += counts[i];
    }
    return sum;
  }

  /** How many numbers every block took, once all have said. */
  public synchronized int total() {
    return before;
  }

  /** A block failed: no block waits any more. */
  public synchronized void abort() {
    aborted = true;
    notifyAll();
  }
}
