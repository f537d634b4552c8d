package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tieout.report.Summary;
import tieout.run.RunResult;
import tieout.testing.Runs;
import tieout.testing.SharedData;

/**
 * Every SEC data set of ../shared/data/sec-fsds through {@code tieout check}'s run on one JVM and
 * through the Spark job (local[2], shuffled by filing): the same findings, line for line, and the
 * same counts. Skips when ../shared is absent.
 */
class SameAsOneJvmTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.session("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"20250701.zip", "2010q1.zip", "2010q1-with-segments.zip"})
  void sameFindings(String zip, @TempDir Path out) {
    Path path = SharedData.require("data/sec-fsds/" + zip);
    RunResult one = Runs.run(List.of(path), SparkRuns.RULES);
    SparkCheck.Outcome outcome = SparkCheck.run(spark, List.of(path.toAbsolutePath().toString()),
        RulesText.read(SparkRuns.RULES), out.toString(), 3);
    Set<String> expected = SparkRuns.checked(one);
    assertEquals(expected, SparkRuns.written(spark, out));
    Summary s = Summary.of(one.findings());
    assertEquals(s.line() + Summary.unreadable(one.unreadable().size()),
        outcome.line().substring(0, outcome.line().lastIndexOf(';')));
    assertEquals(one.ledger().facts().stream().map(f -> f.entity()).distinct().count(), outcome.filings());
  }
}
