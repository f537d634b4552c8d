package tieout.report.html;

import java.math.BigDecimal;
import tieout.ledger.Amounts;

/** Escapes text for HTML element content and quoted attribute values; formats amounts for people. */
final class Html {
  private Html() {}

  /**
   * Every character that could open markup or close an attribute is written as an entity. Most
   * text has none: it is returned as it is, after one look at each character.
   */
  static String esc(String text) {
    int i = 0;
    int length = text.length();
    while (i < length && !special(text.charAt(i))) {
      i++;
    }
    if (i == length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
    for (; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean special(char c) {
    return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
  }

  /**
   * {@code Amounts.format(amount)}: whole numbers of up to 18 digits grouped here, without the
   * strings BigDecimal makes on the way (a full page formats hundreds of thousands).
   */
  static String amount(BigDecimal amount) {
    if (amount.scale() != 0 || amount.precision() > 18) {
      return Amounts.format(amount);
    }
    long value = amount.longValue();
    String digits = Long.toString(Math.abs(value));
    int length = digits.length();
    StringBuilder grouped = new StringBuilder(length + length / 3 + 1);
    if (value < 0) {
      grouped.append('-');
    }
    int head = length % 3 == 0 ? 3 : length % 3;
    grouped.append(digits, 0, head);
    for (int i = head; i < length; i += 3) {
      grouped.append(',').append(digits, i, i + 3);
    }
    return grouped.toString();
  }
}
