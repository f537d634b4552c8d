package tieout.load.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import tieout.ledger.Period;
import tieout.taxonomy.PeriodType;

/**
 * The period a column heading (or a title line) names: a date, a span of time, or — in the upper row
 * of a two-row heading such as "3 Months Ended" over "Dec. 31, 2017" — the length of a span still
 * waiting for its end date. Produced by {@link PeriodCaptions#parse}.
 */
public sealed interface PeriodCaption {

  /** Whether this is a length waiting for an end date from the heading row below. */
  default boolean isPartial() {
    return false;
  }

  /**
   * The period of a concept of {@code type} in a column headed by this caption: a duration heads
   * duration concepts, and instant concepts take its end (a balance in an annual table is the
   * year-end balance); a date heads instant concepts only, so for a duration concept the result is
   * empty.
   *
   * @throws IllegalStateException for a partial caption; complete it with {@link Partial#endingOn}
   */
  Optional<Period> periodFor(PeriodType type);

  /** A date: "December 31, 2013", "As at Dec. 31, 2013", "2013-12-31". */
  record Instant(LocalDate date) implements PeriodCaption {
    public Instant {
      checkNotNull(date);
    }

    @Override
    public Optional<Period> periodFor(PeriodType type) {
      return type == PeriodType.INSTANT ? Optional.of(Period.instant(date)) : Optional.empty();
    }
  }

  /** A span of time, both dates inclusive: "Year Ended December 31, 2013", "Q1 2013", "FY2013". */
  record Duration(LocalDate start, LocalDate end) implements PeriodCaption {
    public Duration {
      checkNotNull(start);
      checkNotNull(end);
      checkArgument(!end.isBefore(start), "duration ends %s before it starts %s", end, start);
    }

    @Override
    public Optional<Period> periodFor(PeriodType type) {
      return Optional.of(type == PeriodType.INSTANT ? Period.instant(end) : Period.duration(start, end));
    }
  }

  /**
   * "3 Months Ended" alone: a length of {@code months} months whose end date is in the row below;
   * EDGAR's "0 Months Ended" (months 0) is the end day alone.
   */
  record Partial(int months) implements PeriodCaption {
    public Partial {
      checkArgument(months >= 0, "months must not be negative, was %s", months);
    }

    @Override
    public boolean isPartial() {
      return true;
    }

    /** The {@code months} months ending on {@code end}. */
    public Duration endingOn(LocalDate end) {
      return months == 0 ? new Duration(end, end) : new Duration(end.plusDays(1).minusMonths(months), end);
    }

    @Override
    public Optional<Period> periodFor(PeriodType type) {
      throw new IllegalStateException("\"" + months + " Months Ended\" needs an end date first");
    }
  }
}
