package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * A CSV writer that writes what Commons CSV's {@code CSVPrinter} writes with {@code
 * CSVFormat.RFC4180} (comma, CRLF, minimal quoting): a field is quoted, its quotes doubled, when
 * it holds a comma, quote, CR or LF, starts with a character up to {@code #}, ends with one up to
 * a space, or is empty and the first of its record. CSVPrinter's per-field work (a format lookup,
 * a write per piece) was most of a full CSV report's time (docs/performance.md, "Reports at
 * scale"); CsvFieldsTest compares the two on random fields.
 */
final class CsvFields {
  /** The characters that make a field quoted wherever they are. */
  private static final boolean[] QUOTED = new boolean[128];

  static {
    QUOTED[','] = true;
    QUOTED['"'] = true;
    QUOTED['\r'] = true;
    QUOTED['\n'] = true;
  }

  private final TextBuffer text;
  private boolean newRecord = true;

  CsvFields(Writer out) {
    this.text = new TextBuffer(out);
  }

  CsvFields field(String value) throws IOException {
    boolean first = newRecord;
    separate();
    int length = value.length();
    if (length == 0) {
      if (first) {
        text.append('"'); // else a record of one empty field would be an empty line
        text.append('"');
      }
    } else if (length > TextBuffer.CHUNK || value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
      if (length <= TextBuffer.CHUNK || needsQuotes(value)) {
        quoted(value);
      } else {
        encode(value, false);
      }
    } else {
      // Most values need no quotes: written as they are, and written again quoted if one turns out to.
      text.room(3 * length);
      int start = text.used;
      if (!encode(value, false)) {
        text.used = start;
        quoted(value);
      }
    }
    return this;
  }

  /** {@code Amounts.plain(amount)}, which never needs quotes (digits, a point and a minus sign). */
  CsvFields plain(BigDecimal amount) throws IOException {
    separate();
    text.appendPlain(amount);
    return this;
  }

  void record(String... fields) throws IOException {
    for (String f : fields) {
      field(f);
    }
    endRecord();
  }

  void endRecord() throws IOException {
    text.append('\r');
    text.append('\n');
    newRecord = true;
  }

  /** The most bytes a field written in parts takes: it is then always whole in the buffer. */
  static final int PARTS_ROOM = 8192;
  /** Where the field written in parts started, and whether it was its record's first. */
  private int partsStart;
  private boolean partsFirst;

  /**
   * Starts a field written in parts ({@link #part}), unquoted, straight into the bytes: for the
   * facts cell of each check, which would otherwise be a string made, copied and encoded. The
   * caller makes sure its first and last characters need no quotes, and writes at most {@link
   * #PARTS_ROOM} bytes ({@link #partsRoom}).
   */
  void beginParts() throws IOException {
    text.room(PARTS_ROOM);
    partsStart = text.used;
    partsFirst = newRecord;
    separate();
  }

  /** How many more bytes the field in parts may take. */
  int partsRoom() {
    return PARTS_ROOM - (text.used - partsStart);
  }

  /** Text in the field: false, when it holds a character that needs quotes. */
  boolean part(String s) throws IOException {
    return encode(s, false);
  }

  /** An ASCII character that needs no quotes. */
  void part(char c) throws IOException {
    text.append(c);
  }

  void part(long value) throws IOException {
    text.append(value);
  }

  /** Takes back the field in parts: it is written whole instead. */
  void abandonParts() {
    text.used = partsStart;
    newRecord = partsFirst;
  }

  /** Hands everything written to the writer, and flushes it. */
  void flush() throws IOException {
    text.flush();
  }

  private void separate() throws IOException {
    if (newRecord) {
      newRecord = false;
    } else {
      text.append(',');
    }
  }

  private static boolean needsQuotes(String value) {
    int length = value.length();
    if (value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
      return true;
    }
    return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
        || value.indexOf('\n') >= 0;
  }

  private void quoted(String value) throws IOException {
    text.append('"');
    encode(value, true);
    text.append('"');
  }

  /**
   * The value in UTF-8, with each quote doubled if it is quoted; if it is not, false at the first
   * character that needs quotes, the value written so far.
   */
  private boolean encode(String value, boolean quoted) throws IOException {
    int length = value.length();
    for (int from = 0; from < length; ) {
      int n = text.chunk(value, from);
      text.room(3 * n);
      char[] chars = text.scratch;
      byte[] bytes = text.bytes;
      int at = text.used;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c < 0x80) {
          if (QUOTED[c]) {
            if (!quoted) {
              return false;
            }
            if (c == '"') {
              bytes[at++] = '"';
            }
          }
          bytes[at++] = (byte) c;
        } else {
          text.used = at;
          i += text.putNonAscii(i, n) - 1;
          at = text.used;
        }
      }
      text.used = at;
      from += n;
    }
    return true;
  }
}
