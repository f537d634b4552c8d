package tieout.load.xbrl;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Inline XBRL number transformations of the registries EDGAR accepts ({@link TransformRegistry}),
 * from the displayed text to a plain non-negative decimal, each with the grammar its registry gives
 * it: registries 1 to 3 want regular groups of three ({@code 1,234,567.89}), registries 4 and 5
 * take group separators anywhere in the whole part ({@code 12 34,5}), and only the {@code -apos}
 * names of registry 5 take apostrophes as group separators. The sign is the fact's {@code sign}
 * attribute, not the text.
 */
final class Transforms {
  private Transforms() {}

  // Group separators are a space or a no-break space where the registries allow a space.
  private static final String SP = " \u00A0";

  // Registry 1: regular groups of three, one separator each.
  private static final Pattern COMMA_DOT = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?");
  private static final Pattern SPACE_DOT = Pattern.compile("\\d{1,3}([" + SP + "]\\d{3})*(\\.\\d+)?");
  private static final Pattern DOT_COMMA = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d+)?");
  private static final Pattern SPACE_COMMA = Pattern.compile("\\d{1,3}([" + SP + "]\\d{3})*(,\\d+)?");
  private static final Pattern COMMA = Pattern.compile("\\d+(,\\d+)?");

  // Registries 2 and 3: groups of three, each separator optional.
  private static final Pattern DOT_DECIMAL = Pattern.compile("\\d{1,3}([," + SP + "]?\\d{3})*(\\.\\d+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d{1,3}([." + SP + "]?\\d{3})*(,\\d+)?");
  /** Whole part (0, or groups of three), a unit, one or two digits of fraction, an optional unit. */
  private static final Pattern UNIT_DECIMAL = Pattern.compile(
      "(0|[1-9]\\d{0,2}([.,\uFF0C\uFF0E]?\\d{3})*)[^0-9.,\uFF0C\uFF0E]+(\\d{1,2})[^0-9.,\uFF0C\uFF0E]*");
  /** Indian grouping: the last three digits, then groups of two. */
  private static final Pattern DOT_DECIMAL_IN =
      Pattern.compile("(?:(\\d{1,2}[," + SP + "])?(\\d{2}[," + SP + "])*\\d{3}|\\d+)(\\.\\d+)?");
  private static final Pattern UNIT_DECIMAL_IN =
      Pattern.compile("((?:\\d{1,2}[," + SP + "])?(?:\\d{2}[," + SP + "])*\\d{3}|\\d+)[^0-9]+(\\d{1,2})[^0-9]*");
  /** One dash of the registries' list (hyphen-minus, Armenian, Hebrew, the dashes, small and full-width hyphen-minus). */
  private static final Pattern DASH = Pattern.compile("[-\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D]");

  // Registries 4 and 5: separators anywhere in the whole part, spaces in the fraction.
  private static final Pattern DOT_DECIMAL_4 = Pattern.compile("[," + SP + "0-9]*(\\.[" + SP + "0-9]+)?");
  private static final Pattern COMMA_DECIMAL_4 = Pattern.compile("[." + SP + "0-9]*(,[" + SP + "0-9]+)?");
  private static final Pattern UNIT_DECIMAL_4 = Pattern.compile("([0-9.,\uFF0C]+)[^0-9.,\uFF0C][^0-9]*([0-9]{1,2})[^0-9]*");
  // Apostrophes as group separators: straight, grave, acute, right single quote, prime (and full-width in units).
  private static final String APOS = "'`\u00B4\u2019\u2032";
  private static final Pattern DOT_DECIMAL_APOS = Pattern.compile("[," + APOS + SP + "0-9]*(\\.[" + SP + "0-9]+)?");
  private static final Pattern COMMA_DECIMAL_APOS = Pattern.compile("[." + APOS + SP + "0-9]*(,[" + SP + "0-9]+)?");
  private static final Pattern UNIT_DECIMAL_APOS = Pattern.compile(
      "([0-9.,\uFF0C" + APOS + "\uFF07]+)[^0-9.,\uFF0C" + APOS + "\uFF07][^0-9]*([0-9]{1,2})[^0-9]*");

  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

  /**
   * The value the text stands for under {@code format} ({@code namespace} + {@code local}; null for
   * none, when the text must be a plain decimal).
   *
   * @throws IllegalArgumentException with a message for the user when the format is unknown, not of
   *     its namespace's registry, or the text does not fit it
   */
  static BigDecimal apply(String namespace, String local, String text) {
    String t = text.strip();
    if (local == null) {
      return plain(t, "no format (a plain decimal such as 1234.5)");
    }
    TransformRegistry registry = TransformRegistry.of(namespace).orElseThrow(() -> new IllegalArgumentException(
        "expected a format of an Inline XBRL transformation registry, found '" + local + "' in namespace '"
            + namespace + "'; tieout knows the XBRL International registries and the SEC's ("
            + Arrays.stream(TransformRegistry.values()).map(r -> r.namespace).collect(Collectors.joining(", "))
            + ")"));
    if (!registry.definesNumber(local)) {
      List<TransformRegistry> defining = TransformRegistry.definingNumber(local);
      if (defining.isEmpty()) {
        throw new IllegalArgumentException("expected a number format such as ixt:num-dot-decimal,"
            + " ixt:num-comma-decimal, ixt:zerodash, ixt:fixed-zero or ixt-sec:numwordsen, found '" + local
            + "', which tieout does not know for a number");
      }
      throw new IllegalArgumentException("expected a number format of the registry the format's namespace names, "
          + registry.title + ", found '" + local + "', which only " + defining.stream().map(r -> r.title)
              .collect(Collectors.joining(", ")) + " define" + (defining.size() == 1 ? "s" : ""));
    }
    return switch (local) {
      // Registry 1
      case "numcommadot" -> grouped(COMMA_DOT, t, local, ",", '.');
      case "numspacedot" -> grouped(SPACE_DOT, t, local, SP, '.');
      case "numdotcomma" -> grouped(DOT_COMMA, t, local, ".", ',');
      case "numspacecomma" -> grouped(SPACE_COMMA, t, local, SP, ',');
      case "numcomma" -> grouped(COMMA, t, local, "", ',');
      case "numdash" -> {
        if (!t.equals("-")) {
          throw new IllegalArgumentException("expected a hyphen-minus for format 'numdash', found \"" + t + "\"");
        }
        yield BigDecimal.ZERO;
      }
      // Registries 2 and 3
      case "numdotdecimal" -> grouped(DOT_DECIMAL, t, local, "," + SP, '.');
      case "numcommadecimal" -> grouped(COMMA_DECIMAL, t, local, "." + SP, ',');
      case "numunitdecimal" -> unitDecimal(UNIT_DECIMAL, 1, 3, fullWidthDigits(t), local, ".,\uFF0C\uFF0E");
      case "numdotdecimalin" -> grouped(DOT_DECIMAL_IN, t, local, "," + SP, '.');
      case "numunitdecimalin" -> unitDecimal(UNIT_DECIMAL_IN, 1, 2, t, local, "," + SP);
      case "zerodash" -> {
        if (!DASH.matcher(t).matches()) {
          throw new IllegalArgumentException("expected a dash for format '" + local + "', found \"" + t + "\"");
        }
        yield BigDecimal.ZERO;
      }
      // Registries 4 and 5
      case "num-dot-decimal" -> grouped(DOT_DECIMAL_4, t, local, "," + SP, '.');
      case "num-comma-decimal" -> grouped(COMMA_DECIMAL_4, t, local, "." + SP, ',');
      case "num-unit-decimal" -> unitDecimal(UNIT_DECIMAL_4, 1, 2, fullWidthDigits(t), local, ".,\uFF0C\uFF0E");
      case "num-dot-decimal-apos" -> grouped(DOT_DECIMAL_APOS, t, local, "," + APOS + SP, '.');
      case "num-comma-decimal-apos" -> grouped(COMMA_DECIMAL_APOS, t, local, "." + APOS + SP, ',');
      case "num-unit-decimal-apos" ->
          unitDecimal(UNIT_DECIMAL_APOS, 1, 2, fullWidthDigits(t), local, ".,\uFF0C\uFF0E\uFF07" + APOS);
      case "fixed-zero" -> BigDecimal.ZERO;
      // The SEC's
      case "numwordsen" -> NumberWords.parse(t);
      case "numinf", "numneginf", "numnan" -> throw new IllegalArgumentException("expected a finite number, found"
          + " format '" + local + "' (" + (local.equals("numnan") ? "not a number" : "an infinite value")
          + "), which no calculation can use");
      default -> throw new IllegalStateException("registry " + registry + " lists '" + local + "' without a reader");
    };
  }

  /**
   * Text of {@code pattern}: the group separators ({@code separators}) dropped, {@code point} (the
   * decimal separator) made a dot.
   */
  private static BigDecimal grouped(Pattern pattern, String t, String local, String separators, char point) {
    if (!pattern.matcher(t).matches()) {
      throw notANumber(t, local);
    }
    StringBuilder digits = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == point) {
        digits.append('.');
      } else if (separators.indexOf(c) < 0) {
        digits.append(c);
      }
    }
    if (!DECIMAL.matcher(digits).matches()) {
      throw notANumber(t, local); // separators alone
    }
    return plain(digits.toString(), local);
  }

  /**
   * {@code 1,234 dollars 5 cents}-style text: the whole part (group {@code whole}, its separators
   * dropped), a unit, then one or two digits of hundredths (group {@code fraction}: 5 cents is .05).
   */
  private static BigDecimal unitDecimal(Pattern pattern, int whole, int fraction, String t, String local,
      String separators) {
    Matcher m = pattern.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected digits, a unit and one or two digits of fraction for format '"
          + local + "', found \"" + t + "\"");
    }
    StringBuilder digits = new StringBuilder();
    for (char c : m.group(whole).toCharArray()) {
      if (separators.indexOf(c) < 0) {
        digits.append(c);
      }
    }
    String hundredths = m.group(fraction);
    if (digits.isEmpty()) {
      throw notANumber(t, local);
    }
    return new BigDecimal(digits + "." + (hundredths.length() == 1 ? "0" + hundredths : hundredths));
  }

  /** Full-width digits (Japanese filings) as ASCII ones, as the unit formats read them. */
  private static String fullWidthDigits(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(c >= '\uFF10' && c <= '\uFF19' ? (char) ('0' + (c - '\uFF10')) : c);
    }
    return b.toString();
  }

  private static IllegalArgumentException notANumber(String t, String what) {
    return new IllegalArgumentException("expected a number for format '" + what + "', found \""
        + t.toLowerCase(Locale.ROOT).strip() + "\"");
  }

  private static BigDecimal plain(String t, String what) {
    if (!DECIMAL.matcher(t).matches()) {
      throw notANumber(t, what);
    }
    return new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
  }
}
