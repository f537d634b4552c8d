package tieout.load.csv;

import tieout.load.LoadProgress;
import com.google.common.collect.ImmutableList;
import tieout.error.UserException;
import tieout.load.table.GridCell;

/**
 * The records of a CSV text, kept in memory with the line each starts on, as a presentation table and
 * the annotator need them: read by the one Commons CSV pass ({@link CsvScan}).
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
   * Splits {@code text} (a file's text without its byte order mark, as {@link CsvText#read} gives it)
   * into records; {@code keepEmptyLines} keeps empty lines as records without fields, so that the rows
   * of a presentation table keep their places.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  public static CsvRecords parse(String fileName, String text, boolean keepEmptyLines) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    CsvSink sink = (line, fields) -> lines.add(new Line(line, ImmutableList.copyOf(fields)));
    if (keepEmptyLines) {
      CsvScan.scanKeepingEmptyLines(fileName, text, sink);
    } else {
      CsvScan.scan(fileName, text, sink, LoadProgress.NONE);
    }
    return new CsvRecords(lines.build());
  }
}
