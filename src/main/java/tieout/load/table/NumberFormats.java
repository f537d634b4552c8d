package tieout.load.table;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a spreadsheet number format prints a value: {@code #,##0} → 0 digits after the point,
 * {@code 0.00} → 2, {@code 0.0%} → 3 (the value is a fraction: 0.123 prints as 12.3%), and
 * {@code #,##0,} shows thousands (each trailing comma divides by a thousand, so 5808316 prints as
 * 5,808). General, text and scientific formats print the value's own digits.
 */
final class NumberFormats {
  private NumberFormats() {}

  /**
   * What a format prints: {@code digits} of the value after its decimal point (before any division
   * by thousands), and {@code thousandsExponent}, 3 per trailing comma, the power of ten the printed
   * figure is divided by.
   */
  record Printed(int digits, int thousandsExponent) {
    /** Digits of the stored value the printed figure is accurate to: {@code #,##0,} → -3. */
    int decimals() {
      return digits - thousandsExponent;
    }
  }

  /** How {@code format} (its section for positive numbers) prints {@code value}. */
  static Printed of(String format, BigDecimal value) {
    Printed fixed = SHAPES.computeIfAbsent(format, NumberFormats::shape);
    return fixed != GENERAL ? fixed : new Printed(Math.max(0, value.stripTrailingZeros().scale()), 0);
  }

  /** Marks a format that prints the value's own digits. */
  private static final Printed GENERAL = new Printed(-1, -1);

  // A workbook uses a handful of formats for many cells: parse each once (regexes are costly).
  private static final Map<String, Printed> SHAPES = new ConcurrentHashMap<>();

  /** What {@code format} prints independent of the value, or {@link #GENERAL}. */
  private static Printed shape(String format) {
    String section = firstSection(format);
    String plain = literalsRemoved(section);
    if (plain.isBlank() || plain.equalsIgnoreCase("General") || plain.equals("@") || plain.matches("(?i).*e[+-].*")
        || !plain.matches(".*[0#?].*")) {
      return GENERAL;
    }
    int point = plain.indexOf('.');
    int digits = 0;
    int last = plain.length();
    if (point >= 0) {
      int i = point + 1;
      while (i < plain.length() && "0#?".indexOf(plain.charAt(i)) >= 0) {
        digits++;
        i++;
      }
      last = i;
    } else {
      last = lastPlaceholder(plain) + 1;
    }
    int thousands = 0;
    while (last < plain.length() && plain.charAt(last) == ',') {
      thousands++;
      last++;
    }
    int percents = (int) plain.chars().filter(ch -> ch == '%').count();
    return new Printed(digits + 2 * percents, 3 * thousands);
  }

  /** The section for positive numbers: the text before the first unquoted ';'. */
  private static String firstSection(String format) {
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        return format.substring(0, i);
      }
    }
    return format;
  }

  /** The format without quoted text, escaped characters, padding ({@code _x}, {@code *x}) and [codes]. */
  private static String literalsRemoved(String section) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if (c == '"') {
        int close = section.indexOf('"', i + 1);
        i = close < 0 ? section.length() : close;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        int close = section.indexOf(']', i + 1);
        i = close < 0 ? section.length() : close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int lastPlaceholder(String plain) {
    for (int i = plain.length() - 1; i >= 0; i--) {
      if ("0#?".indexOf(plain.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
