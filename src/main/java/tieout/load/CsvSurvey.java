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
 * What the checks before a CSV is read need to know of the whole file, gathered in one streaming
 * pass without keeping its records: the fields in all, the records of more than one field, the
 * first one-field record holding a semicolon or a tab, and the first non-empty record (which
 * decides the layout). Records and line numbers are those of {@link CsvRecords#parse} without empty
 * lines.
 *
 * @param cells fields in all records
 * @param multiFieldLines records of more than one field
 * @param firstSemicolonLine line of the first one-field record containing ';', or 0
 * @param firstTabLine line of the first one-field record containing a tab, or 0
 * @param first the first non-empty record's fields, if any
 */
record CsvSurvey(long cells, long multiFieldLines, int firstSemicolonLine, int firstTabLine,
    Optional<List<String>> first) {

  /**
   * Surveys {@code csv} (a leading byte order mark is skipped) of file {@code fileName}.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  static CsvSurvey of(String fileName, String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    long cells = 0;
    long multi = 0;
    int semicolon = 0;
    int tab = 0;
    List<String> first = null;
    int lastKept = 0;
    int line = 1;
    int position = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        // Count line breaks up to the record, as CsvRecords does with its table of line starts.
        int target = (int) record.getCharacterPosition();
        for (; position < target; position++) {
          char c = text.charAt(position);
          if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
            line++;
          }
        }
        int size = record.size();
        if (size == 1 && record.get(0).isEmpty()) {
          continue;
        }
        lastKept = line;
        cells += size;
        if (size > 1) {
          multi++;
        } else {
          String only = record.get(0);
          if (semicolon == 0 && only.indexOf(';') >= 0) {
            semicolon = line;
          }
          if (tab == 0 && only.indexOf('\t') >= 0) {
            tab = line;
          }
        }
        if (first == null) {
          first = ImmutableList.copyOf(record.values());
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw UserException.at(
          fileName + ":" + (lastKept + 1),
          "expected comma-separated values, but a quoted field is not closed: add the closing '\"'");
    }
    return new CsvSurvey(cells, multi, semicolon, tab, Optional.ofNullable(first));
  }
}
