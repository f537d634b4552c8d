package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A streaming JSON writer for the reports that writes, character for character, what Gson's
 * {@code JsonWriter} writes with {@code setIndent("  ")} and {@code setHtmlSafe(true)}: a newline
 * and two spaces a level before each member and element, {@code ": "} after a name, {@code {}}
 * and {@code []} when empty, and in strings {@code \" \\ \t \b \n \r \f}, other control
 * characters, {@code < > & = '}, U+2028 and U+2029 escaped as Gson escapes them. Gson's writer,
 * with its state checks and a write per piece, was most of a full JSON report's time
 * (docs/performance.md, "Reports at scale"); JsonTextTest compares the two on random text and
 * on whole reports. Only well-formed sequences of calls are expected: the reports are the only
 * callers.
 */
final class JsonText {
  /** What Gson writes for each ASCII character it escapes; null for the others. */
  private static final String[] ESCAPES = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04x", c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
    for (char c : "<>&='".toCharArray()) {
      ESCAPES[c] = String.format("\\u%04x", (int) c);
    }
  }

  /** A newline and enough indentation for any depth the reports reach; copied from in one piece. */
  private static final char[] NEWLINE_AND_SPACES = ("\n" + " ".repeat(126)).toCharArray();

  private final TextBuffer text;
  /** Per open object or array, from the outermost: whether it has a member or element yet. */
  private boolean[] nonEmpty = new boolean[16];
  private int depth;
  /** A name was just written: its value follows the colon with nothing in between. */
  private boolean afterName;

  JsonText(Writer out) {
    this.text = new TextBuffer(out);
  }

  JsonText beginObject() throws IOException {
    return open('{');
  }

  JsonText endObject() throws IOException {
    return close('}');
  }

  JsonText beginArray() throws IOException {
    return open('[');
  }

  JsonText endArray() throws IOException {
    return close(']');
  }

  JsonText name(String name) throws IOException {
    nextItem();
    string(name);
    text.room(2);
    text.chars[text.used++] = ':';
    text.chars[text.used++] = ' ';
    afterName = true;
    return this;
  }

  JsonText value(String value) throws IOException {
    beforeValue();
    string(value);
    return this;
  }

  JsonText value(long value) throws IOException {
    beforeValue();
    text.append(value);
    return this;
  }

  /** {@code Amounts.plain(amount)} as a JSON string. */
  JsonText plain(BigDecimal amount) throws IOException {
    beforeValue();
    text.append('"');
    text.appendPlain(amount);
    text.append('"');
    return this;
  }

  JsonText nullValue() throws IOException {
    beforeValue();
    text.append("null");
    return this;
  }

  /**
   * A value already written as JSON by Gson's pretty writer from the top level; its lines are
   * indented to this depth, as Gson would have indented them here. Strings in it hold no raw
   * newline (Gson escapes them), so every newline is a line break.
   */
  JsonText jsonValue(String json) throws IOException {
    beforeValue();
    int from = 0;
    for (int at = json.indexOf('\n'); at >= 0; at = json.indexOf('\n', from)) {
      text.append(json.substring(from, at));
      newline(depth);
      from = at + 1;
    }
    text.append(json.substring(from));
    return this;
  }

  /** Hands everything written to the writer, and flushes it. */
  void flush() throws IOException {
    text.flush();
  }

  private JsonText open(char bracket) throws IOException {
    beforeValue();
    text.append(bracket);
    depth++;
    if (depth == nonEmpty.length) {
      nonEmpty = Arrays.copyOf(nonEmpty, depth * 2);
    }
    nonEmpty[depth] = false;
    return this;
  }

  private JsonText close(char bracket) throws IOException {
    boolean hadItems = nonEmpty[depth];
    depth--;
    if (hadItems) {
      newline(depth);
    }
    text.append(bracket);
    return this;
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      nextItem();
    }
  }

  /** The comma after the previous member or element, if any, and the new line. */
  private void nextItem() throws IOException {
    if (nonEmpty[depth]) {
      text.append(',');
    } else {
      nonEmpty[depth] = true;
    }
    newline(depth);
  }

  private void newline(int level) throws IOException {
    int length = 1 + 2 * level;
    if (length > NEWLINE_AND_SPACES.length) {
      text.append('\n');
      text.append("  ".repeat(level));
      return;
    }
    text.room(length);
    System.arraycopy(NEWLINE_AND_SPACES, 0, text.chars, text.used, length);
    text.used += length;
  }

  /**
   * A quoted, escaped string. Most strings need no escape: they are copied into the buffer whole
   * and scanned there; from the first character that needs one on, the rest goes a character at
   * a time.
   */
  private void string(String s) throws IOException {
    int length = s.length();
    text.append('"');
    int from = 0;
    if (length < text.chars.length / 2) {
      text.room(length);
      char[] chars = text.chars;
      int start = text.used;
      s.getChars(0, length, chars, start);
      int end = start + length;
      int i = start;
      while (i < end && !escaped(chars[i])) {
        i++;
      }
      text.used = i;
      from = i - start;
    }
    for (int i = from; i < length; i++) {
      char c = s.charAt(i);
      if (escaped(c)) {
        text.append(escape(c));
      } else {
        text.append(c);
      }
    }
    text.append('"');
  }

  private static boolean escaped(char c) {
    return c < 128 ? ESCAPES[c] != null : c == '\u2028' || c == '\u2029';
  }

  private static String escape(char c) {
    return c < 128 ? ESCAPES[c] : c == '\u2028' ? "\\u2028" : "\\u2029";
  }
}
