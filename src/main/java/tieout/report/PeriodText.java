package tieout.report;

import java.util.HashMap;
import java.util.Map;
import tieout.ledger.Period;

/**
 * Periods as text, each written once per report: a ledger has few periods and a full report names
 * one for every fact of every check (700,000 in a report of 140,000 facts), and {@code
 * Period.toString} builds two dates' text each time. Holds at most {@value #KEPT} periods, so that
 * a ledger of many distinct periods costs no more memory than a few strings.
 */
public final class PeriodText {
  private static final int KEPT = 4096;

  private final Map<Period, String> texts = new HashMap<>();

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
