package tieout.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;

/**
 * The XBRL load alone (parse, contexts, facts, the calculation linkbase) of a generated instance of
 * 140,000 facts, in a JVM run as bin/tieout runs it (the quick compiler alone, the serial collector):
 * compares two builds of the XML plumbing more finely than whole runs on a shared machine can.
 * Run with {@code bench/jmh.sh XbrlLoad}; docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"})
public class XbrlLoad {
  private Path instance;

  @Setup(Level.Trial)
  public void write() throws IOException {
    Path dir = Files.createTempDirectory("tieout-jmh-xbrl");
    Generator.write(new SyntheticLedger(140_000, 20, 1), Generator.Format.XBRL, dir);
    instance = dir.resolve("ledger.xml");
  }

  @Benchmark
  public XbrlFiling load() throws IOException {
    return XbrlLoader.load(instance, Taxonomy.builder().build(), 2_000_000);
  }
}
