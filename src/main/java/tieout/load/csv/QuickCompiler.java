package tieout.load.csv;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM compiles with HotSpot's quick compiler (C1) alone, as bin/tieout runs it
 * ({@code -XX:TieredStopAtLevel=1}, bin/jvm.options). Then a second loading thread pays: the
 * optimizing compiler is not there to need the other core (1,000,000 facts on two cores: load
 * 1.0-1.1 s in two halves against 1.3-1.4 s in one pass). Asked once, only by large loads: the
 * answer costs some 25 ms of management classes.
 */
final class QuickCompiler {
  private static volatile Boolean only;

  private QuickCompiler() {}

  static boolean only() {
    Boolean known = only;
    if (known == null) {
      known = ask();
      only = known;
    }
    return known;
  }

  private static boolean ask() {
    try {
      return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .getVMOption("TieredStopAtLevel").getValue().equals("1");
    } catch (RuntimeException | LinkageError e) {
      return false; // not HotSpot, or no such option: assume the JVM's usual compilers
    }
  }
}
