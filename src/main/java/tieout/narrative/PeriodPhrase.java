package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.YearMonth;
import java.util.Optional;
import tieout.ledger.Period;

/**
 * A period named in a sentence ("for the year ended December 31, 2013", "as at December 31,
 * 2012"), with its place in the sentence. {@code period} is empty when the phrase names more than
 * one period ("the years ended December 31, 2013 and 2012"). {@code month} is set for a month
 * ("in September 2013"), whose period is the quarter holding it.
 */
record PeriodPhrase(int start, int end, String text, Optional<Period> period, Optional<YearMonth> month) {
  PeriodPhrase {
    checkNotNull(text);
    checkNotNull(period);
    checkNotNull(month);
  }

  PeriodPhrase(int start, int end, String text, Optional<Period> period) {
    this(start, end, text, period, Optional.empty());
  }
}
