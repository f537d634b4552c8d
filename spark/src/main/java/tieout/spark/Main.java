package tieout.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import tieout.error.UserException;

/**
 * The driver: {@code tieout-spark [--rules DIR] [--output DIR] [--partitions N] [--fail-on error|warning]
 * PATH...}, each PATH an SEC data set (zip or extracted folder), a tidy CSV or a folder of them, local or any
 * Hadoop file system URL ({@link InputListing}).
 * Runs under {@code spark-submit} (its master) or alone ({@code local[*]}); exit codes as {@code check}.
 */
public final class Main {
  private Main() {}

  static final String USAGE = "usage: tieout-spark [--rules DIR] [--output DIR] [--partitions N]"
      + " [--fail-on error|warning] PATH...";

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Options o = Options.parse(args);
      LinkedHashMap<String, String> rules = RulesText.read(o.rules);
      SparkConf conf = LoggingSetup.apply(new SparkConf().setAppName("tieout"));
      List<Input> inputs = InputListing.of(o.paths, HadoopSettings.of(conf));
      if (!conf.contains("spark.master")) {
        conf.setMaster("local[*]");
      }
      SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
      try {
        SparkCheck.Outcome outcome = SparkCheck.run(spark, inputs, rules, o.output, o.partitions);
        out.println("tieout: " + outcome.line());
        out.println("tieout: findings in " + o.output + "/findings.parquet and " + o.output + "/findings.csv");
        return outcome.exitCode(o.failOnWarning);
      } finally {
        spark.stop();
      }
    } catch (UserException e) {
      err.println(e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("tieout-spark: internal error: " + e);
      if (System.getenv("TIEOUT_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 3;
    }
  }

  /** The command line. */
  record Options(Path rules, String output, int partitions, boolean failOnWarning, List<String> paths) {
    static Options parse(String[] args) {
      Path rules = Path.of("rules/us-gaap");
      String output = "tieout-spark-out";
      int partitions = 8;
      boolean failOnWarning = false;
      List<String> paths = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--rules" -> rules = Path.of(value(args, ++i, a));
          case "--output" -> output = value(args, ++i, a);
          case "--partitions" -> partitions = partitions(value(args, ++i, a));
          case "--fail-on" -> {
            String v = value(args, ++i, a);
            if (!v.equals("error") && !v.equals("warning")) {
              throw UserException.at("--fail-on", "expected error or warning, found '" + v + "'");
            }
            failOnWarning = v.equals("warning");
          }
          default -> {
            if (a.startsWith("--")) {
              throw UserException.at(a, "unknown option; " + USAGE);
            }
            paths.add(a);
          }
        }
      }
      if (paths.isEmpty()) {
        throw UserException.at("tieout-spark", "expected at least one SEC data set (zip or folder), tidy CSV or folder of them; " + USAGE);
      }
      return new Options(rules, output, partitions, failOnWarning, paths);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw UserException.at(option, "expected a value after it; " + USAGE);
      }
      return args[i];
    }

    private static int partitions(String text) {
      try {
        int n = Integer.parseInt(text);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw UserException.at("--partitions", "expected a whole number of at least 1, found '" + text + "'");
    }
  }
}
