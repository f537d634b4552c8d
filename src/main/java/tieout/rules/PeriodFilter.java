package tieout.rules;

import tieout.ledger.Period;

/**
 * Which contexts a rule checks, written {@code for quarters} at the end of a rule; XBRL scopes a
 * calculation to one statement, tieout scopes it to a kind of period.
 */
public enum PeriodFilter {
  ALL("all"),
  QUARTERS("quarters"),
  HALF_YEARS("half-years"),
  NINE_MONTHS("nine-months"),
  YEARS("years"),
  INSTANTS("instants"),
  DURATIONS("durations");

  private final String keyword;

  PeriodFilter(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }

  public static PeriodFilter fromKeyword(String word) {
    for (PeriodFilter f : values()) {
      if (f.keyword.equals(word) && f != ALL) {
        return f;
      }
    }
    return null;
  }

  public boolean accepts(Period period) {
    return switch (this) {
      case ALL -> true;
      case INSTANTS -> period.isInstant();
      case DURATIONS -> !period.isInstant();
      case QUARTERS -> period instanceof Period.Duration d && d.months() == 3;
      case HALF_YEARS -> period instanceof Period.Duration d && d.months() == 6;
      case NINE_MONTHS -> period instanceof Period.Duration d && d.months() == 9;
      case YEARS -> period instanceof Period.Duration d && d.months() == 12;
    };
  }
}
