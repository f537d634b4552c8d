package tieout.run;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Prints how long each phase of a run took, on standard error, when the JVM runs with
 * {@code -Dtieout.phases=true}: what {@code docs/performance.md} quotes under "what dominates".
 * Also how much the heap in use grew: what the phase allocated (TLABs handed out included) when
 * no collection ran in it, so give a large young generation (e.g. {@code -Xmn2g}) to read it so.
 * Silent (and nearly free) otherwise.
 */
public final class PhaseTimer {
  private static final boolean ENABLED = Boolean.getBoolean("tieout.phases");

  private final PrintStream err;
  private long last = System.nanoTime();
  private long lastCpu = processCpuNanos();
  private long lastHeap = heapUsed();

  private PhaseTimer(PrintStream err) {
    this.err = err;
  }

  private static long processCpuNanos() {
    return ENABLED && ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static long heapUsed() {
    long used = 0;
    if (ENABLED) {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          used += pool.getUsage().getUsed();
        }
      }
    }
    return used;
  }

  /** A timer that starts now. */
  public static PhaseTimer start() {
    PhaseTimer timer = new PhaseTimer(System.err);
    if (ENABLED) {
      timer.err.printf(Locale.ROOT, "tieout-phase: %-12s JVM up %6d ms%n", "start",
          ManagementFactory.getRuntimeMXBean().getUptime());
    }
    return timer;
  }

  /** Ends the phase called {@code name}, which began at the previous call (or at start). */
  public void end(String name) {
    if (ENABLED) {
      long now = System.nanoTime();
      long cpu = processCpuNanos();
      long heap = heapUsed();
      // CPU time of all threads (the JIT compiler and GC included): on a shared machine it varies
      // less than wall time does.
      err.printf(Locale.ROOT, "tieout-phase: %-12s %6d ms  (cpu %6d ms)  heap %+7.1f MB%n", name,
          (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000, (heap - lastHeap) / 1e6);
      last = now;
      lastCpu = cpu;
      lastHeap = heap;
    }
  }
}
