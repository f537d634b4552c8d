package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tieout.error.UserException;

/**
 * Differential fuzz target for the CSV scan: for any text, reading it in two halves on two threads
 * gives exactly what one pass gives: the same records with the same line numbers, the same survey,
 * or the same error. (In real runs only texts of 4 MB or more without quotes are split; here every
 * text is offered for splitting.)
 */
class CsvScanFuzzTest {
  /** Every record a sink receives, as "line: fields". */
  private static final class Recorder implements CsvScan.Sink {
    final List<String> records = new ArrayList<>();

    @Override
    public void record(int line, String[] fields) {
      records.add(line + ": " + String.join("|", fields));
    }
  }

  /** What a scan gave: its records and survey, or its error. */
  private static String outcome(List<Recorder> sinks, java.util.function.Supplier<CsvSurvey> scan) {
    try {
      CsvSurvey survey = scan.get();
      List<String> records = new ArrayList<>();
      sinks.forEach(s -> records.addAll(s.records));
      return survey + "\n" + String.join("\n", records);
    } catch (UserException e) {
      return "error: " + e.getMessage();
    }
  }

  @FuzzTest(maxDuration = "10m")
  void halvesReadAsOnePass(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    Recorder whole = new Recorder();
    String onePass = outcome(List.of(whole), () -> CsvScan.scan("f.csv", text, whole));
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    String halves = outcome(List.of(first, second), () -> CsvScan.scanInHalves("f.csv", text, 0, first, () -> second));
    assertThat(halves, equalTo(onePass));
  }
}
