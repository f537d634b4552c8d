package tieout.load.csv;

/**
 * The second half of a file read on a thread of its own while the caller reads the first
 * ({@link CsvScan}, {@link PlainCsv}): started, then joined, with the failure it ended in kept for
 * the caller to rethrow.
 */
final class SecondHalf {
  /** Reading a half. */
  interface Work {
    void run() throws Exception;
  }

  private final Thread thread;
  private Throwable failure;

  private SecondHalf(Work work) {
    thread = new Thread(() -> {
      try {
        work.run();
      } catch (Throwable e) {
        failure = e;
      }
    }, "tieout-csv-second-half");
    thread.setDaemon(true);
  }

  static SecondHalf start(Work work) {
    SecondHalf half = new SecondHalf(work);
    half.thread.start();
    return half;
  }

  /**
   * Waits for {@code half}, if any, to finish, even when interrupted (the interrupt is then kept:
   * a half must finish before its results are read); the failure it ended in, or null.
   */
  static Throwable join(SecondHalf half) {
    if (half == null) {
      return null;
    }
    boolean interrupted = false;
    while (true) {
      try {
        half.thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return half.failure; // read after join: the thread's writes are visible
  }
}
