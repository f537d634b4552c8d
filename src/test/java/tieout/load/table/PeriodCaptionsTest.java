package tieout.load.table;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tieout.ledger.Period;
import tieout.load.BadValueException;
import tieout.taxonomy.PeriodType;

class PeriodCaptionsTest {
  private static final MonthDay DECEMBER_31 = MonthDay.of(12, 31);
  private static final MonthDay MARCH_31 = MonthDay.of(3, 31);

  private static Optional<PeriodCaption> parse(String caption) {
    return PeriodCaptions.parse(caption, DECEMBER_31);
  }

  private static PeriodCaption duration(String start, String end) {
    return new PeriodCaption.Duration(LocalDate.parse(start), LocalDate.parse(end));
  }

  private static PeriodCaption instant(String date) {
    return new PeriodCaption.Instant(LocalDate.parse(date));
  }

  @ParameterizedTest(name = "[{0}] is {1}/{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Three Months Ended December 31, 2013|2013-10-01|2013-12-31",
        "3 Months Ended Dec. 31, 2017|2017-10-01|2017-12-31",
        "3 Months Ended Dec 31, 2017|2017-10-01|2017-12-31",
        "Three Months Ended Sept. 30, 2013|2013-07-01|2013-09-30",
        "Three Months Ended Sep 30, 2013|2013-07-01|2013-09-30",
        "Six Months Ended June 30, 2013|2013-01-01|2013-06-30",
        "Nine Months Ended September 30, 2013|2013-01-01|2013-09-30",
        "9 Months Ended Dec. 31, 2017|2017-04-01|2017-12-31",
        "Year Ended December 31, 2013|2013-01-01|2013-12-31",
        "For the Year Ended December 31, 2013|2013-01-01|2013-12-31",
        "Twelve Months Ended December 31, 2013|2013-01-01|2013-12-31",
        "12 Months Ended Dec. 31, 2013|2013-01-01|2013-12-31",
        "Fiscal Year Ended March 31, 2018|2017-04-01|2018-03-31",
        "Quarter Ended March 31, 2013|2013-01-01|2013-03-31",
        "Three-Month Period Ended February 28, 2013|2012-12-01|2013-02-28",
        "YEAR   ENDED\u00a0DECEMBER 31, 2013 (Unaudited)|2013-01-01|2013-12-31",
        "Q1 2013|2013-01-01|2013-03-31",
        "Q4 2013|2013-10-01|2013-12-31",
        "2013 Q2|2013-04-01|2013-06-30",
        "1Q13|2013-01-01|2013-03-31",
        "3Q13|2013-07-01|2013-09-30",
        "Third Quarter 2013|2013-07-01|2013-09-30",
        "FY2013|2013-01-01|2013-12-31",
        "FY 2013|2013-01-01|2013-12-31",
        "FY13|2013-01-01|2013-12-31",
        "Fiscal 2013|2013-01-01|2013-12-31",
        "2013|2013-01-01|2013-12-31",
      })
  void readsDurations(String caption, String start, String end) {
    assertThat(caption, parse(caption), equalTo(Optional.of(duration(start, end))));
  }

  @ParameterizedTest(name = "[{0}] is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "As at December 31, 2013|2013-12-31",
        "As of Dec. 31, 2013|2013-12-31",
        "As of Dec 31 2013|2013-12-31",
        "At December 31, 2013|2013-12-31",
        "December 31, 2013|2013-12-31",
        "Dec. 31, 2017|2017-12-31",
        "Sept. 30, 2017|2017-09-30",
        "Feb. 01, 2018|2018-02-01",
        "31 December 2013|2013-12-31",
        "2013-12-31|2013-12-31",
        "February 29, 2012|2012-02-29",
      })
  void readsInstants(String caption, String date) {
    assertThat(caption, parse(caption), equalTo(Optional.of(instant(date))));
  }

  @Test
  void readsALineBrokenDate() {
    assertThat(parse("Dec. 31,\n\t\t2017"), equalTo(Optional.of(instant("2017-12-31"))));
  }

  @ParameterizedTest(name = "[{0}] waits for {1} months")
  @CsvSource(
      delimiter = '|',
      value = {"3 Months Ended|3", "Three Months Ended|3", "9 Months Ended|9", "1 Months Ended|1", "Year Ended|12",
        "Twelve Months Ended|12", "12 Months Ended|12"})
  void readsPartialCaptions(String caption, int months) {
    Optional<PeriodCaption> parsed = parse(caption);

    assertThat(caption, parsed, equalTo(Optional.of(new PeriodCaption.Partial(months))));
    assertThat(parsed.get().isPartial(), equalTo(true));
  }

  @Test
  void completesAPartialCaptionWithTheDateBelow() {
    PeriodCaption.Partial partial = (PeriodCaption.Partial) parse("3 Months Ended").orElseThrow();
    PeriodCaption.Instant date = (PeriodCaption.Instant) parse("Dec. 31, 2017").orElseThrow();

    assertThat(partial.endingOn(date.date()), equalTo(duration("2017-10-01", "2017-12-31")));
  }

  @ParameterizedTest(name = "[{0}] with a March 31 year end is {1}/{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Q1 2018|2017-04-01|2017-06-30",
        "Q2 2018|2017-07-01|2017-09-30",
        "Q3 2018|2017-10-01|2017-12-31",
        "Q4 2018|2018-01-01|2018-03-31",
        "2018 Q3|2017-10-01|2017-12-31",
        "3Q18|2017-10-01|2017-12-31",
        "FY2018|2017-04-01|2018-03-31",
        "Fiscal 2018|2017-04-01|2018-03-31",
        "2018|2017-04-01|2018-03-31",
        "Three Months Ended December 31, 2017|2017-10-01|2017-12-31",
      })
  void followsTheFiscalYearEnd(String caption, String start, String end) {
    assertThat(caption, PeriodCaptions.parse(caption, MARCH_31), equalTo(Optional.of(duration(start, end))));
  }

  @Test
  void fiscalYearEndingInFebruaryEndsOnTheMonthsLastDay() {
    MonthDay february = MonthDay.of(2, 28);

    assertThat(PeriodCaptions.parse("FY2016", february), equalTo(Optional.of(duration("2015-03-01", "2016-02-29"))));
    assertThat(PeriodCaptions.parse("Q4 2017", february), equalTo(Optional.of(duration("2016-12-01", "2017-02-28"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Total", "Shares", "Amount", "Notes", "1-3 Years", "classification", "", "At cost", "December 2013",
        "As at the date of this report", "12345", "Q1"})
  void otherTextIsNoPeriod(String caption) {
    assertThat(caption, parse(caption), equalTo(Optional.empty()));
  }

  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Three Months Ended February 30, 2013|impossible date in \"Three Months Ended February 30, 2013\": February 2013 has 28 days",
        "As at April 31, 2013|impossible date in \"As at April 31, 2013\": April 2013 has 30 days",
        "2013-02-29|impossible date in \"2013-02-29\": February 2013 has 28 days",
        "2013-13-01|impossible date in \"2013-13-01\": there is no month 13",
        "Three Months Ended Decmber 31, 2013|expected a date such as December 31, 2013 after \"Three Months Ended\", found \"Decmber 31, 2013\"",
        "As at 12/31/2013|expected a date such as December 31, 2013 after \"As at\", found \"12/31/2013\"",
        "Q5 2013|there is no quarter 5 in \"Q5 2013\": quarters are Q1 to Q4",
        "0 Months Ended Dec. 31, 2013|\"0 Months Ended Dec. 31, 2013\" names a period of zero months",
      })
  void rejectsImpossiblePeriods(String caption, String message) {
    BadValueException e = assertThrows(BadValueException.class, () -> parse(caption));

    assertThat(e.getMessage(), equalTo(message));
  }

  @Test
  void durationsGiveInstantConceptsTheirEnd() {
    PeriodCaption year = duration("2013-01-01", "2013-12-31");

    assertThat(year.periodFor(PeriodType.DURATION), equalTo(Optional.of(Period.duration(
        LocalDate.parse("2013-01-01"), LocalDate.parse("2013-12-31")))));
    assertThat(year.periodFor(PeriodType.INSTANT), equalTo(Optional.of(Period.instant(LocalDate.parse("2013-12-31")))));
  }

  @Test
  void instantsHeadNoDurationConcept() {
    PeriodCaption date = instant("2013-12-31");

    assertThat(date.periodFor(PeriodType.INSTANT), equalTo(Optional.of(Period.instant(LocalDate.parse("2013-12-31")))));
    assertThat(date.periodFor(PeriodType.DURATION), equalTo(Optional.empty()));
  }

  @Test
  void partialCaptionsHaveNoPeriodUntilCompleted() {
    PeriodCaption partial = new PeriodCaption.Partial(3);

    assertThrows(IllegalStateException.class, () -> partial.periodFor(PeriodType.DURATION));
  }
}
