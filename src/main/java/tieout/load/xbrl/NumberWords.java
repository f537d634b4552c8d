package tieout.load.xbrl;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * English number words as {@code ixt-sec:numwordsen} reads them: "no", "none", "one", "twenty-five",
 * "two hundred and five", "three million". Digits are taken as they are ("5 million").
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("no", 0), Map.entry("none", 0), Map.entry("zero", 0), Map.entry("nil", 0),
      Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90));

  private static final Map<String, BigDecimal> SCALES = Map.of(
      "thousand", BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000),
      "billion", BigDecimal.valueOf(1_000_000_000), "trillion", BigDecimal.TEN.pow(12));

  /**
   * The number {@code text} spells.
   *
   * @throws IllegalArgumentException when a word is not a number word
   */
  static BigDecimal parse(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    boolean any = false;
    for (String word : t.split("[\\s\\-\u2010\u2011]+|,")) {
      if (word.isEmpty() || word.equals("and")) {
        continue;
      }
      Integer small = SMALL.get(word);
      if (small != null) {
        group = group.add(BigDecimal.valueOf(small));
      } else if (word.matches("\\d+(\\.\\d+)?")) {
        group = group.add(new BigDecimal(word));
      } else if (word.equals("hundred")) {
        group = (group.signum() == 0 ? BigDecimal.ONE : group).multiply(BigDecimal.valueOf(100));
      } else if (SCALES.containsKey(word)) {
        total = total.add((group.signum() == 0 ? BigDecimal.ONE : group).multiply(SCALES.get(word)));
        group = BigDecimal.ZERO;
      } else {
        throw new IllegalArgumentException("expected English number words for format 'numwordsen' (such as"
            + " \"none\", \"one\", \"twenty-five\"), found \"" + text.strip() + "\"");
      }
      any = true;
    }
    if (!any) {
      throw new IllegalArgumentException("expected English number words for format 'numwordsen', found \""
          + text.strip() + "\"");
    }
    return total.add(group);
  }
}
