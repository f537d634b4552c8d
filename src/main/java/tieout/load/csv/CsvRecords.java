package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.UserException;
import tieout.load.table.GridCell;

/**
 * The records of a CSV text with the line each starts on, counted from the text itself because a
 * quoted field may span lines. Commas separate fields; double quotes quote them (RFC 4180, as Excel
 * writes it).
 */
public record CsvRecords(ImmutableList<Line> lines) {

  /** One record: its fields as written and the 1-based line it starts on. */
  public record Line(int number, ImmutableList<String> fields) {
    /** Whether every field is empty or white space (a line of bare commas). */
    boolean isBlank() {
      return fields.stream().allMatch(GridCell::isBlankText);
    }
  }

  /**
   * Splits {@code text} into records; {@code keepEmptyLines} keeps empty lines as records without
   * fields, so that the rows of a presentation table keep their places.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  public static CsvRecords parse(String fileName, String csv, boolean keepEmptyLines) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    // Empty lines are dropped here rather than by Commons CSV, whose record positions would then
    // point at the skipped line instead of the record.
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    int[] lineStarts = lineStarts(text);
    List<Line> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        int line = lineOf(lineStarts, record.getCharacterPosition());
        List<String> fields = record.toList();
        // An empty line is one empty field to Commons CSV; to us it is no field at all.
        boolean empty = fields.size() == 1 && fields.get(0).isEmpty();
        if (!empty) {
          lines.add(new Line(line, ImmutableList.copyOf(fields)));
        } else if (keepEmptyLines) {
          lines.add(new Line(line, ImmutableList.of()));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      int line = lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number() + 1;
      throw UserException.at(
          fileName + ":" + line,
          "expected comma-separated values, but a quoted field is not closed: add the closing '\"'");
    }
    return new CsvRecords(ImmutableList.copyOf(lines));
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] lineStarts, long position) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= position) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }
}
