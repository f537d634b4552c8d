package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * An XBRL period: an instant (a balance at the end of a day), a duration (a flow from the start of
 * {@code start} to the end of {@code end}, both dates inclusive), or {@link #FOREVER} (an XBRL
 * {@code <forever/>} context: no dates at all; a duration-type concept may be reported in it).
 *
 * <p>As in XBRL, the instant at the end of 2012-12-31 is the moment a duration starting 2013-01-01
 * begins: the opening balance of a duration is the instant {@code start - 1 day}.
 */
public sealed interface Period permits Period.Instant, Period.Duration, Period.Forever {

  /** The one forever period: printed and parsed as {@code forever}. */
  Forever FOREVER = new Forever();

  static Instant instant(LocalDate date) {
    return new Instant(date);
  }

  static Duration duration(LocalDate start, LocalDate end) {
    return new Duration(start, end);
  }

  /** The three months ending on the last day of {@code endMonth} of {@code year}. */
  static Duration quarterEnding(int year, int endMonth) {
    LocalDate end = LocalDate.of(year, endMonth, 1).plusMonths(1).minusDays(1);
    return monthsEnding(end, 3);
  }

  /** The {@code months} months ending on {@code end} (a month end). */
  static Duration monthsEnding(LocalDate end, int months) {
    checkArgument(months > 0, "months must be positive, was %s", months);
    LocalDate lastDay = end.withDayOfMonth(end.lengthOfMonth());
    checkArgument(lastDay.equals(end), "%s is not a month end", end);
    LocalDate start = end.plusDays(1).minusMonths(months);
    return new Duration(start, end);
  }

  /**
   * Parses {@code 2013-12-31} as an instant, {@code 2013-01-01/2013-12-31} as a duration and
   * {@code forever} as {@link #FOREVER}.
   */
  static Period parse(String text) {
    checkNotNull(text);
    if (text.strip().equals(Forever.TEXT)) {
      return FOREVER;
    }
    try {
      int slash = text.indexOf('/');
      if (slash < 0) {
        return new Instant(LocalDate.parse(text.strip()));
      }
      return new Duration(
          LocalDate.parse(text.substring(0, slash).strip()),
          LocalDate.parse(text.substring(slash + 1).strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a period: '" + text + "'", e);
    }
  }

  /**
   * The last day the period covers: the date of an instant, the end of a duration; for
   * {@link #FOREVER}, {@link LocalDate#MAX} (it sorts after every dated period). Code that computes
   * with dates asks {@link #isForever()} first.
   */
  LocalDate end();

  boolean isInstant();

  /** Whether this is {@link #FOREVER}: no dates, so no dated rule (quarters, roll-forwards, flux) applies. */
  default boolean isForever() {
    return false;
  }

  /** An instant at the end of a day. */
  record Instant(LocalDate date) implements Period {
    public Instant {
      checkNotNull(date);
    }

    @Override
    public LocalDate end() {
      return date;
    }

    @Override
    public boolean isInstant() {
      return true;
    }

    // Written out: the generated record methods go through method handles, and periods are hashed
    // and compared in every lookup of every check.
    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Instant i && date.equals(i.date));
    }

    @Override
    public int hashCode() {
      return date.hashCode();
    }

    @Override
    public String toString() {
      return date.toString();
    }
  }

  /** A duration from the start of {@code start} to the end of {@code end}, both inclusive. */
  record Duration(LocalDate start, LocalDate end) implements Period {
    public Duration {
      checkNotNull(start);
      checkNotNull(end);
      checkArgument(!end.isBefore(start), "duration ends %s before it starts %s", end, start);
    }

    /** The balance date just before this duration starts. */
    public Instant opening() {
      return new Instant(start.minusDays(1));
    }

    public Instant closing() {
      return new Instant(end);
    }

    /**
     * Whole calendar months covered when the duration runs from a month's first day to a month's
     * last day (fiscal periods), otherwise -1.
     */
    public int months() {
      if (start.getDayOfMonth() != 1 || end.getDayOfMonth() != end.lengthOfMonth()) {
        return -1;
      }
      // From a month's first day to a month's last day: the difference of month numbers, plus one.
      return (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    }

    public boolean isQuarter() {
      return months() == 3;
    }

    public boolean isYear() {
      return months() == 12;
    }

    public long days() {
      return ChronoUnit.DAYS.between(start, end) + 1;
    }

    @Override
    public boolean isInstant() {
      return false;
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Duration d && end.equals(d.end) && start.equals(d.start));
    }

    /** As the record's own: {@code 31 * start + end}. */
    @Override
    public int hashCode() {
      return 31 * start.hashCode() + end.hashCode();
    }

    @Override
    public String toString() {
      return start + "/" + end;
    }
  }

  /**
   * XBRL's {@code <forever/>}: neither instant nor dated duration. Facts in it bind with facts in the
   * same (forever) context, as Calculations 1.1 binds any context; they never fall into a quarter,
   * a year or a roll-forward. One instance, {@link Period#FOREVER}.
   */
  final class Forever implements Period {
    static final String TEXT = "forever";

    private Forever() {}

    @Override
    public LocalDate end() {
      return LocalDate.MAX;
    }

    @Override
    public boolean isInstant() {
      return false;
    }

    @Override
    public boolean isForever() {
      return true;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Forever;
    }

    @Override
    public int hashCode() {
      return 0x466f7265; // any constant: there is one forever
    }

    @Override
    public String toString() {
      return TEXT;
    }
  }
}
