package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import tieout.ledger.Amounts;

/**
 * Characters gathered 8K at a time before they reach a report's writer. The machine-readable
 * reports are written in millions of pieces of a few characters (a JSON report of 112,000 checks
 * is 197 MB, most of it indentation and names); one {@link Writer#write(char[], int, int)} per
 * 8K keeps the writer's per-call work out of the loop. Amounts are written as {@link
 * Amounts#plain} writes them, whole numbers without a string in between.
 */
final class TextBuffer {
  private final Writer out;
  /** Package-visible so that the JSON and CSV writers can scan what they just copied in. */
  final char[] chars = new char[8192];
  int used;

  private BigDecimal lastAmount;
  private String lastPlain;

  TextBuffer(Writer out) {
    this.out = out;
  }

  /** Makes room for {@code n} more characters (n at most the buffer's size). */
  void room(int n) throws IOException {
    if (chars.length - used < n) {
      drain();
    }
  }

  void append(char c) throws IOException {
    if (used == chars.length) {
      drain();
    }
    chars[used++] = c;
  }

  void append(String s) throws IOException {
    int length = s.length();
    if (length > chars.length - used) {
      drain();
      if (length > chars.length) {
        out.write(s);
        return;
      }
    }
    s.getChars(0, length, chars, used);
    used += length;
  }

  void append(long value) throws IOException {
    room(20);
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        append(Long.toString(value));
        return;
      }
      chars[used++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = used + digits;
    for (int i = end - 1; i >= used; i--) {
      chars[i] = (char) ('0' + value % 10);
      value /= 10;
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

  /** Hands everything gathered to the writer, and flushes it. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  void drain() throws IOException {
    if (used > 0) {
      out.write(chars, 0, used);
      used = 0;
    }
  }
}
