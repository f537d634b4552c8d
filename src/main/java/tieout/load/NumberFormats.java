package tieout.load;

import java.math.BigDecimal;

/**
 * The precision a spreadsheet number format prints: {@code #,##0} → 0 digits after the point,
 * {@code 0.00} → 2, {@code 0.0%} → 3 (the value is a fraction), {@code #,##0,} → -3 (each trailing
 * comma divides by a thousand). General, text and scientific formats print the value's own digits.
 */
final class NumberFormats {
  private NumberFormats() {}

  /** Digits after the decimal point that {@code format} prints for {@code value} (the positive section). */
  static int decimals(String format, BigDecimal value) {
    String section = firstSection(format);
    String plain = literalsRemoved(section);
    if (plain.isBlank() || plain.equalsIgnoreCase("General") || plain.equals("@") || plain.matches("(?i).*e[+-].*")
        || !plain.matches(".*[0#?].*")) {
      return Math.max(0, value.stripTrailingZeros().scale());
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
    return digits - 3 * thousands + 2 * percents;
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
