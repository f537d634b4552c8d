package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodMonthsTest {
  private static Period.Duration d(String start, String end) {
    return Period.duration(LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void wholeMonthsFromAFirstDayToALastDay() {
    assertThat(d("2013-01-01", "2013-03-31").months(), is(3));
    assertThat(d("2012-04-01", "2013-03-31").months(), is(12)); // a fiscal year ending in March
  }

  @Test
  void notWholeMonthsIsMinusOne() {
    assertThat(d("2013-01-02", "2013-03-31").months(), is(-1));
    assertThat(d("2013-01-01", "2013-03-30").months(), is(-1));
    assertThat(d("2012-02-01", "2012-02-29").months(), is(1)); // leap-year February ends on the 29th
  }

  @Test
  void equalPeriodsHashAlikeAndDifferentOnesDiffer() {
    assertThat(d("2013-01-01", "2013-12-31"), is(d("2013-01-01", "2013-12-31")));
    assertThat(d("2013-01-01", "2013-12-31").hashCode(), is(d("2013-01-01", "2013-12-31").hashCode()));
    assertThat(d("2013-01-01", "2013-12-31"), is(not(d("2013-01-01", "2013-06-30"))));
    assertThat(Period.instant(LocalDate.parse("2013-12-31")), is(Period.instant(LocalDate.parse("2013-12-31"))));
    assertThat(Period.instant(LocalDate.parse("2013-12-31")), is(not((Period) d("2013-12-31", "2013-12-31"))));
  }
}
