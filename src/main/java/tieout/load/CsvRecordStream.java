package tieout.load;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.UserException;

/**
 * The records of a CSV text one at a time, as {@link CsvRecords} reads them (same line numbers,
 * empty lines skipped) but without holding them all: a million-line tidy file is read in a single
 * pass with one record in flight.
 */
final class CsvRecordStream implements Iterator<CsvRecords.Line>, AutoCloseable {
  private final String fileName;
  private final String text;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  /** Line number at {@link #position}, counted incrementally because quoted fields may span lines. */
  private int line = 1;
  private int position;
  private int lastLine;
  private CsvRecords.Line next;

  CsvRecordStream(String fileName, String csv) {
    this.fileName = fileName;
    this.text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try {
      this.parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.records = parser.iterator();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return false;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw UserException.at(
            fileName + ":" + (lastLine + 1),
            "expected comma-separated values, but a quoted field is not closed: add the closing '\"'");
      }
      int number = lineAt((int) record.getCharacterPosition());
      lastLine = number;
      // An empty line is one empty field to Commons CSV; to us it is no record at all.
      if (!(record.size() == 1 && record.get(0).isEmpty())) {
        next = new CsvRecords.Line(number, ImmutableList.copyOf(record.values()));
      }
    }
    return true;
  }

  @Override
  public CsvRecords.Line next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CsvRecords.Line result = next;
    next = null;
    return result;
  }

  /** {@link CsvRecords.Line#isBlank()}, without a regular expression for fields that start with text. */
  static boolean isBlank(CsvRecords.Line line) {
    for (String field : line.fields()) {
      if (!field.isEmpty() && !Character.isWhitespace(field.charAt(0)) && field.charAt(0) != '\u00a0') {
        return false;
      }
    }
    return line.isBlank();
  }

  private int lineAt(int target) {
    for (; position < target; position++) {
      char c = text.charAt(position);
      if (c == '\n' || (c == '\r' && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
