package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.UserException;
import tieout.load.LoadProgress;

/**
 * The one Commons CSV pass over a text: it surveys the file ({@link CsvSurvey}) and hands each
 * record to a {@link CsvSink} as it goes, so that a tidy file is parsed once rather than surveyed and
 * then parsed again. Commas separate fields; double quotes quote them (RFC 4180, as Excel writes
 * it). Lines are counted by {@link LineCounter} from the text itself, because a quoted field may
 * span lines.
 */
public final class CsvScan {
  /**
   * Empty lines are dropped by the pass rather than by Commons CSV, whose record positions would
   * then point at the skipped line instead of the record.
   */
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
  /** The fields of an empty line, for a sink that keeps its place. */
  private static final String[] NO_FIELDS = new String[0];
  /** Often enough for a bar to move on a file of a few MB, rarely enough to cost nothing. */
  private static final int PROGRESS_EVERY = 16_384;

  private final String text;
  private final LineCounter lines;
  private final boolean keepEmptyLines;
  private final LoadProgress progress;
  private long cells;
  private long multi;
  private int semicolon;
  private int tab;
  private List<String> first;
  /** The line of the last record passed to the sink, 0 before the first. */
  private int lastPassed;
  private long records;

  private CsvScan(String text, boolean keepEmptyLines, LoadProgress progress) {
    this.text = text;
    this.lines = new LineCounter(text);
    this.keepEmptyLines = keepEmptyLines;
    this.progress = progress;
  }

  /**
   * Reads {@code text} (a file's text without its byte order mark, as {@link CsvText#read} gives it)
   * of file {@code fileName}, passing every non-empty record to {@code sink} and telling
   * {@code progress} the characters read.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  static CsvSurvey scan(String fileName, String text, CsvSink sink, LoadProgress progress) {
    CsvScan pass = new CsvScan(text, false, progress);
    pass.run(fileName, sink);
    return new CsvSurvey(pass.cells, pass.multi, pass.semicolon, pass.tab, Optional.ofNullable(pass.first));
  }

  /**
   * As {@link #scan}, but an empty line is passed too, as a record without fields, so that the rows
   * of a presentation table keep their places ({@link CsvRecords}).
   */
  static void scanKeepingEmptyLines(String fileName, String text, CsvSink sink) {
    new CsvScan(text, true, LoadProgress.NONE).run(fileName, sink);
  }

  private void run(String fileName, CsvSink sink) {
    try (CSVParser parser = CSVParser.parse(new TextReader(text), FORMAT)) {
      for (CSVRecord record : parser) {
        int position = (int) record.getCharacterPosition();
        if (++records % PROGRESS_EVERY == 0) {
          progress.advance(position);
        }
        int line = lines.lineAt(position);
        String[] fields = record.values();
        // An empty line is one empty field to Commons CSV; to us it is no field at all.
        if (fields.length == 1 && fields[0].isEmpty()) {
          if (keepEmptyLines) {
            lastPassed = line;
            sink.record(line, NO_FIELDS);
          }
          continue;
        }
        survey(line, fields);
        lastPassed = line;
        sink.record(line, fields);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw UserException.at(
          fileName + ":" + (lastPassed + 1),
          "expected comma-separated values, but a quoted field is not closed: add the closing '\"'");
    }
  }

  private void survey(int line, String[] fields) {
    cells += fields.length;
    if (fields.length > 1) {
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
  }

  /** A text as a reader, without copying it out first. */
  private static final class TextReader extends Reader {
    private final String text;
    private int position;

    TextReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position >= text.length()) {
        return -1;
      }
      int n = Math.min(length, text.length() - position);
      text.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public int read() {
      return position < text.length() ? text.charAt(position++) : -1;
    }

    @Override
    public void close() {}
  }
}
