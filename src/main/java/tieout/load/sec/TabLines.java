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
 */
final class TabLines implements AutoCloseable {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private byte[] line = new byte[256];
  private int position;
  private int limit;
  private long consumed;

  TabLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its line break, or null at the end. */
  String next() throws IOException {
    int length = 0;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return length == 0 ? null : text(length);
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int n = position - start;
      if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(buffer, start, line, length, n);
      length += n;
      consumed += n;
      if (position < limit) { // at the '\n'
        position++;
        consumed++;
        return text(length);
      }
    }
  }

  /** Bytes read so far, line breaks included. */
  long consumed() {
    return consumed;
  }

  private String text(int length) {
    int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
    return new String(line, 0, end, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
