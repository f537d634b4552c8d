package tieout.load;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.UserException;

/**
 * One streaming Commons CSV pass over a text that both surveys it ({@link CsvSurvey}) and hands each
 * non-empty record to a {@link Sink}, so that a tidy file is parsed once rather than surveyed and
 * then parsed again. Records and line numbers are those of {@link CsvRecords#parse} without empty
 * lines.
 */
final class CsvScan {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  /** Receives the records of a scan. */
  interface Sink {
    /**
     * One non-empty record starting on {@code line}; {@code fields} belongs to the parser's record
     * and must not be changed.
     */
    void record(int line, String[] fields);
  }

  private CsvScan() {}

  /**
   * Scans {@code csv} (a leading byte order mark is skipped) of file {@code fileName}, passing every
   * non-empty record to {@code sink}.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  static CsvSurvey scan(String fileName, String csv, Sink sink) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    long cells = 0;
    long multi = 0;
    int semicolon = 0;
    int tab = 0;
    List<String> first = null;
    int lastKept = 0;
    int line = 1;
    int position = 0;
    int length = text.length();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        // Count line breaks up to the record, as CsvRecords does with its table of line starts.
        int target = (int) record.getCharacterPosition();
        for (; position < target; position++) {
          char c = text.charAt(position);
          if (c == '\n' || (c == '\r' && (position + 1 >= length || text.charAt(position + 1) != '\n'))) {
            line++;
          }
        }
        String[] fields = record.values();
        int size = fields.length;
        if (size == 1 && fields[0].isEmpty()) {
          continue;
        }
        lastKept = line;
        cells += size;
        if (size > 1) {
          multi++;
        } else {
          String only = fields[0];
          if (semicolon == 0 && only.indexOf(';') >= 0) {
            semicolon = line;
          }
          if (tab == 0 && only.indexOf('\t') >= 0) {
            tab = line;
          }
        }
        if (first == null) {
          first = ImmutableList.copyOf(fields);
        }
        sink.record(line, fields);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw UserException.at(
          fileName + ":" + (lastKept + 1),
          "expected comma-separated values, but a quoted field is not closed: add the closing '\"'");
    }
    return new CsvSurvey(cells, multi, semicolon, tab, Optional.ofNullable(first));
  }
}
