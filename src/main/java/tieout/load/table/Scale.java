package tieout.load.table;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.taxonomy.ItemType;

/**
 * The power of ten a table's printed figures are in, per kind of figure: "(in thousands)" makes 1,234
 * mean 1,234,000 (decimals -3). Read from title lines:
 *
 * <ul>
 *   <li>{@code (in thousands)}, {@code (In Millions)}, {@code in billions}: amounts, share counts and
 *       per-share figures; with {@code except per share} ("In Millions, except Per Share data"),
 *       amounts only;
 *   <li>EDGAR's qualified forms: {@code $ in Thousands} (amounts; also {@code £}, {@code €}),
 *       {@code shares in Thousands} (share counts), {@code $ / shares in Units} (per-share figures).
 * </ul>
 *
 * Percentages are never scaled.
 */
record Scale(int monetary, int shares, int perShare) {
  static final Scale NONE = new Scale(0, 0, 0);

  private static final String SIZE = "(?<size>units|thousands|millions|billions)\\b";
  private static final Pattern QUALIFIED =
      Pattern.compile("(?<what>[$£€¥] ?/ ?shares?|[$£€¥]|usd|gbp|eur|dollars|shares)\\s+in\\s+" + SIZE);
  private static final Pattern PLAIN = Pattern.compile("\\bin\\s+" + SIZE);

  int exponent(ItemType type) {
    return switch (type) {
      case MONETARY -> monetary;
      case SHARES -> shares;
      case PER_SHARE -> perShare;
      case PERCENT -> 0;
    };
  }

  /** This scale updated by what a title line says, if it says anything about scale. */
  Scale readFrom(String title) {
    String text = title.replaceAll("[\\s\u00a0]+", " ").toLowerCase(Locale.ROOT);
    Scale result = this;
    Matcher q = QUALIFIED.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (q.find()) {
      int exponent = exponentOf(q.group("size"));
      String what = q.group("what");
      if (what.contains("/")) {
        result = new Scale(result.monetary, result.shares, exponent);
      } else if (what.equals("shares")) {
        result = new Scale(result.monetary, exponent, result.perShare);
      } else {
        result = new Scale(exponent, result.shares, result.perShare);
      }
      q.appendReplacement(rest, " ");
    }
    q.appendTail(rest);
    Matcher plain = PLAIN.matcher(rest);
    if (plain.find()) {
      int exponent = exponentOf(plain.group("size"));
      // "except Share data" (EDGAR's older renderer) keeps share counts and per-share figures whole too.
      boolean exceptPerShare = rest.indexOf("except per share") >= 0 || rest.indexOf("except per-share") >= 0
          || rest.indexOf("except share") >= 0;
      result = exceptPerShare ? new Scale(exponent, 0, 0) : new Scale(exponent, exponent, exponent);
    }
    return result;
  }

  private static int exponentOf(String size) {
    return switch (size) {
      case "thousands" -> 3;
      case "millions" -> 6;
      case "billions" -> 9;
      default -> 0;
    };
  }
}
