package tieout.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import tieout.cli.Main;

/**
 * Runs the {@code tieout} command line in this JVM and then prints, on standard error, how long after
 * the JVM started the work was done (the report written) and the peak heap it used, for {@link
 * Benchmark}: {@code tieout-bench: done_ms=812 peak_heap_bytes=123456 exit=1}.
 *
 * <p>Peak heap is the sum of the heap memory pools' peak usage (eden, survivor, old): an upper
 * bound of the live heap, garbage not yet collected included.
 */
public final class Measured {
  private Measured() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Main.run(args, out, err);
    out.flush();
    // Taken before the management classes below are loaded: they are the harness's, not tieout's.
    long doneAt = System.currentTimeMillis();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long done = doneAt - ManagementFactory.getRuntimeMXBean().getStartTime();
    err.println("tieout-bench: done_ms=" + done + " peak_heap_bytes=" + peak + " exit=" + code);
    System.exit(code);
  }
}
