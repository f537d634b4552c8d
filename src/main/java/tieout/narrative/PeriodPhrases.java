package tieout.narrative;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.ledger.Period;

/**
 * Finds the period phrases of a sentence: durations ("for the year ended December 31, 2013",
 * "during the three months ended March 31, 2013", "in the year ended ...") and instants ("as at
 * December 31, 2013", "as of ...", "at ..."). An event date ("On February 15, 2013, ...") is not a
 * period.
 */
final class PeriodPhrases {
  private PeriodPhrases() {}

  static final String DATE =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(?<day>\\d{1,2}),?\\s+(?<year>\\d{4})";

  private static final Pattern DURATION =
      Pattern.compile(
          "(?:(?:for|during|in|over)\\s+)?(?:the\\s+)?"
              + "(?:(?<n>three|six|nine|twelve|3|6|9|12)[-\\s]months?|(?<fy>(?:fiscal\\s+)?years?)|(?<q>quarter))"
              + "\\s+ended\\s+"
              + DATE
              + "(?<more>\\s*(?:,\\s*|\\s+and\\s+)(?:\\d{4}(?!\\d|,\\d)|" + monthWord() + "))?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern INSTANT =
      Pattern.compile("\\b(?:as\\s+(?:at|of)|at)\\s+" + DATE + "(?<more>\\s+and\\s+(?:\\d{4}(?!\\d|,\\d)|" + monthWord() + "))?",
          Pattern.CASE_INSENSITIVE);

  /** A month of a year, as an event's date: "in September 2013", "during March 2013". */
  private static final Pattern MONTH =
      Pattern.compile("\\b(?:in|during)\\s+(?:the\\s+month\\s+of\\s+)?(?<month>" + monthWord() + ")\\s+(?<year>\\d{4})\\b(?!\\s*(?:,|and)\\s*\\d)",
          Pattern.CASE_INSENSITIVE);

  /** A fiscal year named by its number alone: "in 2013", "for fiscal 2013", "during 2012". */
  private static final Pattern YEAR =
      Pattern.compile("\\b(?:(?:in|for|during)\\s+(?:fiscal\\s+(?:year\\s+)?)?|fiscal\\s+(?:year\\s+)?)(?<year>(?:19|20)\\d{2})\\b"
          + "(?<more>\\s*(?:,|and|-|–|to|through)\\s*(?:19|20)\\d{2}\\b)?(?![,.]?\\d)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BARE_DATE = Pattern.compile("^\\s*" + DATE + "\\s*$", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static String monthWord() {
    return "January|February|March|April|May|June|July|August|September|October|November|December";
  }

  /** Every period phrase of the sentence, in order, for a December fiscal year end. */
  static List<PeriodPhrase> find(String sentence) {
    return find(sentence, MonthDay.of(12, 31));
  }

  /** Every period phrase of the sentence, in order; a month's quarter follows the fiscal year end. */
  static List<PeriodPhrase> find(String sentence, MonthDay fiscalYearEnd) {
    List<PeriodPhrase> found = new ArrayList<>();
    Matcher d = DURATION.matcher(sentence);
    while (d.find()) {
      Optional<Period> period = Optional.empty();
      Optional<LocalDate> end = date(d);
      int months = d.group("fy") != null ? 12 : d.group("q") != null ? 3 : months(d.group("n"));
      Optional<Period> first = end.filter(e -> e.getDayOfMonth() == e.lengthOfMonth()).map(e -> Period.monthsEnding(e, months));
      if (d.group("more") == null) {
        found.add(new PeriodPhrase(d.start(), d.end(), d.group(), first));
      } else {
        List<Period> each = otherYear(d.group("more"), first, p -> Period.monthsEnding(
            p.withDayOfMonth(p.lengthOfMonth()), months));
        found.add(PeriodPhrase.several(d.start(), d.end(), d.group(), each));
      }
    }
    Matcher i = INSTANT.matcher(sentence);
    while (i.find()) {
      int start = i.start();
      if (found.stream().anyMatch(p -> p.start() <= start && start < p.end())) {
        continue;
      }
      if (i.group("more") == null) {
        found.add(new PeriodPhrase(start, i.end(), i.group(), date(i).map(Period::instant)));
      } else {
        found.add(PeriodPhrase.several(start, i.end(), i.group(),
            otherYear(i.group("more"), date(i).map(Period::instant), Period::instant)));
      }
    }
    Matcher mo = MONTH.matcher(sentence);
    while (mo.find()) {
      int start = mo.start();
      if (found.stream().anyMatch(p -> p.start() <= start && start < p.end())) {
        continue;
      }
      YearMonth m = YearMonth.of(Integer.parseInt(mo.group("year")),
          MONTHS.get(mo.group("month").substring(0, 3).toLowerCase(Locale.ROOT)));
      found.add(new PeriodPhrase(start, mo.end(), mo.group(), Optional.of(quarterOf(m, fiscalYearEnd)), Optional.of(m)));
    }
    Matcher y = YEAR.matcher(sentence);
    while (y.find()) {
      int start = y.start();
      if (found.stream().anyMatch(p -> p.start() <= start && start < p.end() || start <= p.start() && p.start() < y.end())) {
        continue;
      }
      LocalDate end = fiscalYearEnd.atYear(Integer.parseInt(y.group("year")));
      Optional<Period> period = end.getDayOfMonth() == end.lengthOfMonth()
          ? Optional.of(Period.monthsEnding(end, 12)) : Optional.empty();
      if (y.group("more") == null) {
        found.add(new PeriodPhrase(start, y.end(), y.group(), period));
      } else {
        found.add(PeriodPhrase.several(start, y.end(), y.group(), otherYear(y.group("more"), period,
            e -> Period.monthsEnding(e.withDayOfMonth(e.lengthOfMonth()), 12))));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private static final Pattern MORE_YEAR = Pattern.compile("^\\s*(?:,\\s*|\\s+and\\s+|\\s*(?:and|-|–|to|through)\\s*)((?:19|20)\\d{2})$");

  /**
   * The periods of "December 31, 2013 and 2012", "2024 and 2023": the first, then the same in the
   * other year; empty when the second part is not a year (a month, a range "2022 to 2024").
   */
  private static List<Period> otherYear(String more, Optional<Period> first, java.util.function.Function<LocalDate, Period> make) {
    Matcher m = MORE_YEAR.matcher(more);
    if (first.isEmpty() || !m.find() || more.matches("(?s).*(?:-|–|to|through).*")) {
      return List.of();
    }
    LocalDate end = first.get().end();
    LocalDate other = end.withYear(Integer.parseInt(m.group(1)));
    if (end.getDayOfMonth() == end.lengthOfMonth()) {
      other = other.withDayOfMonth(other.lengthOfMonth());
    }
    return List.of(first.get(), make.apply(other));
  }

  /** The fiscal quarter holding {@code m}: quarters end every third month counted back from the year end. */
  static Period quarterOf(YearMonth m, MonthDay fiscalYearEnd) {
    int ahead = Math.floorMod(fiscalYearEnd.getMonthValue() - m.getMonthValue(), 3);
    YearMonth end = m.plusMonths(ahead);
    return Period.monthsEnding(end.atEndOfMonth(), 3);
  }

  /** A date alone, as in a comparative "(December 31, 2012 - $229,359)". */
  static Optional<LocalDate> bareDate(String text) {
    Matcher m = BARE_DATE.matcher(text);
    return m.matches() ? date(m) : Optional.empty();
  }

  private static Optional<LocalDate> date(Matcher m) {
    int month = MONTHS.get(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT));
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day"))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int months(String n) {
    return switch (n.toLowerCase(Locale.ROOT)) {
      case "three", "3" -> 3;
      case "six", "6" -> 6;
      case "nine", "9" -> 9;
      default -> 12;
    };
  }
}
