package tieout.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tieout.engine.Finding;
import tieout.run.RunResult;

/** What the Spark tests share: a session on a master, and findings as comparable lines. */
final class SparkRuns {
  private SparkRuns() {}

  static final Path RULES = Path.of("rules/us-gaap");

  static SparkSession session(String master) {
    org.apache.spark.SparkConf conf = LoggingSetup.apply(new org.apache.spark.SparkConf());
    return SparkSession.builder().config(conf).master(master).appName("tieout-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /** The findings the job wrote (its Parquet output), one line each. */
  static Set<String> written(SparkSession spark, Path out) {
    Set<String> lines = new TreeSet<>();
    for (Row r : spark.read().parquet(out.resolve("findings.parquet").toString()).collectAsList()) {
      lines.add(line(FindingRow.fromRow(r)));
    }
    return lines;
  }

  /** One JVM's findings ({@code tieout check}'s run) as the same lines. */
  static Set<String> checked(RunResult r) {
    Set<String> lines = new TreeSet<>();
    for (Finding f : r.findings()) {
      lines.add(line(FindingRow.of(f, "")));
    }
    r.unreadable().forEach(p -> lines.add(line(FindingRow.unreadable(p.location(), p.message()))));
    return lines;
  }

  /** rule, filing, period, dimensions, status, reported, computed, variance; the entity and message too. */
  static String line(FindingRow f) {
    return String.join(" | ", List.of(String.valueOf(f.rule()), String.valueOf(f.filing()), String.valueOf(f.entity()),
        String.valueOf(f.period()), String.valueOf(f.dimensions()), f.status(), f.severity(),
        String.valueOf(f.reported()), String.valueOf(f.computed()), String.valueOf(f.variance()),
        String.valueOf(f.tolerance()), f.status().equals("UNREADABLE") ? f.source() + ": " + f.message()
            : String.valueOf(f.reason())));
  }
}
