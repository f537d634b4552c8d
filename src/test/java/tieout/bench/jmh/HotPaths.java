package tieout.bench.jmh;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import com.google.common.collect.ImmutableList;
import tieout.engine.Finding;
import tieout.engine.Interval;
import tieout.engine.Reconciler;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.load.AmountParser;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;
import tieout.testing.Runs;

/**
 * JMH micro-benchmarks of the hot paths profiling found: amount parsing (tidy CSV values and
 * printed workbook amounts), interval sums (every check adds its operands' intervals) and the
 * context index (every operand is one lookup), and one rule kind end to end (roll-ups). Run with {@code bench/jmh.sh}; see
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPaths {
  private static final String[] PLAIN = {"2512427", "-1381834", "0.08", "1130593", "-11422025"};
  private static final String[] PRINTED = {"2,512,427", "(1,381,834)", "—", "$ 1,130,593", "0.08"};

  private Ledger ledger;
  private List<Fact> probes;
  private Fact[] operands;
  private RuleSet rollupsOnly;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path dir = Files.createTempDirectory("tieout-jmh");
    Path csv = Generator.write(new SyntheticLedger(100_000, 0, 1), Generator.Format.CSV, dir);
    RuleSet rules = RulesLoader.load(dir.resolve("rules"));
    ledger = Runs.ledger(List.of(csv), rules.taxonomy());
    rollupsOnly = new RuleSet(rules.taxonomy(),
        rules.rules().stream().filter(r -> r instanceof Rule.Rollup).collect(ImmutableList.toImmutableList()));
    // Every 97th fact: lookups spread over the whole table, as a check's are.
    probes = java.util.stream.IntStream.range(0, ledger.size() / 97)
        .mapToObj(i -> ledger.facts().get(i * 97)).toList();
    operands = ledger.facts().subList(0, 5).toArray(new Fact[0]);
  }

  /** A tidy-CSV value: a plain decimal into a BigDecimal. */
  @Benchmark
  public void parsePlainDecimal(Blackhole bh) {
    for (String s : PLAIN) {
      bh.consume(new BigDecimal(s));
    }
  }

  /** A workbook's printed amount: grouping, parentheses, dashes, currency signs. */
  @Benchmark
  public void parsePrintedAmount(Blackhole bh) {
    for (String s : PRINTED) {
      bh.consume(AmountParser.parse(s));
    }
  }

  /** The sum of five operands' intervals, each from its value and decimals (a roll-up's right side). */
  @Benchmark
  public Interval intervalSumOfFive() {
    Interval sum = Interval.ZERO;
    for (Fact f : operands) {
      sum = sum.plus(Interval.of(f.amount(), f.decimals()));
    }
    return sum;
  }

  /** One interval from a value and its decimals (-3: thousands). */
  @Benchmark
  public Interval intervalOfThousands() {
    return Interval.of(new BigDecimal("1130593000"), Decimals.of(-3));
  }

  /** One context lookup in a 100,000-fact ledger (ns per lookup = score / probes). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void indexLookups(Blackhole bh) {
    for (Fact f : probes) {
      bh.consume(ledger.find(f.concept(), f.entity(), f.period(), f.dimensions()));
    }
  }

  /**
   * The generated rules' roll-up alone over the 100,000-fact ledger: every series' quarter sums and
   * year-to-date chains (plus the built-in duplicate and excess-digits checks every run makes).
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ImmutableList<Finding> rollupCheck() {
    return Reconciler.check(rollupsOnly, ledger);
  }
}
