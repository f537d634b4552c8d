package tieout.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 writer for one thread, buffered: each string is encoded as it comes and the bytes handed
 * on 64K at a time. A report is written in millions of small pieces (a JSON report's indentation
 * alone is a write per line); {@link java.io.OutputStreamWriter} behind a
 * {@link java.io.BufferedWriter} takes two locks, copies each piece into chars and wraps them in a
 * buffer for the encoder, and with the launcher's client compiler that was most of a JSON report's
 * time (docs/performance.md). Text the encoder cannot encode (a lone surrogate) becomes {@code ?},
 * as with OutputStreamWriter.
 */
final class ReportWriter extends Writer implements Utf8Sink {
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int used;
  /** A high surrogate written alone by {@link #write(int)}, waiting for its low half. */
  private char pendingHigh;

  ReportWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingHigh == 0 && ch < 0x80) {
      if (used == buffer.length) {
        drain();
      }
      buffer[used++] = (byte) ch;
    } else if (pendingHigh == 0 && Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else {
      write(String.valueOf(ch));
    }
  }

  @Override
  public void write(String text) throws IOException {
    if (pendingHigh != 0) {
      text = pendingHigh + text;
      pendingHigh = 0;
    }
    // For text in ISO-8859-1 without accents, getBytes is a plain copy of the string's bytes.
    put(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(offset == 0 && length == text.length() ? text : text.substring(offset, offset + length));
  }

  /**
   * ASCII, what the reports mostly are, goes straight into the bytes; from the first other
   * character on, the rest through a string. A high surrogate that ends the piece waits for its
   * low half in the next one, as with {@link #write(int)}: the reports' own buffers cut text
   * wherever they fill up.
   */
  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int i = offset;
    int end = offset + length;
    if (pendingHigh == 0) {
      while (i < end) {
        if (used == buffer.length) {
          drain();
        }
        int stop = Math.min(end, i + buffer.length - used);
        int at = used;
        while (i < stop && chars[i] < 0x80) {
          buffer[at++] = (byte) chars[i++];
        }
        used = at;
        if (i < stop) {
          break;
        }
      }
    }
    if (i < end) {
      boolean keepLast = Character.isHighSurrogate(chars[end - 1]);
      int stop = keepLast ? end - 1 : end;
      if (stop > i || pendingHigh != 0 && keepLast) {
        write(new String(chars, i, stop - i));
      }
      if (keepLast) {
        pendingHigh = chars[end - 1];
      }
    }
  }

  @Override
  public void writeUtf8(byte[] bytes, int offset, int length) throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put(new byte[] {'?'});
    }
    if (length > buffer.length - used) {
      drain();
      if (length > buffer.length) {
        out.write(bytes, offset, length);
        return;
      }
    }
    System.arraycopy(bytes, offset, buffer, used, length);
    used += length;
  }

  @Override
  public Writer append(CharSequence text) throws IOException {
    write(String.valueOf(text));
    return this;
  }

  @Override
  public void flush() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put(new byte[] {'?'});
    }
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  private void put(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length - used) {
      drain();
      if (bytes.length > buffer.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }
}
