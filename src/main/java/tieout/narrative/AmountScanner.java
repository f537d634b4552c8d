package tieout.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.ledger.Decimals;

/**
 * Finds the monetary amounts of a sentence: {@code $11,422,025}, {@code \$11,422,025} (Markdown's
 * escaped dollar), {@code $46.4 million}, {@code $2.4 billion}, {@code C$10 million},
 * {@code $(1,234)}, {@code $Nil}. A figure without a currency sign is not money (share counts,
 * percentages, hectares).
 */
final class AmountScanner {
  private AmountScanner() {}

  private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

  private static final Pattern AMOUNT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}$])"
              + "(?<cur>(?:(?:US|C|CA|CAD|Cdn|A|AU|AUD|NZ|HK|S)\\s?)?\\\\?\\$|€|£|¥)"
              + "\\s?(?:\\((?<neg>" + NUMBER + ")\\)|(?<num>" + NUMBER + "|(?i:nil)(?![\\p{L}])))"
              + "(?:\\s?(?<scale>(?i:million|billion|thousand|mm|bn)(?![\\p{L}])|[MBK](?![\\p{L}])))?");

  private static final Pattern PER_UNIT = Pattern.compile("^\\s*(?:/|per\\b|a\\s+(?:share|ton|tonne|ounce|pound)\\b)", Pattern.CASE_INSENSITIVE);

  static List<ProseAmount> scan(String sentence) {
    return scan(sentence, 0);
  }

  /**
   * The amounts of {@code sentence}; a whole amount that is a multiple of 10^-roundDigits is taken
   * at that precision ({@code roundDigits} -3 where the document says its amounts are in thousands:
   * "$5,912,000" is then 5,911,500 to 5,912,500).
   */
  static List<ProseAmount> scan(String sentence, int roundDigits) {
    List<ProseAmount> found = new ArrayList<>();
    Matcher m = AMOUNT.matcher(sentence);
    while (m.find()) {
      boolean negative = m.group("neg") != null;
      String num = negative ? m.group("neg") : m.group("num");
      BigDecimal value;
      int digits;
      if (num.equalsIgnoreCase("nil")) {
        value = BigDecimal.ZERO;
        digits = 0;
      } else {
        value = new BigDecimal(num.replace(",", ""));
        digits = Math.max(0, value.scale());
      }
      int exponent = exponent(m.group("scale"));
      value = value.scaleByPowerOfTen(exponent);
      if (negative) {
        value = value.negate();
      }
      int precision = digits - exponent;
      if (roundDigits < 0 && precision >= 0 && value.signum() != 0
          && value.remainder(BigDecimal.ONE.scaleByPowerOfTen(-roundDigits)).signum() == 0) {
        precision = roundDigits;
      }
      int end = m.end();
      boolean perUnit = PER_UNIT.matcher(sentence.substring(end)).find();
      String text = m.group(0).replace("\\$", "$");
      found.add(
          new ProseAmount(
              m.start(), end, text, value, Decimals.of(precision), currency(m.group("cur")), perUnit));
    }
    return found;
  }

  private static int exponent(String scale) {
    if (scale == null) {
      return 0;
    }
    return switch (scale.toLowerCase(Locale.ROOT)) {
      case "thousand", "k" -> 3;
      case "million", "mm", "m" -> 6;
      case "billion", "bn", "b" -> 9;
      default -> throw new IllegalStateException("unexpected scale " + scale);
    };
  }

  private static String currency(String printed) {
    String prefix = printed.replace("\\", "").replace(" ", "");
    return prefix.equals("$") || prefix.equals("US$") ? "USD" : prefix;
  }
}
