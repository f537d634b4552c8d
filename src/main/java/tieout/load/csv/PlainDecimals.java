package tieout.load.csv;

import java.math.BigDecimal;

/** The values of a tidy CSV: plain decimals such as {@code -11422025} or {@code 0.08}, read without a regex. */
final class PlainDecimals {
  private PlainDecimals() {}

  /**
   * {@code new BigDecimal(text)} of a plain decimal, from its digits when they fit a long: the same
   * value and scale without the parser's copies.
   */
  static BigDecimal parse(String text) {
    int length = text.length();
    // 18 digits, a sign and a point always fit a long.
    if (length > 20) {
      return new BigDecimal(text);
    }
    boolean negative = text.charAt(0) == '-';
    long unscaled = 0;
    int scale = 0;
    int digits = 0;
    boolean fraction = false;
    for (int i = negative ? 1 : 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        fraction = true;
        continue;
      }
      unscaled = unscaled * 10 + (c - '0');
      digits++;
      if (fraction) {
        scale++;
      }
    }
    if (digits > 18) {
      return new BigDecimal(text);
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /** {@code -?\d+(\.\d+)?} without a regex matcher: every line of a million-line file has a value. */
  static boolean isPlain(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i++) != '.' || i == text.length()) {
      return false;
    }
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i == text.length();
  }
}
