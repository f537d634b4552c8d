package tieout.load.xbrl;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The text of an instance fact, gathered from the parser's character buffers into one buffer reused
 * for every fact, and read as a decimal from there: a large instance has a fact a line, and a String
 * (and BigDecimal's own copy of its characters) for each was most of what reading a value allocated.
 */
final class FactText {
  private char[] chars = new char[64];
  private int length;

  void setLength(int n) {
    length = n;
  }

  void append(char[] from, int start, int count) {
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
    System.arraycopy(from, start, chars, length, count);
    length += count;
  }

  /**
   * The text as a decimal, as {@code new BigDecimal(t)} reads it after {@link String#strip()} and one
   * leading '+' taken off; null when it is not a number.
   */
  BigDecimal decimal() {
    int start = 0;
    int end = length;
    while (start < end && Character.isWhitespace(chars[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(chars[end - 1])) {
      end--;
    }
    if (start < end && chars[start] == '+') {
      start++;
    }
    if (start == end) {
      return null; // nothing left: BigDecimal would refuse it too
    }
    try {
      return new BigDecimal(chars, start, end - start);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
