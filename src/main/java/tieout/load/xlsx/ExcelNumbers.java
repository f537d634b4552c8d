package tieout.load.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * A stored cell number as the decimal Excel shows (15 significant digits), with a fast path for
 * the plain decimals most cells store: a plain decimal of at most 15 significant digits survives
 * the round trip through a double unchanged, so it needs none of POI's digit expansion.
 */
final class ExcelNumbers {
  private ExcelNumbers() {}

  /** The value of the {@code <v>} text {@code raw}, as {@code NumberToTextConverter} renders it. */
  static BigDecimal decimal(String raw) {
    if (isShortPlainDecimal(raw)) {
      return new BigDecimal(raw);
    }
    BigDecimal whole = shortWhole(raw);
    if (whole != null) {
      return whole;
    }
    return new BigDecimal(NumberToTextConverter.toText(Double.parseDouble(raw)));
  }

  private static final BigDecimal TEN_TO_THE_15 = BigDecimal.TEN.pow(15);

  /**
   * A whole number of at most 15 significant digits, below 10^15, written as Java writes a double
   * ({@code 3940264.0}, {@code 1.2345678E7}): how POI, and so many generated workbooks, store
   * numbers. Such a number survives the round trip through a double as well, and Excel shows it
   * whole. Null for any other text.
   */
  static BigDecimal shortWhole(String s) {
    int e = s.indexOf('E');
    if (e < 0) {
      if (!s.endsWith(".0")) {
        return null;
      }
      String digits = s.substring(0, s.length() - 2);
      return digits.indexOf('.') < 0 && isShortPlainDecimal(digits) ? new BigDecimal(digits) : null;
    }
    // d.dddE<positive exponent>, the only exponent form Double.toString gives a number >= 10^7.
    int i = s.startsWith("-") ? 1 : 0;
    if (e - i < 3 || !isDigit(s.charAt(i)) || s.charAt(i) == '0' || s.charAt(i + 1) != '.') {
      return null;
    }
    for (int k = i + 2; k < e; k++) {
      if (!isDigit(s.charAt(k))) {
        return null;
      }
    }
    if (e + 1 >= s.length() || e + 3 < s.length()) {
      return null;
    }
    for (int k = e + 1; k < s.length(); k++) {
      if (!isDigit(s.charAt(k))) {
        return null;
      }
    }
    BigDecimal value = new BigDecimal(s).stripTrailingZeros();
    // Whole and below 10^15: at most 15 digits.
    if (value.scale() > 0 || value.abs().compareTo(TEN_TO_THE_15) >= 0) {
      return null;
    }
    return value.setScale(0);
  }

  /**
   * Whether {@code s} is {@code -?D(.F)?} with D a whole number without leading zeros (other than a
   * lone 0) and F digits not ending in 0, at most 15 significant digits in all, and not below 0.01
   * (Excel may switch to exponent notation for small values).
   */
  static boolean isShortPlainDecimal(String s) {
    int n = s.length();
    int i = s.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    int whole = i - start;
    if (whole == 0 || (whole > 1 && s.charAt(start) == '0')) {
      return false;
    }
    boolean zeroWhole = whole == 1 && s.charAt(start) == '0';
    int significant = zeroWhole ? 0 : whole;
    if (i == n) {
      return significant <= 15 && !(zeroWhole && start == 1); // "-0": let POI decide
    }
    if (s.charAt(i) != '.') {
      return false;
    }
    i++;
    int fractionStart = i;
    int leadingZeros = 0;
    boolean seenNonZero = false;
    while (i < n && isDigit(s.charAt(i))) {
      if (s.charAt(i) != '0') {
        seenNonZero = true;
      } else if (!seenNonZero) {
        leadingZeros++;
      }
      i++;
    }
    int fraction = i - fractionStart;
    if (i != n || fraction == 0 || s.charAt(n - 1) == '0') {
      return false;
    }
    if (zeroWhole) {
      return leadingZeros < 2 && fraction - leadingZeros <= 15;
    }
    return significant + fraction <= 15;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
