package tieout.report;

import java.util.HashMap;
import java.util.Map;
import tieout.ledger.Decimals;
import tieout.ledger.Period;
import tieout.taxonomy.Dimensions;

/**
 * Periods (and decimals, dimensions) as text, each written once per report: a ledger has few periods and a full report names
 * one for every fact of every check (700,000 in a report of 140,000 facts), and {@code
 * Period.toString} builds two dates' text each time. Holds at most {@value #KEPT} periods, so that
 * a ledger of many distinct periods costs no more memory than a few strings.
 */
public final class PeriodText {
  private static final int KEPT = 4096;

  private final Map<Period, String> texts = new HashMap<>();
  private final Map<Dimensions, String> dimensionTexts = new HashMap<>();
  private Decimals lastDecimals;
  private String lastDecimalsText;

  /**
   * A fact's decimals as text: {@code Decimals.toString} makes a string each time, 560,000 of them
   * in a full JSON report (27 MB of garbage).
   */
  public String of(Decimals decimals) {
    if (decimals != lastDecimals) {
      lastDecimalsText = decimals.toString();
      lastDecimals = decimals;
    }
    return lastDecimalsText;
  }

  /**
   * Dimensions as text ({@code Dimensions.toString}, a stream and a joiner each time): a ledger
   * has few sets of them, each named by many checks.
   */
  public String of(Dimensions dimensions) {
    String text = dimensionTexts.get(dimensions);
    if (text == null) {
      text = dimensions.toString();
      if (dimensionTexts.size() < KEPT) {
        dimensionTexts.put(dimensions, text);
      }
    }
    return text;
  }

  public String of(Period period) {
    String text = texts.get(period);
    if (text == null) {
      text = period.toString();
      if (texts.size() < KEPT) {
        texts.put(period, text);
      }
    }
    return text;
  }
}
