package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.run.RunResult;
import tieout.testing.Runs;
import tieout.testing.SharedData;

/**
 * The job on a cluster of two executor JVMs apart from the driver ({@code local-cluster[2,1,1024]}:
 * a standalone master and two workers in the test's JVM, each launching an executor process), so
 * that the rows are serialised, shuffled and the classes loaded as on a real cluster. An executor
 * is killed while the job runs, and the input folder holds a damaged zip: the findings are still
 * exactly those of one JVM on the same folder, the damaged zip named in one. Skips without ../shared.
 */
class ClusterTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkRuns.session("local-cluster[2,1,1024]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void executorKilledMidJobAndADamagedZip(@TempDir Path dir) throws Exception {
    Path inputs = Files.createDirectory(dir.resolve("in"));
    for (String zip : List.of("20250701.zip", "2010q1.zip")) {
      Files.copy(SharedData.require("data/sec-fsds/" + zip), inputs.resolve(zip));
    }
    // Not a zip at all: the first bytes of one, then noise (a download cut off and overwritten).
    Files.write(inputs.resolve("2011q1.zip"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 0, 1, 2, 3});
    RunResult one = Runs.run(List.of(inputs), SparkRuns.RULES);
    Set<String> expected = SparkRuns.checked(one);
    assertTrue(expected.stream().anyMatch(l -> l.contains("UNREADABLE") && l.contains("2011q1.zip")), expected.toString());

    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger removed = new AtomicInteger();
    String[] running = new String[1];
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskStart(SparkListenerTaskStart task) {
        if (running[0] == null) {
          running[0] = task.taskInfo().executorId();
          started.countDown();
        }
      }

      @Override
      public void onExecutorRemoved(SparkListenerExecutorRemoved executor) {
        removed.incrementAndGet();
      }
    });
    Path out = dir.resolve("out");
    CompletableFuture<SparkCheck.Outcome> job = CompletableFuture.supplyAsync(() -> SparkCheck.run(spark,
        InputListing.of(List.of(inputs.toString()), java.util.Map.of()), RulesText.read(SparkRuns.RULES), out.toString(), 4));
    assertTrue(started.await(120, TimeUnit.SECONDS), "no task started");
    ProcessHandle executor = executorProcess(running[0]);
    assertTrue(executor.destroyForcibly());
    SparkCheck.Outcome outcome = job.get(600, TimeUnit.SECONDS);

    assertEquals(1, removed.get(), "executors lost");
    assertEquals(expected, SparkRuns.written(spark, out));
    assertEquals(1, outcome.unreadable());
    assertEquals(1, outcome.exitCode(false));
  }

  /**
   * The executor JVM of id {@code id}, a child of this (the driver's) process. Its arguments are read
   * from /proc: the JDK's view of a command line this long stops at the class path.
   */
  private static ProcessHandle executorProcess(String id) {
    List<ProcessHandle> found = ProcessHandle.current().descendants()
        .filter(p -> {
          String args = commandLine(p);
          return args.contains("CoarseGrainedExecutorBackend") && args.matches("(?s).*--executor-id " + id + " .*");
        })
        .toList();
    assertEquals(1, found.size(), "executor " + id + " processes");
    return found.get(0);
  }

  private static String commandLine(ProcessHandle p) {
    try {
      return new String(Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline")), java.nio.charset.StandardCharsets.UTF_8)
          .replace('\0', ' ');
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
