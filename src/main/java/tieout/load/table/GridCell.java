package tieout.load.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One cell of a {@link Grid}: what it holds, whether a formula computed it, and its number format.
 *
 * <p>{@code text} is the cell as text: a text cell's string, a number's exact decimal form
 * ({@code 1234.5}), a date as {@code 2013-12-31}, {@code TRUE}, an error such as {@code #DIV/0!};
 * for a formula without a cached value it is the formula ({@code =B2+B3}) and the kind is
 * {@link Kind#BLANK}. {@code number} is present exactly for {@link Kind#NUMBER}.
 */
public record GridCell(
    Kind kind, String text, Optional<BigDecimal> number, boolean formula, boolean hasCachedValue, String numberFormat) {

  /** What a cell holds. */
  public enum Kind {
    BLANK,
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
  }

  public static final GridCell EMPTY = new GridCell(Kind.BLANK, "", Optional.empty(), false, true, "General");

  public GridCell {
    checkNotNull(kind);
    checkNotNull(text);
    checkNotNull(number);
    checkNotNull(numberFormat);
    checkArgument(number.isPresent() == (kind == Kind.NUMBER), "a number needs kind NUMBER: %s", kind);
    checkArgument(hasCachedValue || formula, "only a formula can lack a cached value");
  }

  /** A text cell; text that is only white space (non-breaking spaces included) is blank. */
  public static GridCell text(String text, boolean formula) {
    if (isBlankText(text)) {
      return formula ? new GridCell(Kind.BLANK, "", Optional.empty(), true, true, "General") : EMPTY;
    }
    return new GridCell(Kind.TEXT, text, Optional.empty(), formula, true, "General");
  }

  public static GridCell number(BigDecimal value, String numberFormat, boolean formula) {
    return new GridCell(Kind.NUMBER, value.toPlainString(), Optional.of(value), formula, true, numberFormat);
  }

  /** A date, boolean or error cell, shown as {@code text}. */
  public static GridCell other(Kind kind, String text, boolean formula) {
    checkArgument(kind != Kind.NUMBER && kind != Kind.BLANK, "use number() or EMPTY for %s", kind);
    return new GridCell(kind, text, Optional.empty(), formula, true, "General");
  }

  /** A formula whose result was never stored (the workbook was not recalculated and saved). */
  public static GridCell uncachedFormula(String formula) {
    return new GridCell(Kind.BLANK, "=" + formula, Optional.empty(), true, false, "General");
  }

  /** Nothing in the cell: no value and no formula waiting for one. */
  public boolean isEmpty() {
    return kind == Kind.BLANK && hasCachedValue;
  }

  /** The text with runs of white space (line breaks, non-breaking spaces) made single spaces. */
  public String tidyText() {
    return tidy(text);
  }

  /** Runs of white space, the non-breaking kinds included; compiled once, as every caption meets it. */
  private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u202f\u2007]+");

  /** {@code text} with runs of white space (line breaks, non-breaking spaces) made single spaces, stripped. */
  static String tidy(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  public static boolean isBlankText(String text) {
    // A loop, not a regex replacement: this runs on whole files and stops at the first character.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(isRegexSpace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007' || c == '\u2060')) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@code \\s} in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
