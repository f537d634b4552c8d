package tieout.load.sec;

import java.nio.charset.StandardCharsets;

/**
 * A tab-separated line kept as bytes, its fields as offsets: the fields {@code split("\t", -1)}
 * would give (every one, empty and trailing ones included), but nothing decoded until a field's text
 * is asked for. A quarter's 3.5 million {@code num.txt} lines repeat a few thousand filings, tags,
 * dates and units; {@link BytesTable} finds those from the bytes, so most fields are never made into
 * strings.
 *
 * <p>Fields of UTF-8 text decode on their own as they would inside the whole line: a tab is one
 * byte that is never part of a longer character.
 */
final class LineFields {
  private byte[] line = new byte[0];
  private int length;
  /** Where field i starts; field i ends one byte before {@code starts[i + 1]} (the tab). */
  private int[] starts = new int[32];
  private int count;

  /** The current line of {@code in}, its bytes kept (not copied) until {@code in} moves on. */
  void split(TabLines in) {
    split(in.bytes(), in.length(), in.tabs(), in.tabCount());
  }

  /** The first {@code length} bytes of {@code line}, whose tabs are at the first {@code tabCount} of {@code tabs}. */
  void split(byte[] line, int length, int[] tabs, int tabCount) {
    this.line = line;
    this.length = length;
    if (starts.length < tabCount + 2) {
      starts = new int[tabCount + 2];
    }
    starts[0] = 0;
    for (int i = 0; i < tabCount; i++) {
      starts[i + 1] = tabs[i] + 1;
    }
    starts[tabCount + 1] = length + 1; // so that the last field ends at the line's end
    count = tabCount + 1;
  }

  /** The number of fields. */
  int count() {
    return count;
  }

  byte[] bytes() {
    return line;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return starts[field + 1] - 1;
  }

  /** The field's text, as the line decoded and split would give it. */
  String text(int field) {
    return new String(line, start(field), end(field) - start(field), StandardCharsets.UTF_8);
  }

  /** Whether the field is empty or white space only ({@code text(field).isBlank()}). */
  boolean blank(int field) {
    return blank(start(field), end(field));
  }

  /** Whether the whole line is empty or white space only. */
  boolean blankLine() {
    return blank(0, length);
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = line[i];
      if (b < 0) { // a non-ASCII character: Java's own test of white space decides
        return new String(line, from, to - from, StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
