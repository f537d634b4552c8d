package tieout.load.xbrl;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Inline XBRL number transformations EDGAR accepts (the XBRL International registries 1 to 5 and
 * the SEC's), from the displayed text to a plain non-negative decimal. The sign is the fact's
 * {@code sign} attribute, not the text.
 */
final class Transforms {
  private Transforms() {}

  private static final Set<String> REGISTRIES = Set.of(
      "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20",
      "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31",
      "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26",
      "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12",
      "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16",
      "http://www.sec.gov/inlineXBRL/transformation/2015-08-31");

  /** Whole part (digits and group separators), the unit's words, then optionally hundredths and their unit. */
  private static final Pattern UNIT_DECIMAL =
      Pattern.compile("([0-9][0-9.,'\\s\u00A0\u202F\uFF0C\uFF0E]*)[^0-9]+?(?:([0-9]{1,2})[^0-9]*)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
  private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]+");
  /** Group separators a number may carry: comma or dot (by the format), space, no-break space, apostrophe. */
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F']");

  /**
   * The value the text stands for under {@code format} ({@code namespace} + {@code local}; null for
   * none, when the text must be a plain decimal).
   *
   * @throws IllegalArgumentException with a message for the user when the format is unknown or the
   *     text does not fit it
   */
  static BigDecimal apply(String namespace, String local, String text) {
    String t = text.strip();
    if (local == null) {
      return plain(t, "no format (a plain decimal such as 1234.5)");
    }
    if (!REGISTRIES.contains(namespace)) {
      throw new IllegalArgumentException("expected a format of an Inline XBRL transformation registry, found '"
          + local + "' in namespace '" + namespace + "'; tieout knows the XBRL International registries and the"
          + " SEC's (" + String.join(", ", REGISTRIES) + ")");
    }
    return switch (local) {
      case "numdotdecimal", "num-dot-decimal", "numcommadot", "numspacedot", "numdotdecimalin", "num-dot-decimal-apos" ->
          plain(SPACES.matcher(t).replaceAll("").replace(",", ""), local);
      case "numcommadecimal", "num-comma-decimal", "numdotcomma", "numspacecomma", "num-comma-decimal-apos" ->
          plain(SPACES.matcher(t).replaceAll("").replace(".", "").replace(',', '.'), local);
      case "numunitdecimal", "num-unit-decimal", "numunitdecimalin", "num-unit-decimal-apos" -> unitDecimal(t, local);
      case "zerodash", "numdash" -> {
        if (!DASHES.matcher(t).matches()) {
          throw new IllegalArgumentException("expected a dash for format '" + local + "', found \"" + t + "\"");
        }
        yield BigDecimal.ZERO;
      }
      case "fixed-zero", "fixedzero" -> BigDecimal.ZERO;
      case "numwordsen", "num-word-en" -> NumberWords.parse(t);
      default -> throw new IllegalArgumentException("expected a number format such as ixt:num-dot-decimal,"
          + " ixt:num-comma-decimal, ixt:zerodash, ixt:fixed-zero or ixt-sec:numwordsen, found '" + local
          + "', which tieout does not know for a number");
    };
  }

  /**
   * {@code 1,234 dollars 5 cents}-style text: the whole part with its group separators, a unit, then
   * up to two digits of hundredths (5 cents is .05).
   */
  private static BigDecimal unitDecimal(String t, String local) {
    Matcher m = UNIT_DECIMAL.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected digits, a unit and up to two digits of fraction for format '"
          + local + "', found \"" + t + "\"");
    }
    String whole = m.group(1).replaceAll("[^0-9]", "");
    String fraction = m.group(2) == null ? "" : m.group(2);
    return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + (fraction.length() == 1 ? "0" + fraction : fraction));
  }

  private static BigDecimal plain(String t, String what) {
    if (!DECIMAL.matcher(t).matches()) {
      throw new IllegalArgumentException("expected a number for format '" + what + "', found \""
          + t.toLowerCase(Locale.ROOT).strip() + "\"");
    }
    return new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
  }
}
