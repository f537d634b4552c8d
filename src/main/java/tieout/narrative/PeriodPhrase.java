package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import tieout.ledger.Period;

/**
 * A period named in a sentence ("for the year ended December 31, 2013", "as at December 31,
 * 2012"), with its place in the sentence. {@code period} is empty when the phrase names more than
 * one period ("the years ended December 31, 2013 and 2012"). {@code month} is set for a month
 * ("in September 2013"), whose period is the quarter holding it; {@code each} lists the periods of a
 * phrase naming several ("December 31, 2013 and 2012"), in order.
 */
record PeriodPhrase(
    int start, int end, String text, Optional<Period> period, Optional<YearMonth> month, ImmutableList<Period> each) {
  PeriodPhrase {
    checkNotNull(text);
    checkNotNull(period);
    checkNotNull(month);
    checkNotNull(each);
  }

  PeriodPhrase(int start, int end, String text, Optional<Period> period) {
    this(start, end, text, period, Optional.empty(), ImmutableList.of());
  }

  PeriodPhrase(int start, int end, String text, Optional<Period> period, Optional<YearMonth> month) {
    this(start, end, text, period, month, ImmutableList.of());
  }

  /** A phrase naming several periods in order ("the years ended December 31, 2013 and 2012"), for "respectively". */
  static PeriodPhrase several(int start, int end, String text, List<Period> each) {
    return new PeriodPhrase(start, end, text, Optional.empty(), Optional.empty(), ImmutableList.copyOf(each));
  }
}
