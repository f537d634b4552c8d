package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
  private static final FiscalCalendar MARCH = new FiscalCalendar(MonthDay.of(3, 31));
  private static final FiscalCalendar FEBRUARY = new FiscalCalendar(MonthDay.of(2, 28));

  @Test
  void fiscalYearIsNamedByTheYearItEndsIn() {
    assertThat(MARCH.year(2018).toString(), is("2017-04-01/2018-03-31"));
    assertThat(MARCH.quarter(2018, 1).toString(), is("2017-04-01/2017-06-30"));
    assertThat(MARCH.quarter(2018, 4).toString(), is("2018-01-01/2018-03-31"));
  }

  @Test
  void aFebruaryYearEndIsAMonthEndInLeapYears() {
    assertThat(FEBRUARY.lastDay(2024), is(LocalDate.of(2024, 2, 29)));
    assertThat(FEBRUARY.yearContaining(LocalDate.of(2024, 2, 29)).toString(), is("2023-03-01/2024-02-29"));
    assertThat(FEBRUARY.yearContaining(LocalDate.of(2024, 3, 1)).toString(), is("2024-03-01/2025-02-28"));
    assertThat(FEBRUARY.startsYear(LocalDate.of(2024, 3, 1)), is(true));
    assertThat(FEBRUARY.startsYear(LocalDate.of(2024, 2, 29)), is(false));
  }

  @Test
  void quartersOfATwelveMonthPeriod() {
    Period.Duration year = MARCH.year(2018);
    assertThat(FiscalCalendar.quarterOf(year, MARCH.quarter(2018, 3)), is(Optional.of(3)));
    assertThat(FiscalCalendar.quarterOf(year, FiscalCalendar.firstMonths(year.start(), 6)), is(Optional.empty()));
  }
}
