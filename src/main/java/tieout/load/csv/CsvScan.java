package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.UserException;
import tieout.load.LoadProgress;

/**
 * One streaming Commons CSV pass over a text that both surveys it ({@link CsvSurvey}) and hands each
 * non-empty record to a {@link Sink}, so that a tidy file is parsed once rather than surveyed and
 * then parsed again. Records and line numbers are those of {@link CsvRecords#parse} without empty
 * lines.
 */
public final class CsvScan {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  /** Receives the records of a scan. */
  public interface Sink {
    /**
     * One non-empty record starting on {@code line}; {@code fields} belongs to the parser's record
     * and must not be changed.
     */
    void record(int line, String[] fields);
  }

  private CsvScan() {}

  /**
   * The line of a position, counted as {@link CsvRecords} counts them ({@code \n}, {@code \r\n} or a
   * lone {@code \r} ends a line) for positions that only grow. It jumps from break to break with
   * {@link String#indexOf(int, int)} rather than looking at every character.
   */
  static final class LineCounter {
    private final String text;
    private int line = 1;
    private int nextLf;
    private int nextCr;

    LineCounter(String text) {
      this.text = text;
      this.nextLf = next(text.indexOf('\n'));
      this.nextCr = next(text.indexOf('\r'));
    }

    /** The 1-based line of {@code position}, not less than any position asked before. */
    int lineAt(int position) {
      while (nextLf < position) {
        line++;
        nextLf = next(text.indexOf('\n', nextLf + 1));
      }
      while (nextCr < position) {
        // \r\n is one break, counted at its \n.
        if (nextCr + 1 >= text.length() || text.charAt(nextCr + 1) != '\n') {
          line++;
        }
        nextCr = next(text.indexOf('\r', nextCr + 1));
      }
      return line;
    }

    private static int next(int index) {
      return index < 0 ? Integer.MAX_VALUE : index;
    }
  }

  /**
   * Scans {@code csv} (a leading byte order mark is skipped) of file {@code fileName}, passing every
   * non-empty record to {@code sink}.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  static CsvSurvey scan(String fileName, String csv, Sink sink) {
    return scan(fileName, csv, sink, LoadProgress.NONE);
  }

  /** As {@link #scan(String, String, Sink)}, telling {@code progress} the characters read. */
  static CsvSurvey scan(String fileName, String csv, Sink sink, LoadProgress progress) {
    return scanText(fileName, withoutBom(csv), sink, progress, csv.length());
  }

  /** One pass over {@code text}, whose byte order mark, if any, is already gone. */
  private static CsvSurvey scanText(String fileName, String text, Sink sink, LoadProgress progress, long total) {
    Pass pass = new Pass(text, 0, text.length(), new LineCounter(text));
    pass.report(progress, 1, total);
    pass.run(sink, null);
    return pass.survey(fileName, null);
  }

  /**
   * As {@link #scan}, but a text of at least {@code minSplit} characters without any double quote
   * (so that every line break ends a record) is read in two halves at once: the first on this
   * thread into {@code sink}, the second, started once the first record has been passed, on another
   * thread into {@code second.get()}. When that supplier gives null (the first record says the file
   * is not read line by line) the second half is read afterwards into {@code sink}. The survey and the
   * line numbers are those of one pass.
   *
   * @throws UserException naming the file and line when a quoted field is not closed
   */
  static CsvSurvey scanInHalves(String fileName, String csv, int minSplit, Sink sink, Supplier<Sink> second) {
    return scanInHalves(fileName, csv, minSplit, sink, second, LoadProgress.NONE);
  }

  /**
   * As {@link #scanInHalves(String, String, int, Sink, Supplier)}, telling {@code progress} the
   * characters read. Only this thread reports (a listener hears one thread): while both halves are
   * read at once, twice the first half's position, since they go at the same pace.
   */
  static CsvSurvey scanInHalves(
      String fileName, String csv, int minSplit, Sink sink, Supplier<Sink> second, LoadProgress progress) {
    String text = withoutBom(csv);
    int split = text.length() < minSplit || text.indexOf('"') >= 0 ? -1 : text.indexOf('\n', text.length() / 2) + 1;
    if (split <= 0 || split >= text.length()) {
      // Not scan(csv): the mark is stripped once, so a second U+FEFF stays text as in one pass.
      return scanText(fileName, text, sink, progress, csv.length());
    }
    Pass firstHalf = new Pass(text, 0, split, new LineCounter(text));
    Pass secondHalf = new Pass(text, split, text.length(), new LineCounter(text));
    firstHalf.report(progress, 1, csv.length());
    SecondHalf[] worker = {null};
    Runnable startSecond = () -> {
      Sink other = second.get();
      if (other == null) {
        return;
      }
      worker[0] = SecondHalf.start(() -> secondHalf.run(other, null));
      firstHalf.report(progress, 2, csv.length());
    };
    Throwable failure;
    try {
      firstHalf.run(sink, startSecond);
      if (!firstHalf.sawRecord) {
        startSecond.run();
      }
    } finally {
      failure = SecondHalf.join(worker[0]);
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    } else if (failure instanceof Error e) {
      throw e;
    }
    if (worker[0] == null) {
      secondHalf.report(progress, 1, csv.length());
      secondHalf.run(sink, null);
    }
    return firstHalf.survey(fileName, secondHalf);
  }

  private static String withoutBom(String csv) {
    return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
  }

  /** The survey counters of one range of the text, read with Commons CSV. */
  private static final class Pass {
    /** Often enough for a bar to move on a file of a few MB, rarely enough to cost nothing. */
    static final int PROGRESS_EVERY = 16_384;

    private final String text;
    private final int start;
    private final int end;
    private final LineCounter lines;
    private long cells;
    private long multi;
    private int semicolon;
    private int tab;
    private List<String> first;
    private int lastKept;
    private boolean sawRecord;
    private boolean unclosedQuote;
    private LoadProgress progress = LoadProgress.NONE;
    private int pace = 1;
    private long total;
    private long records;

    Pass(String text, int start, int end, LineCounter lines) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.lines = lines;
    }

    /**
     * Tells {@code listener} the characters read every {@link #PROGRESS_EVERY} records: this range's position times
     * {@code pace} (the ranges read at once), at most {@code total}.
     */
    void report(LoadProgress listener, int pace, long total) {
      this.progress = listener;
      this.pace = pace;
      this.total = total;
    }

    /** Reads the range into {@code sink}; {@code afterFirst}, if any, runs once the first record is passed. */
    void run(Sink sink, Runnable afterFirst) {
      try (CSVParser parser = CSVParser.parse(new TextRange(text, start, end), FORMAT)) {
        for (CSVRecord record : parser) {
          int position = start + (int) record.getCharacterPosition();
          if (++records % PROGRESS_EVERY == 0) {
            progress.advance(Math.min(total, (long) pace * position));
          }
          int line = lines.lineAt(position);
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
          if (!sawRecord) {
            sawRecord = true;
            if (afterFirst != null) {
              afterFirst.run();
            }
          }
        }
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        unclosedQuote = true;
      }
    }

    /**
     * The survey of this range followed by {@code next} (null for none).
     *
     * @throws UserException when either range has a quoted field that is not closed
     */
    CsvSurvey survey(String fileName, Pass next) {
      if (unclosedQuote || (next != null && next.unclosedQuote)) {
        int kept = unclosedQuote || next.lastKept == 0 ? lastKept : next.lastKept;
        throw UserException.at(
            fileName + ":" + (kept + 1),
            "expected comma-separated values, but a quoted field is not closed: add the closing '\"'");
      }
      if (next == null) {
        return new CsvSurvey(cells, multi, semicolon, tab, Optional.ofNullable(first));
      }
      return new CsvSurvey(
          cells + next.cells,
          multi + next.multi,
          semicolon != 0 ? semicolon : next.semicolon,
          tab != 0 ? tab : next.tab,
          Optional.ofNullable(first != null ? first : next.first));
    }
  }

  /** The characters {@code [start, end)} of a text as a reader, without copying them out first. */
  private static final class TextRange extends Reader {
    private final String text;
    private final int end;
    private int position;

    TextRange(String text, int start, int end) {
      this.text = text;
      this.position = start;
      this.end = end;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position >= end) {
        return -1;
      }
      int n = Math.min(length, end - position);
      text.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public int read() {
      return position < end ? text.charAt(position++) : -1;
    }

    @Override
    public void close() {}
  }
}
