package tieout.load.sec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a tab-separated SEC file streamed from its zip entry, split at {@code \n} only (a
 * {@code \r} before it is dropped; a lone {@code \r} inside a footnote stays in the line, where
 * {@link java.io.BufferedReader#readLine()} would break the line there), decoded as UTF-8, and
 * counting the bytes consumed so that a progress bar can show how far a 400 MB {@code num.txt} is.
 * {@link #advance()} offers a line as bytes instead, for {@code num.txt}'s millions of lines
 * ({@link LineFields}): most of their fields are looked up without ever being decoded.
 */
final class TabLines implements AutoCloseable {
  private final InputStream in;
  /** When reading pieces from a {@link ReadAhead}: its thread has found the tabs and line breaks. */
  private final ReadAhead ahead;
  private ReadAhead.Chunk chunk;
  /** Of {@link #chunk}: its tabs' and line breaks' positions, the next to take at {@link #mark}. */
  private int[] marks;
  private int markCount;
  private int mark;
  private byte[] buffer;
  private byte[] line = new byte[256];
  private int length;
  /** Where the current line's tabs are, the first {@link #tabCount}. */
  private int[] tabs = new int[32];
  private int tabCount;
  private int position;
  private int limit;
  private long consumed;

  TabLines(InputStream in) {
    this.in = in;
    this.ahead = null;
    this.buffer = new byte[1 << 16];
  }

  /** The lines of {@code ahead}, taken a piece at a time with the tabs and line breaks its thread found. */
  TabLines(ReadAhead ahead) {
    this.in = ahead;
    this.ahead = ahead;
  }

  /** The next line without its line break, or null at the end. */
  String next() throws IOException {
    return advance() ? new String(line, 0, length, StandardCharsets.UTF_8) : null;
  }

  /**
   * Moves to the next line, false at the end; {@link #bytes()} holds it (the first {@link #length()}
   * bytes, without its line break), until the next call.
   */
  boolean advance() throws IOException {
    int filled = 0;
    tabCount = 0;
    while (true) {
      if (position == limit && !refill()) {
        return filled > 0 && ended(filled);
      }
      int start = position;
      int shift = filled - start; // a buffer position's offset in the line
      if (ahead != null) {
        position = marked(shift);
      } else {
        // One pass finds both the line's end and its tabs (LineFields), where two passes read each byte twice.
        while (position < limit) {
          byte b = buffer[position];
          if (b == '\n') {
            break;
          }
          if (b == '\t') {
            tab(position + shift);
          }
          position++;
        }
      }
      int n = position - start;
      if (filled + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, filled + n));
      }
      System.arraycopy(buffer, start, line, filled, n);
      filled += n;
      consumed += n;
      if (position < limit) { // at the '\n'
        position++;
        consumed++;
        return ended(filled);
      }
    }
  }

  /** Reads more into the buffer (or takes the next piece); false at the end. */
  private boolean refill() throws IOException {
    position = 0;
    if (ahead != null) {
      chunk = ahead.next(chunk);
      if (chunk == null) {
        limit = 0;
        return false;
      }
      buffer = chunk.data();
      limit = chunk.length();
      marks = chunk.marks();
      markCount = chunk.markCount();
      mark = 0;
      return true;
    }
    limit = in.read(buffer, 0, buffer.length);
    if (limit <= 0) {
      limit = 0;
      return false;
    }
    return true;
  }

  /**
   * From the piece's next mark, notes the tabs (at their positions plus {@code shift}) up to the
   * next line break, and gives its position (or the limit when the piece has none left).
   */
  private int marked(int shift) {
    while (mark < markCount) {
      int at = marks[mark++];
      if (buffer[at] == '\n') {
        return at;
      }
      tab(at + shift);
    }
    return limit;
  }

  private void tab(int at) {
    if (tabCount == tabs.length) {
      tabs = Arrays.copyOf(tabs, tabCount * 2);
    }
    tabs[tabCount++] = at;
  }

  private boolean ended(int filled) {
    length = filled > 0 && line[filled - 1] == '\r' ? filled - 1 : filled;
    return true;
  }

  /** The current line's bytes (the first {@link #length()}); overwritten by the next {@link #advance()}. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** The positions of the current line's tabs: the first {@link #tabCount()}, in order. */
  int[] tabs() {
    return tabs;
  }

  int tabCount() {
    return tabCount;
  }

  /** Bytes read so far, line breaks included. */
  long consumed() {
    return consumed;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
