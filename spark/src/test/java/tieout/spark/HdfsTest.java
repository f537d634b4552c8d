package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.run.RunResult;
import tieout.testing.Runs;

/**
 * The job on a real HDFS (a NameNode and a DataNode on 127.0.0.1, Hadoop's own minicluster): the
 * inputs listed and read through {@code hdfs://} URLs (two zips, one data set extracted into a
 * folder, one damaged zip) and the findings written there, as on a cluster. The findings are those
 * of one JVM on local copies of the same files, the damaged zip named in one.
 * Needs no ../shared.
 */
class HdfsTest {
  @TempDir
  static Path dir;
  private static MiniDFSCluster hdfs;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    spark = SparkRuns.session("local[2]");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void readsAndWritesHdfsUrls() throws IOException {
    Path local = Files.createDirectory(dir.resolve("in"));
    PlantedErrorsTest.writeQuarter(local.resolve("2024q1.zip"), 0);
    PlantedErrorsTest.writeQuarter(local.resolve("2024q2.zip"), 1);
    Path zipped = dir.resolve("2024q3.zip");
    PlantedErrorsTest.writeQuarter(zipped, 2);
    extract(zipped, Files.createDirectory(local.resolve("2024q3")));
    // Not a zip at all: the first bytes of one, then noise.
    Files.write(local.resolve("2024q4.zip"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 0, 1, 2, 3});
    // One JVM reads data sets as zips: the extracted one as the zip it came from.
    RunResult one = Runs.run(List.of(local.resolve("2024q1.zip"), local.resolve("2024q2.zip"), zipped,
        local.resolve("2024q4.zip")), SparkRuns.RULES);
    assertEquals(1, one.unreadable().size());

    FileSystem fs = hdfs.getFileSystem();
    String root = hdfs.getURI().toString();
    assertTrue(root.startsWith("hdfs://localhost:"), root); // the minicluster binds to loopback
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toUri()), new org.apache.hadoop.fs.Path("/sec"));

    SparkCheck.Outcome outcome = SparkCheck.run(spark, InputListing.of(List.of(root + "/sec"), Map.of()),
        RulesText.read(SparkRuns.RULES), root + "/out", 3);

    Set<String> written = new TreeSet<>();
    for (Row r : spark.read().parquet(root + "/out/findings.parquet").collectAsList()) {
      written.add(SparkRuns.line(FindingRow.fromRow(r)));
    }
    Set<String> expected = SparkRuns.checked(one);
    assertEquals(Set.of(), difference(expected, written), "one JVM's findings the job did not write");
    assertEquals(Set.of(), difference(written, expected), "findings the job wrote that one JVM did not");
    assertTrue(written.stream().anyMatch(l -> l.contains("UNREADABLE") && l.contains("2024q4.zip")), "damaged zip named");
    assertEquals(120, outcome.filings());
    assertEquals(1, outcome.unreadable());
    assertEquals(1, outcome.exitCode(false));
    assertTrue(fs.exists(new org.apache.hadoop.fs.Path("/out/findings.csv/_SUCCESS")));
    assertEquals(written.size(), spark.read().option("header", "true").csv(root + "/out/findings.csv").count());
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static void extract(Path zip, Path folder) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Files.copy(in, folder.resolve(e.getName()));
      }
    }
  }
}
