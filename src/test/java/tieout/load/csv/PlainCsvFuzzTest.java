package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tieout.error.UserException;
import tieout.load.LoadProgress;

/**
 * Differential fuzz target for {@link PlainCsv}: for any file it reads as plain, the records, line
 * numbers and survey are exactly those of {@link CsvScan} over the file's text; and it refuses no
 * file that is plain. (In real runs only files of 1 MB or more are tried; here every file is.)
 */
class PlainCsvFuzzTest {
  private static String outcome(CsvSurvey survey, TestCsv.Recorder sink) {
    return survey + "\n" + String.join("\n", sink.records);
  }

  @FuzzTest(maxDuration = "10m")
  void plainFilesReadAsCommonsCsvReadsThem(byte[] data) throws IOException {
    Path file = Files.createTempFile("plain", ".csv");
    try {
      Files.write(file, data);
      TestCsv.Recorder fast = new TestCsv.Recorder();
      CsvSurvey plain = PlainCsv.scan(file, fast, LoadProgress.NONE);
      String text = CsvText.read(file);
      TestCsv.Recorder whole = new TestCsv.Recorder();
      String general;
      try {
        general = outcome(CsvScan.scan("f.csv", text, whole, LoadProgress.NONE), whole);
      } catch (UserException e) {
        general = "error: " + e.getMessage();
      }
      if (plain != null) {
        assertThat(outcome(plain, fast), equalTo(general));
      } else if (isPlain(data) && !whole.records.isEmpty()) {
        assertThat("a plain file was refused: " + general, plain, notNullValue());
      }
    } finally {
      Files.delete(file);
    }
  }

  /** ASCII without quote, NUL, semicolon, tab or a carriage return outside \r\n (UTF-8 is plain too, but not checked here). */
  private static boolean isPlain(byte[] data) {
    for (int i = 0; i < data.length; i++) {
      byte b = data[i];
      if (b < 0 || b == '"' || b == 0 || b == ';' || b == '\t' || (b == '\r' && (i + 1 == data.length || data[i + 1] != '\n'))) {
        return false;
      }
    }
    return true;
  }
}
