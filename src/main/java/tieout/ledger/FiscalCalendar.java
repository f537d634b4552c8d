package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Fiscal years and quarters for a fiscal year end (the taxonomy's {@code fiscal-year-end}). Fiscal
 * year 2018 is the year ending in 2018: with a March 31 year end it runs 2017-04-01 to 2018-03-31,
 * and its Q1 is 2017-04-01 to 2017-06-30. A month-end year end stays a month end, so a February
 * year end is February 29 in leap years.
 */
public record FiscalCalendar(MonthDay yearEnd) {
  public FiscalCalendar {
    checkNotNull(yearEnd);
  }

  /** The last day of fiscal year {@code year}. */
  public LocalDate lastDay(int year) {
    boolean monthEnd =
        yearEnd.getDayOfMonth() == yearEnd.getMonth().maxLength()
            || (yearEnd.getMonth() == Month.FEBRUARY && yearEnd.getDayOfMonth() >= 28);
    return monthEnd ? YearMonth.of(year, yearEnd.getMonth()).atEndOfMonth() : yearEnd.atYear(year);
  }

  /** Fiscal year {@code year}: from the day after the previous year's last day to its own. */
  public Period.Duration year(int year) {
    return Period.duration(lastDay(year - 1).plusDays(1), lastDay(year));
  }

  /** Quarter {@code quarter} (1 to 4) of fiscal year {@code year}; Q4 ends on the year's last day. */
  public Period.Duration quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, was %s", quarter);
    LocalDate start = lastDay(year - 1).plusDays(1).plusMonths(3L * (quarter - 1));
    LocalDate end = quarter == 4 ? lastDay(year) : start.plusMonths(3).minusDays(1);
    return Period.duration(start, end);
  }

  /** The fiscal year that contains {@code date}. */
  public Period.Duration yearContaining(LocalDate date) {
    int year = lastDay(date.getYear()).isBefore(date) ? date.getYear() + 1 : date.getYear();
    return year(year);
  }

  /** Whether a fiscal year starts on {@code date}, i.e. the day before is a fiscal year end. */
  public boolean startsYear(LocalDate date) {
    LocalDate before = date.minusDays(1);
    return lastDay(before.getYear()).equals(before);
  }

  /** The {@code k}-th (1 to 4) three-month period of a twelve-month {@code year}. */
  public static Period.Duration quarter(Period.Duration year, int k) {
    checkArgument(k >= 1 && k <= 4, "quarter %s is not 1 to 4", k);
    return firstMonths(year.start().plusMonths(3L * (k - 1)), 3);
  }

  /** The {@code months} months from {@code start}: year-to-date figures and quarters. */
  public static Period.Duration firstMonths(LocalDate start, int months) {
    return Period.duration(start, start.plusMonths(months).minusDays(1));
  }

  /** Which quarter (1 to 4) of {@code year} {@code period} is, if it is one. */
  public static Optional<Integer> quarterOf(Period.Duration year, Period.Duration period) {
    for (int k = 1; k <= 4; k++) {
      if (quarter(year, k).equals(period)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
