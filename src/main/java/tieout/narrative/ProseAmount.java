package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import tieout.ledger.Decimals;

/**
 * A monetary amount found in a sentence, with its place in the sentence and its stated precision.
 *
 * @param start index of its first character in the sentence
 * @param end index just after its last character
 * @param text the amount as printed, without Markdown's escaping backslash ({@code $46.4 million})
 * @param value its value in units ({@code 46400000})
 * @param decimals its stated precision ({@code -5} for "$46.4 million")
 * @param currency {@code USD} for a plain {@code $} or {@code US$}; otherwise the printed prefix
 * @param perUnit whether a unit follows ({@code $220 per ounce}, {@code $2.81/lb}): a price
 */
record ProseAmount(
    int start, int end, String text, BigDecimal value, Decimals decimals, String currency, boolean perUnit) {

  ProseAmount {
    checkNotNull(text);
    checkNotNull(value);
    checkNotNull(decimals);
    checkNotNull(currency);
  }

  boolean isUsd() {
    return currency.equals("USD");
  }
}
