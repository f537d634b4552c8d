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
 * scale"); CsvTextTest compares the two on random fields.
 */
final class CsvText {
  private final TextBuffer text;
  private boolean newRecord = true;

  CsvText(Writer out) {
    this.text = new TextBuffer(out);
  }

  CsvText field(String value) throws IOException {
    boolean first = newRecord;
    separate();
    int length = value.length();
    if (length == 0) {
      if (first) {
        text.append("\"\""); // else a record of one empty field would be an empty line
      }
    } else if (length >= text.chars.length / 2 || !copiedAsIs(value)) {
      quotedIfNeeded(value);
    }
    return this;
  }

  /** {@code Amounts.plain(amount)}, which never needs quotes (digits, a point and a minus sign). */
  CsvText plain(BigDecimal amount) throws IOException {
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

  /**
   * Copies the value into the buffer and keeps it there if it needs no quotes (most values):
   * scanning the buffer's chars is cheaper than the string's.
   */
  private boolean copiedAsIs(String value) throws IOException {
    int length = value.length();
    text.room(length);
    char[] chars = text.chars;
    int start = text.used;
    value.getChars(0, length, chars, start);
    int end = start + length;
    if (chars[start] <= '#' || chars[end - 1] <= ' ') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return false;
      }
    }
    text.used = end;
    return true;
  }

  private void quotedIfNeeded(String value) throws IOException {
    int length = value.length();
    boolean quote = value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ';
    for (int i = 0; i < length && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      text.append(value);
      return;
    }
    text.append('"');
    int from = 0;
    for (int at = value.indexOf('"'); at >= 0; at = value.indexOf('"', from)) {
      text.append(value.substring(from, at + 1));
      text.append('"');
      from = at + 1;
    }
    text.append(value.substring(from));
    text.append('"');
  }
}
