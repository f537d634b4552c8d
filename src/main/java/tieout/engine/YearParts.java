package tieout.engine;

import java.time.LocalDate;
import tieout.ledger.ContextIds;
import tieout.ledger.FiscalCalendar;
import tieout.ledger.Period;

/**
 * The periods a roll-up adds within one twelve-month year: its quarters, its six- and nine-month
 * year-to-date periods and the twelve months themselves, each addressed by a part number
 * ({@link #Q1} to {@link #TWELVE}), and their numbers in a ledger's {@link ContextIds} (found once,
 * on first use, so that a series' checks look parts up by array index).
 */
final class YearParts {
  static final int Q1 = 1;
  static final int Q2 = 2;
  static final int Q3 = 3;
  static final int Q4 = 4;
  static final int SIX = 5;
  static final int NINE = 6;
  static final int TWELVE = 7;

  /** How a reason names each part; index 0 is unused. */
  private static final String[] NAMES = {"", "Q1", "Q2", "Q3", "Q4", "6 months", "9 months", "12 months"};

  /** The parts by number; index 0 is unused. */
  private final Period.Duration[] parts = new Period.Duration[TWELVE + 1];
  private ContextIds numbered;
  /** The parts' period numbers in {@link #numbered}; -1 for a period no fact has (and at 0). */
  private int[] ids;

  private YearParts(LocalDate start) {
    Period.Duration year = FiscalCalendar.firstMonths(start, 12);
    for (int k = Q1; k <= Q4; k++) {
      parts[k] = FiscalCalendar.quarter(year, k);
    }
    parts[SIX] = FiscalCalendar.firstMonths(start, 6);
    parts[NINE] = FiscalCalendar.firstMonths(start, 9);
    parts[TWELVE] = year;
  }

  /** The parts of the twelve months from {@code start}. */
  static YearParts startingOn(LocalDate start) {
    return new YearParts(start);
  }

  /** Quarter {@code k} (1 to 4). */
  static int quarter(int k) {
    return Q1 + k - 1;
  }

  Period.Duration period(int part) {
    return parts[part];
  }

  static String name(int part) {
    return NAMES[part];
  }

  /** The period numbers of every part in {@code numbers}, indexed by part number. */
  int[] ids(ContextIds numbers) {
    if (numbered != numbers) {
      int[] found = new int[TWELVE + 1];
      found[0] = -1;
      for (int part = Q1; part <= TWELVE; part++) {
        found[part] = numbers.period(parts[part]);
      }
      ids = found;
      numbered = numbers;
    }
    return ids;
  }
}
