package tieout.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import tieout.ledger.Period;

/**
 * Fiscal years and their quarters under a fiscal year end such as December 31 or March 31 (from the
 * taxonomy's {@code fiscal-year-end}).
 */
record FiscalCalendar(MonthDay yearEnd) {

  /** The fiscal year that contains {@code date}. */
  Period.Duration yearContaining(LocalDate date) {
    LocalDate end = yearEnd.atYear(date.getYear());
    if (end.isBefore(date)) {
      end = yearEnd.atYear(date.getYear() + 1);
    }
    LocalDate previousEnd = yearEnd.atYear(end.getYear() - 1);
    return Period.duration(previousEnd.plusDays(1), end);
  }

  /** Whether a fiscal year starts on {@code date}, i.e. the day before is a fiscal year end. */
  boolean startsYear(LocalDate date) {
    LocalDate before = date.minusDays(1);
    return yearEnd.atYear(before.getYear()).equals(before);
  }

  /** The {@code k}-th (1 to 4) three-month period of a twelve-month {@code year}. */
  static Period.Duration quarter(Period.Duration year, int k) {
    checkArgument(k >= 1 && k <= 4, "quarter %s is not 1 to 4", k);
    return firstMonths(year.start().plusMonths(3L * (k - 1)), 3);
  }

  /** The {@code months} months from {@code start}: year-to-date figures and quarters. */
  static Period.Duration firstMonths(LocalDate start, int months) {
    return Period.duration(start, start.plusMonths(months).minusDays(1));
  }

  /** Which quarter (1 to 4) of {@code year} {@code period} is, if it is one. */
  static Optional<Integer> quarterOf(Period.Duration year, Period.Duration period) {
    for (int k = 1; k <= 4; k++) {
      if (quarter(year, k).equals(period)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
