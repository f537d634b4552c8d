package tieout.spark;

import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job: SEC data sets and tidy CSV files to findings, on Spark. Stage one reads each input in a
 * task of its own ({@link InputReader}); the facts are then grouped by filing (the entity the SEC
 * reader gives each adsh; a tidy CSV's entity) into {@code partitions} partitions, and each filing is checked by the core's {@link
 * Reconciler} with the same rules as {@code tieout check}. Findings and unreadable inputs are
 * written to {@code OUT/findings.parquet} and {@code OUT/findings.csv} ({@link FindingRow}).
 */
public final class SparkCheck {
  private SparkCheck() {}

  /** What the driver prints and exits by. */
  public record Outcome(long checks, long passed, long failed, long warnings, long notEvaluated, long unreadable,
      long filings) {
    /** As {@code check}'s summary line. */
    public String line() {
      return checks + (checks == 1 ? " check: " : " checks: ") + passed + " passed, " + failed + " failed, "
          + warnings + (warnings == 1 ? " warning, " : " warnings, ") + notEvaluated + " not evaluated"
          + tieout.report.Summary.unreadable((int) Math.min(Integer.MAX_VALUE, unreadable))
          + "; " + filings + (filings == 1 ? " filing" : " filings");
    }

    /** {@code check}'s rule: 1 when an error-severity check failed (or a warning, at {@code warning}) or an input was unreadable. */
    public int exitCode(boolean failOnWarning) {
      return failed > 0 || unreadable > 0 || (failOnWarning && warnings > 0) ? 1 : 0;
    }
  }

  /**
   * Runs the job on {@code inputs} ({@link InputListing}) with the
   * rules {@code rulesText} ({@link RulesText#read}), writing under {@code out}.
   */
  public static Outcome run(SparkSession spark, List<Input> inputs, LinkedHashMap<String, String> rulesText,
      String out, int partitions) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<LinkedHashMap<String, String>> rules = sc.broadcast(rulesText);
    Broadcast<java.util.TreeMap<String, String>> hadoop = sc.broadcast(HadoopSettings.of(sc.getConf()));
    // One partition an input: a task reads one whole data set (a zip cannot be split) or CSV file.
    JavaRDD<Read> reads = sc.parallelize(inputs, Math.max(1, inputs.size()))
        .flatMap(input -> InputReader.read(input, rules.value(), hadoop.value()));
    // Each input's record of a filing (all its facts there, FactCodec) to the filing's group; the
    // unreadable parts, of no filing, to the group of key null. One pass over the inputs, and
    // nothing of them kept: only the findings are.
    JavaRDD<CheckedBatches.Checked> groups = reads.mapToPair(r -> new Tuple2<>(r.entity(), r))
        .groupByKey(partitions)
        .mapPartitions(filings -> new CheckedBatches(filings, rules.value()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<FindingRow> all = groups.flatMap(g -> g.rows().iterator());
    Dataset<Row> frame = spark.createDataFrame(all.map(FindingRow::toRow), FindingRow.SCHEMA);
    frame.write().mode(SaveMode.Overwrite).parquet(out + "/findings.parquet");
    frame.write().mode(SaveMode.Overwrite).option("header", "true").csv(out + "/findings.csv");
    // The counts from the kept findings, each group tallied once: one pass, not one per count.
    Tally tally = groups.map(Tally::of).fold(Tally.NONE, Tally::plus);
    groups.unpersist();
    return tally.outcome();
  }

  /** A summary's counts over some groups. */
  record Tally(long passed, long failed, long warnings, long notEvaluated, long unreadable, long filings)
      implements java.io.Serializable {
    static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

    static Tally of(CheckedBatches.Checked group) {
      long passed = 0;
      long failed = 0;
      long warnings = 0;
      long notEvaluated = 0;
      long unreadable = 0;
      for (FindingRow r : group.rows()) {
        switch (r.status()) {
          case "PASS" -> passed++;
          case "NOT_EVALUATED" -> notEvaluated++;
          case "FAIL" -> {
            if (r.severity().equals("error")) {
              failed++;
            } else {
              warnings++;
            }
          }
          default -> unreadable++;
        }
      }
      return new Tally(passed, failed, warnings, notEvaluated, unreadable, group.filings());
    }

    Tally plus(Tally o) {
      return new Tally(passed + o.passed, failed + o.failed, warnings + o.warnings, notEvaluated + o.notEvaluated,
          unreadable + o.unreadable, filings + o.filings);
    }

    Outcome outcome() {
      return new Outcome(passed + failed + warnings + notEvaluated, passed, failed, warnings, notEvaluated, unreadable,
          filings);
    }
  }
}
