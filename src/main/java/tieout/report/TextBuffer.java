package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tieout.io.Utf8Sink;
import tieout.ledger.Amounts;

/**
 * A report's text, encoded to UTF-8 as it is formatted and handed to the report's writer 16K at a
 * time. The machine-readable reports are written in millions of pieces of a few characters (a
 * JSON report of 112,000 checks is 197 MB, most of it indentation and names): encoding while
 * formatting, with constant pieces encoded once, is one pass over the text instead of the three
 * of a writer chain (copy, encode, buffer). A writer that takes UTF-8 ({@link Utf8Sink}, a report
 * file's) gets the bytes; any other gets them decoded. A lone surrogate becomes {@code ?}, as
 * {@link java.io.OutputStreamWriter} writes it. Amounts are written as {@link Amounts#plain}
 * writes them, whole numbers without a string in between. docs/performance.md, "Reports at scale".
 */
public final class TextBuffer {
  /** The most characters copied out of a string at a time, and so the most bytes (6 each) asked for. */
  public static final int CHUNK = 2048;

  private final Writer out;
  private final Utf8Sink sink;
  /** Package-visible for the JSON and CSV writers' own loops; only whole characters in it. */
  final byte[] bytes = new byte[1 << 14];
  int used;
  /** Where a string's characters are copied to be read: cheaper than charAt, character by character. */
  final char[] scratch = new char[CHUNK];

  private BigDecimal lastAmount;
  private String lastPlain;

  public TextBuffer(Writer out) {
    this.out = out;
    this.sink = out instanceof Utf8Sink s ? s : null;
  }

  /** Makes room for {@code n} more bytes, n at most the buffer's size. */
  void room(int n) throws IOException {
    if (bytes.length - used < n) {
      drain();
    }
  }

  /** An ASCII character. */
  public void append(char c) throws IOException {
    if (used == bytes.length) {
      drain();
    }
    bytes[used++] = (byte) c;
  }

  /** Bytes encoded beforehand: a constant piece of a report. */
  public void append(byte[] encoded) throws IOException {
    if (encoded.length > bytes.length - used) {
      drain();
    }
    System.arraycopy(encoded, 0, bytes, used, encoded.length);
    used += encoded.length;
  }

  /** Any text, as it is. */
  public void append(String s) throws IOException {
    int length = s.length();
    for (int from = 0; from < length; ) {
      int n = chunk(s, from);
      room(3 * n);
      int at = used;
      for (int i = 0; i < n; i++) {
        char c = scratch[i];
        if (c < 0x80) {
          bytes[at++] = (byte) c;
        } else {
          used = at;
          i += putNonAscii(i, n) - 1;
          at = used;
        }
      }
      used = at;
      from += n;
    }
  }

  /**
   * {@code s} with each ASCII character that has an entry in {@code escapes} written as that entry
   * (ASCII, at most 6 bytes): escaped and encoded in one pass, for the HTML report.
   */
  public void appendEscaped(String s, byte[][] escapes) throws IOException {
    int length = s.length();
    for (int from = 0; from < length; ) {
      int n = chunk(s, from);
      room(6 * n);
      int at = used;
      for (int i = 0; i < n; i++) {
        char c = scratch[i];
        if (c < 0x80) {
          byte[] escape = escapes[c];
          if (escape == null) {
            bytes[at++] = (byte) c;
          } else {
            System.arraycopy(escape, 0, bytes, at, escape.length);
            at += escape.length;
          }
        } else {
          used = at;
          i += putNonAscii(i, n) - 1;
          at = used;
        }
      }
      used = at;
      from += n;
    }
  }

  /**
   * The bytes {@link #appendEscaped} writes for {@code s}, whose length is at most {@link #CHUNK} /
   * 6 characters, without writing them: to keep for text a report writes again and again.
   */
  public byte[] escaped(String s, byte[][] escapes) throws IOException {
    room(6 * s.length());
    int start = used;
    appendEscaped(s, escapes);
    byte[] out = Arrays.copyOfRange(bytes, start, used);
    used = start;
    return out;
  }

  /**
   * Copies up to {@link #CHUNK} characters of {@code s} from {@code from} into {@link #scratch}
   * and says how many: never half a surrogate pair.
   */
  int chunk(String s, int from) {
    int n = Math.min(CHUNK, s.length() - from);
    if (n == CHUNK && Character.isHighSurrogate(s.charAt(from + n - 1))) {
      n--;
    }
    s.getChars(from, from + n, scratch, 0);
    return n;
  }

  /**
   * Encodes {@code scratch[i]}, not ASCII, at {@link #used} (room for 4 bytes is the caller's),
   * with the low surrogate after it if it is a pair's high half, and says how many characters it
   * took.
   */
  int putNonAscii(int i, int end) {
    char c = scratch[i];
    if (c < 0x800) {
      bytes[used++] = (byte) (0xC0 | c >> 6);
      bytes[used++] = (byte) (0x80 | c & 0x3F);
      return 1;
    }
    if (!Character.isSurrogate(c)) {
      bytes[used++] = (byte) (0xE0 | c >> 12);
      bytes[used++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[used++] = (byte) (0x80 | c & 0x3F);
      return 1;
    }
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(scratch[i + 1])) {
      int point = Character.toCodePoint(c, scratch[i + 1]);
      bytes[used++] = (byte) (0xF0 | point >> 18);
      bytes[used++] = (byte) (0x80 | point >> 12 & 0x3F);
      bytes[used++] = (byte) (0x80 | point >> 6 & 0x3F);
      bytes[used++] = (byte) (0x80 | point & 0x3F);
      return 2;
    }
    bytes[used++] = '?';
    return 1;
  }

  public void append(long value) throws IOException {
    room(20);
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        append(Long.toString(value));
        return;
      }
      bytes[used++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = used + digits;
    for (int i = end - 1; i >= used; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    used = end;
  }

  /** {@code value} with its digits in groups of three, {@code -1,234,567}, as Amounts.format writes it. */
  public void appendGrouped(long value) throws IOException {
    if (value == Long.MIN_VALUE) {
      append(tieout.ledger.Amounts.format(BigDecimal.valueOf(value)));
      return;
    }
    room(27);
    if (value < 0) {
      bytes[used++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = used + digits + (digits - 1) / 3;
    int i = end - 1;
    for (int written = 0; ; written++) {
      if (written > 0 && written % 3 == 0) {
        bytes[i--] = ',';
      }
      bytes[i--] = (byte) ('0' + value % 10);
      value /= 10;
      if (value == 0) {
        break;
      }
    }
    used = end;
  }

  /**
   * {@code Amounts.plain(amount)}: whole numbers of up to 18 digits directly, others through
   * Amounts (the last one remembered: a rule's tolerance is the same object in every finding).
   */
  void appendPlain(BigDecimal amount) throws IOException {
    if (isWholeLong(amount)) {
      append(amount.longValue());
    } else {
      if (amount != lastAmount) {
        lastPlain = Amounts.plain(amount);
        lastAmount = amount;
      }
      append(lastPlain);
    }
  }

  /** Whether {@code Amounts.plain(amount)} is {@code Long.toString(amount.longValue())}. */
  static boolean isWholeLong(BigDecimal amount) {
    return amount.scale() == 0 && amount.precision() <= 18;
  }

  public static byte[] ascii(String constant) {
    return constant.getBytes(StandardCharsets.US_ASCII);
  }

  /** Hands everything gathered to the writer, and flushes it. */
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  private void drain() throws IOException {
    if (used > 0) {
      if (sink != null) {
        sink.writeUtf8(bytes, 0, used);
      } else {
        out.write(new String(bytes, 0, used, StandardCharsets.UTF_8));
      }
      used = 0;
    }
  }
}
