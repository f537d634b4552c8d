package tieout.load;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts as they are printed in financial tables.
 *
 * <p>Accepted: {@code 1234}, {@code 1,234}, {@code 1,234.56}, {@code .5}, negatives as {@code -1,234},
 * {@code −1,234} (Unicode minus) or {@code (1,234)}, with one {@code $} before or after the sign or
 * parenthesis, with or without a space ({@code $ 1,234}, {@code $(1,234)}, {@code ($1,234)}). A dash
 * alone ({@code -}, {@code –}, {@code —}, optionally with {@code $}) is a reported zero; {@code nil}
 * (any case) is nil; an empty text is blank. Non-breaking spaces are ignored. A percentage
 * ({@code 67.00%}, {@code (0.30%)}) is the ratio it prints ({@link ParsedAmount.Percent}).
 *
 * <p>Rejected as ambiguous: {@code 1.234,56}, {@code 1.234.567}, {@code 12,5}: without a locale
 * nobody can tell which mark is the decimal point.
 */
public final class AmountParser {
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<sign>[-\u2212])?(?<open>\\()?(?<int>\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(?<frac>\\d+))?(?<close>\\))?");
  private static final Pattern DIGITS_AND_MARKS = Pattern.compile("[-\u2212(]?[\\d.,]*\\d[\\d.,]*\\)?");
  private static final Pattern SCIENTIFIC = Pattern.compile("[-\u2212]?\\d{1,20}(?:\\.\\d{1,20})?[eE][-+]?\\d{1,3}");
  private static final Pattern EXCEL_ERROR =
      Pattern.compile("#(?:REF!|DIV/0!|N/A|VALUE!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)");
  private static final Pattern DASH = Pattern.compile("[-\u2013\u2014\u2212]");

  private AmountParser() {}

  /** Parses one printed amount; never throws. */
  public static ParsedAmount parse(String printed) {
    String text = withoutNonBreakingSpaces(printed).strip();
    // Messages quote what the reader sees: a non-breaking space shows as a space.
    String shown = printed.replaceAll("[\u00a0\u202f\u2007]", " ").strip();
    if (text.isEmpty()) {
      return ParsedAmount.BLANK;
    }
    if (text.equalsIgnoreCase("nil")) {
      return ParsedAmount.NIL;
    }
    if (text.endsWith("%") || text.endsWith("%)")) {
      return percent(text, shown);
    }
    if (text.indexOf('$') != text.lastIndexOf('$')) {
      return invalid(shown);
    }
    // A dollar sign is punctuation here: it may sit next to the sign or parenthesis, nowhere else.
    String core = text.replace('$', ' ').strip();
    core = core.replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")").replaceFirst("^([-\u2212])\\s+", "$1");
    if (DASH.matcher(core).matches()) {
      return ParsedAmount.DASH;
    }
    Matcher m = NUMBER.matcher(core);
    if (m.matches()
        && (m.group("int") != null || m.group("frac") != null)
        && (m.group("open") == null) == (m.group("close") == null)
        && !(m.group("sign") != null && m.group("open") != null)) {
      String whole = m.group("int") == null ? "0" : m.group("int").replace(",", "");
      String frac = m.group("frac") == null ? "" : m.group("frac");
      BigDecimal value = new BigDecimal(frac.isEmpty() ? whole : whole + "." + frac);
      boolean negative = m.group("sign") != null || m.group("open") != null;
      return new ParsedAmount.Value(negative ? value.negate() : value, frac.length());
    }
    if (SCIENTIFIC.matcher(core).matches()) {
      BigDecimal value = new BigDecimal(core.replace('\u2212', '-'));
      boolean showable = value.precision() - value.scale() <= 24 && value.scale() <= 24;
      return new ParsedAmount.Invalid(
          "\"" + shown + "\" in scientific notation; write the amount in full"
              + (showable ? ", e.g. " + value.toPlainString() : ""));
    }
    if (EXCEL_ERROR.matcher(core).matches()) {
      return new ParsedAmount.Invalid(
          "the Excel error " + core + ": correct the formula in the workbook and export the table again");
    }
    if (DIGITS_AND_MARKS.matcher(core).matches() && isAmbiguous(core)) {
      return new ParsedAmount.Invalid(
          "\""
              + shown
              + "\", which is ambiguous without a locale; write amounts with ',' between thousands and '.'"
              + " before decimals, e.g. 1,234.56");
    }
    return invalid(shown);
  }

  /** {@code 67.00%}, {@code (0.30%)}, {@code -1.5 %}: the amount before the sign, divided by 100. */
  private static ParsedAmount percent(String text, String shown) {
    String number = text.endsWith("%)") ? text.substring(0, text.length() - 2) + ")" : text.substring(0, text.length() - 1);
    if (number.contains("%") || number.contains("$")) {
      return invalid(shown);
    }
    if (parse(number) instanceof ParsedAmount.Value v) {
      return new ParsedAmount.Percent(v.value().movePointLeft(2), v.digits() + 2);
    }
    return invalid(shown);
  }

  /** Digits with both marks, several points, or a comma group not of three digits: 1.234,56 or 12,5. */
  private static boolean isAmbiguous(String core) {
    String digits = core.replaceAll("[-\u2212()]", "");
    boolean bothMarks = digits.contains(".") && digits.contains(",");
    boolean severalPoints = digits.indexOf('.') != digits.lastIndexOf('.');
    boolean oddCommaGroup = digits.contains(",") && !digits.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    return bothMarks || severalPoints || oddCommaGroup;
  }

  private static ParsedAmount invalid(String text) {
    return new ParsedAmount.Invalid("text \"" + text + "\"");
  }

  static String withoutNonBreakingSpaces(String text) {
    return text.replace("\u00a0", "").replace("\u202f", "").replace("\u2007", "").replace("\u2060", "");
  }
}
