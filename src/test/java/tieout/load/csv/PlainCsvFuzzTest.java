package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tieout.error.UserException;
import tieout.load.LoadProgress;

/**
 * Differential fuzz target for {@link PlainCsv}: for any file it reads as plain, the records, line
 * numbers and survey are exactly those of {@link CsvScan} over the file's text; and it refuses no
 * file that is plain. (In real runs only files of 1 MB or more are tried, and split at 4 MB; here
 * every file is, and is offered for splitting.)
 */
class PlainCsvFuzzTest {
  /** Every record a sink receives, as "line: fields". */
  private static final class Recorder implements CsvScan.Sink {
    final List<String> records = new ArrayList<>();

    @Override
    public void record(int line, String[] fields) {
      records.add(line + ": " + String.join("|", fields));
    }
  }

  private static String outcome(CsvSurvey survey, Recorder... sinks) {
    List<String> records = new ArrayList<>();
    for (Recorder s : sinks) {
      records.addAll(s.records);
    }
    return survey + "\n" + String.join("\n", records);
  }

  @FuzzTest(maxDuration = "10m")
  void plainFilesReadAsCommonsCsvReadsThem(byte[] data) throws IOException {
    if (startsWithTwoByteOrderMarks(data)) {
      // The general path drops a second mark too (CsvText.read, then CsvScan); here it is text, as
      // it should be. The loader never sees the difference: such a file's first field starts with
      // U+FEFF, which no tidy header has, so it goes the general way.
      return;
    }
    Path file = Files.createTempFile("plain", ".csv");
    try {
      Files.write(file, data);
      Recorder first = new Recorder();
      Recorder second = new Recorder();
      CsvSurvey plain = PlainCsv.scan(file, 0, first, () -> second, LoadProgress.NONE);
      String text = CsvText.read(file);
      Recorder whole = new Recorder();
      String general;
      try {
        general = outcome(CsvScan.scan("f.csv", text, whole), whole);
      } catch (UserException e) {
        general = "error: " + e.getMessage();
      }
      if (plain != null) {
        assertThat(outcome(plain, first, second), equalTo(general));
      } else if (isPlain(data) && !whole.records.isEmpty()) {
        assertThat("a plain file was refused: " + general, plain, notNullValue());
      }
    } finally {
      Files.delete(file);
    }
  }

  private static boolean startsWithTwoByteOrderMarks(byte[] data) {
    byte[] two = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    return data.length >= two.length && java.util.Arrays.equals(data, 0, two.length, two, 0, two.length);
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
