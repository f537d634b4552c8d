package tieout.load;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * Fiscal years and quarters for a fiscal year end. Fiscal year 2018 is the year ending in 2018: with
 * a March 31 year end it runs 2017-04-01 to 2018-03-31, and its Q1 is 2017-04-01 to 2017-06-30.
 */
record FiscalCalendar(MonthDay yearEnd) {
  FiscalCalendar {
    checkNotNull(yearEnd);
  }

  /** The last day of fiscal year {@code year}; a month-end year end stays a month end (Feb 28/29). */
  LocalDate lastDay(int year) {
    boolean monthEnd =
        yearEnd.getDayOfMonth() == yearEnd.getMonth().maxLength()
            || (yearEnd.getMonth() == Month.FEBRUARY && yearEnd.getDayOfMonth() >= 28);
    return monthEnd ? YearMonth.of(year, yearEnd.getMonth()).atEndOfMonth() : yearEnd.atYear(year);
  }

  PeriodCaption.Duration year(int year) {
    return new PeriodCaption.Duration(lastDay(year - 1).plusDays(1), lastDay(year));
  }

  /** Quarter {@code quarter} (1 to 4) of fiscal year {@code year}. */
  PeriodCaption.Duration quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4, was %s", quarter);
    LocalDate start = lastDay(year - 1).plusDays(1).plusMonths(3L * (quarter - 1));
    LocalDate end = quarter == 4 ? lastDay(year) : start.plusMonths(3).minusDays(1);
    return new PeriodCaption.Duration(start, end);
  }
}
