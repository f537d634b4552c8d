package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.testing.SharedData;

/**
 * The driver end to end, as {@code bin/tieout-spark} runs it (its own local Spark): the summary
 * line, the exit code of {@code check}, and the CSV output's header and rows. Skips without ../shared.
 */
class DriverTest {
  @Test
  void dailySet(@TempDir Path dir) throws Exception {
    Path zip = SharedData.require("data/sec-fsds/20250701.zip");
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setProperty("spark.ui.enabled", "false");
    int code;
    try {
      code = Main.run(new String[] {"--output", out.toString(), "--partitions", "2", zip.toString()},
          new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    } finally {
      System.clearProperty("spark.ui.enabled");
    }
    assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));
    // As `tieout check 20250701.zip --rules rules/us-gaap`: 82 checks: 38 passed, ... 44 not evaluated.
    assertEquals(List.of("tieout: 82 checks: 38 passed, 0 failed, 0 warnings, 44 not evaluated; 6 filings",
        "tieout: findings in " + out + "/findings.parquet and " + out + "/findings.csv"),
        stdout.toString(StandardCharsets.UTF_8).lines().toList());
    List<String> rows;
    try (Stream<Path> parts = Files.list(out.resolve("findings.csv"))) {
      rows = parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted()
          .flatMap(p -> {
            try {
              return Files.readAllLines(p).stream();
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }).toList();
    }
    String header = "rule,severity,status,message,entity,period,dimensions,reported,computed,variance,tolerance,"
        + "reason,filing,source";
    assertEquals(82, rows.stream().filter(r -> !r.equals(header)).count());
    assertEquals(true, rows.contains(header));
  }
}
