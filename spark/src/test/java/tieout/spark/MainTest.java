package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's user errors: exit 2 with one message, before any Spark starts. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8).strip();
  }

  @Test
  void missingPath(@TempDir Path dir) {
    String missing = dir.resolve("2025q1.zip").toString();
    assertEquals(2, run(missing));
    assertEquals(missing + ": error: not found: expected an SEC data set (a .zip or an extracted folder with sub.txt and"
        + " num.txt) or a tidy .csv, or a folder of them; check the path", err());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void folderWithoutInputs(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.writeString(dir.resolve("_SUCCESS.csv"), "");
    Files.createDirectory(dir.resolve("2024q1")); // a folder without sub.txt and num.txt
    Files.writeString(dir.resolve("2024q1/num.txt"), "adsh\ttag\n");
    assertEquals(2, run(dir.toString()));
    assertEquals(dir + ": error: expected SEC data sets (zips or extracted folders with sub.txt and num.txt) or tidy"
        + " CSV files in this folder, found none; name them or their folder", err());
  }

  @Test
  void fileOfAnotherKind(@TempDir Path dir) throws Exception {
    Path text = Files.writeString(dir.resolve("num.txt"), "adsh\ttag\n");
    assertEquals(2, run(text.toString()));
    assertEquals(text + ": error: expected an SEC data set (a .zip or an extracted folder with sub.txt and num.txt)"
        + " or a tidy .csv, found 'num.txt'; name such files or their folder", err());
  }

  @Test
  void badPartitions() {
    assertEquals(2, run("--partitions", "0", "x.zip"));
    assertEquals("--partitions: error: expected a whole number of at least 1, found '0'", err());
  }

  @Test
  void noPath() {
    assertEquals(2, run("--output", "out"));
    assertEquals("tieout-spark: error: expected at least one SEC data set (zip or folder), tidy CSV or folder of them; " + Main.USAGE, err());
  }

  @Test
  void missingRules(@TempDir Path dir) {
    assertEquals(2, run("--rules", dir.resolve("none").toString(), "x.zip"));
    assertEquals(dir.resolve("none") + ": error: rules folder not found: expected a folder of *.taxonomy and *.rules files;"
        + " name one with --rules DIR (tieout's own rules/us-gaap holds checks for US GAAP filings and SEC data sets)",
        err());
  }
}
