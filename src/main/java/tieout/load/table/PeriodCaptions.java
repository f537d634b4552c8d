package tieout.load.table;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.ledger.FiscalCalendar;
import tieout.ledger.Period;
import tieout.load.BadValueException;

/**
 * Reads the period captions of column headings and title lines.
 *
 * <table>
 *   <caption>Captions (case, spacing and a leading "For the" do not matter)</caption>
 *   <tr><td>{@code Three Months Ended December 31, 2013}, {@code 3 Months Ended Dec. 31, 2017},
 *       {@code Six Months Ended ...}, {@code Nine-Month Period Ended ...}, {@code Quarter Ended ...}
 *       <td>the months ending that day
 *   <tr><td>{@code Year Ended ...}, {@code Fiscal Year Ended ...}, {@code Twelve Months Ended ...}
 *       <td>the year ending that day
 *   <tr><td>{@code 3 Months Ended}, {@code Year Ended} alone<td>partial: the end date is in the row below
 *   <tr><td>{@code As at December 31, 2013}, {@code As of Dec. 31, 2013}, {@code At ...},
 *       {@code December 31, 2013}, {@code 31 December 2013}, {@code Sept. 30, 2017}, {@code 2013-12-31}
 *       <td>an instant
 *   <tr><td>{@code Q1 2013}, {@code 2013 Q1}, {@code 1Q13}, {@code First Quarter 2013}<td>a fiscal quarter
 *   <tr><td>{@code FY2013}, {@code FY 2013}, {@code FY13}, {@code Fiscal 2013}, {@code Fiscal Year 2013},
 *       {@code Full year 2013}, {@code Total 2013}, {@code 2013}<td>the fiscal year ending in 2013
 *   <tr><td>{@code 4th quarter 2013}<td>a fiscal quarter
 *   <tr><td>{@code Oct-Dec 2013}, {@code Nov-Jan 2014}<td>the calendar months from the first to the last
 *   <tr><td>{@code Dec-13}, {@code Dec-2013}<td>an instant: the month's last day (a balance date; a flow
 *       under it is an error naming the cell)
 * </table>
 *
 * <p>Fiscal years end on the taxonomy's fiscal year end: with 03-31, "FY2018" is 2017-04-01/2018-03-31
 * and "Q1 2018" is 2017-04-01/2017-06-30.
 */
public final class PeriodCaptions {
  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + " (?<day>\\d{1,2}),? (?<year>\\d{4})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?<day>\\d{1,2}) " + MONTH + ",? (?<year>\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})");

  private static final String COUNT =
      "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen";
  private static final Pattern DURATION_LEAD =
      Pattern.compile(
          "(?:(?<count>" + COUNT + ")[ -]months?|(?<year>(?:fiscal )?year|annual)|(?<quarter>(?:fiscal )?quarter))"
              + "(?: period)? (?:ended|ending)(?: (?<rest>.*))?");
  private static final Pattern INSTANT_LEAD = Pattern.compile("as (?:at|of) (?<rest>.*)");
  private static final Pattern AT_DATE = Pattern.compile("at (?<rest>.*)");

  private static final Pattern QUARTER_FIRST =
      Pattern.compile("q(?<q>\\d)[ -]?'?(?:fy ?)?(?<year>\\d{4}|\\d{2})");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?:fy ?)?(?<year>\\d{4})[ -]?q(?<q>\\d)");
  private static final Pattern DIGIT_Q = Pattern.compile("(?<q>\\d)q ?'?(?<year>\\d{4}|\\d{2})");
  private static final Pattern WORD_QUARTER =
      Pattern.compile("(?<q>first|second|third|fourth|[1-4](?:st|nd|rd|th)) (?:fiscal )?quarter(?: of)?(?: fiscal)?"
          + "(?: year)?,? (?<year>\\d{4})");
  private static final Pattern FISCAL_YEAR =
      Pattern.compile("(?:fy|fiscal(?: year)?|full[ -]year|total|year) ?'?(?<year>\\d{4}|\\d{2})|(?<bare>[12]\\d{3})");
  private static final String SHORT_MONTH = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
  /** "Oct-Dec 2013", "Jan - Mar 2014": the calendar months from the first to the last. */
  private static final Pattern MONTH_RANGE = Pattern.compile(
      "(?<from>" + SHORT_MONTH + ")[a-z]*\\.? ?[-–] ?(?<to>" + SHORT_MONTH + ")[a-z]*\\.?,? (?<year>\\d{4})");
  /** "Dec-13", "Dec-2013": Excel's month-year heading, read as the month's last day (a balance date). */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?<month>" + SHORT_MONTH + ")-'?(?:(?<year>\\d{4})|(?<yy>\\d{2}))");

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
          Map.entry("eighteen", 18), Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
          Map.entry("fourth", 4));

  private PeriodCaptions() {}

  /**
   * The period a caption names, or empty when it names none ("Total", "Notes", "Shares").
   *
   * @throws BadValueException when the caption is plainly a period but cannot be one: an impossible
   *     date ("Three Months Ended February 30, 2013"), digits that are no date after "As at" or
   *     "Months Ended" ("As at 12/31/2013"), a fifth quarter, zero months
   */
  public static Optional<PeriodCaption> parse(String caption, MonthDay fiscalYearEnd) {
    String text = normalize(caption);
    FiscalCalendar calendar = new FiscalCalendar(fiscalYearEnd);
    Matcher m;
    if ((m = DURATION_LEAD.matcher(text)).matches()) {
      int months = monthsOf(m, caption);
      String rest = m.group("rest");
      if (rest == null) {
        return Optional.of(new PeriodCaption.Partial(months));
      }
      Optional<LocalDate> end = dateAfterLead(rest, caption);
      return end.map(e -> new PeriodCaption.Partial(months).endingOn(e));
    }
    if ((m = INSTANT_LEAD.matcher(text)).matches()) {
      return dateAfterLead(m.group("rest"), caption).map(PeriodCaption.Instant::new);
    }
    if ((m = AT_DATE.matcher(text)).matches()) {
      // "At cost" is not a period; only "At <date>" is.
      return date(m.group("rest"), caption).map(PeriodCaption.Instant::new);
    }
    Optional<LocalDate> date = date(text, caption);
    if (date.isPresent()) {
      return Optional.of(new PeriodCaption.Instant(date.get()));
    }
    if ((m = MONTH_RANGE.matcher(text)).matches()) {
      Month from = month(m.group("from"));
      Month to = month(m.group("to"));
      int year = Integer.parseInt(m.group("year"));
      LocalDate end = LocalDate.of(year, to, 1).plusMonths(1).minusDays(1);
      LocalDate start = LocalDate.of(to.getValue() >= from.getValue() ? year : year - 1, from, 1);
      return Optional.of(new PeriodCaption.Duration(start, end));
    }
    if ((m = MONTH_YEAR.matcher(text)).matches()) {
      LocalDate first = LocalDate.of(year(m.group("year") != null ? m.group("year") : m.group("yy")),
          month(m.group("month")), 1);
      return Optional.of(new PeriodCaption.Instant(first.plusMonths(1).minusDays(1)));
    }
    for (Pattern quarter : new Pattern[] {QUARTER_FIRST, YEAR_FIRST, DIGIT_Q, WORD_QUARTER}) {
      if ((m = quarter.matcher(text)).matches()) {
        String q = m.group("q");
        int number = WORDS.containsKey(q) ? WORDS.get(q) : Integer.parseInt(q.substring(0, 1));
        if (number < 1 || number > 4) {
          throw new BadValueException(
              "there is no quarter " + number + " in \"" + caption.strip() + "\": quarters are Q1 to Q4");
        }
        return Optional.of(caption(calendar.quarter(year(m.group("year")), number)));
      }
    }
    if ((m = FISCAL_YEAR.matcher(text)).matches()) {
      String year = m.group("year") != null ? m.group("year") : m.group("bare");
      return Optional.of(caption(calendar.year(year(year))));
    }
    return Optional.empty();
  }

  /** Lower case, single spaces, no leading "For the", no trailing remark in parentheses. */
  // Compiled once: String.replaceFirst compiles its pattern at every call.
  private static final Pattern REMARK = Pattern.compile("\\s*\\((?:\\d|[a-z][a-z ]*)\\)$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:,]$");
  private static final Pattern FOR_THE = Pattern.compile("^for (?:the )?");

  private static String normalize(String caption) {
    String text = GridCell.tidy(caption).toLowerCase(Locale.ROOT);
    // Footnote markers and remarks such as "(1)" or "(Unaudited)" do not change the period.
    text = REMARK.matcher(text).replaceFirst("");
    text = TRAILING_PUNCTUATION.matcher(text).replaceFirst("").strip();
    return FOR_THE.matcher(text).replaceFirst("");
  }

  private static int monthsOf(Matcher m, String caption) {
    if (m.group("year") != null) {
      return 12;
    }
    if (m.group("quarter") != null) {
      return 3;
    }
    String count = m.group("count");
    int months = WORDS.containsKey(count) ? WORDS.get(count) : Integer.parseInt(count);
    if (months == 0) {
      throw new BadValueException("\"" + caption.strip() + "\" names a period of zero months");
    }
    return months;
  }

  /**
   * The date after "Months Ended" or "As at": empty when {@code rest} has no digit at all ("As at the
   * date of this report" is prose, not a heading); an error when it has digits but is no date.
   */
  private static Optional<LocalDate> dateAfterLead(String rest, String caption) {
    Optional<LocalDate> date = date(rest, caption);
    if (date.isEmpty() && rest.matches(".*\\d.*")) {
      throw expectedDate(caption, lead(caption, rest), rest);
    }
    return date;
  }

  /** A date in one of the accepted forms, or empty when the text is no date at all. */
  private static Optional<LocalDate> date(String text, String caption) {
    Matcher m;
    if ((m = MONTH_DAY_YEAR.matcher(text)).matches() || (m = DAY_MONTH_YEAR.matcher(text)).matches()) {
      int year = Integer.parseInt(m.group("year"));
      return Optional.of(validDate(year, month(m.group("month")), m.group("day"), caption));
    }
    if ((m = ISO_DATE.matcher(text)).matches()) {
      int month = Integer.parseInt(m.group("month"));
      if (month < 1 || month > 12) {
        throw new BadValueException("impossible date in \"" + caption.strip() + "\": there is no month " + month);
      }
      return Optional.of(validDate(Integer.parseInt(m.group("year")), Month.of(month), m.group("day"), caption));
    }
    return Optional.empty();
  }

  private static LocalDate validDate(int year, Month month, String dayText, String caption) {
    int day = Integer.parseInt(dayText);
    int length = month.length(Year.isLeap(year));
    if (day < 1 || day > length) {
      throw new BadValueException(
          "impossible date in \""
              + caption.strip()
              + "\": "
              + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has "
              + length
              + " days");
    }
    return LocalDate.of(year, month, day);
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3);
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return month;
      }
    }
    throw new IllegalStateException("the month pattern let through " + name);
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + year : year;
  }

  /** The caption's words before {@code rest}, as printed: "Three Months Ended". */
  private static String lead(String caption, String rest) {
    String printed = GridCell.tidy(caption);
    int cut = printed.length() - rest.length();
    return cut > 0 && printed.toLowerCase(Locale.ROOT).endsWith(rest) ? printed.substring(0, cut).strip() : printed;
  }

  private static BadValueException expectedDate(String caption, String lead, String found) {
    return new BadValueException(
        "expected a date such as December 31, 2013 after \"" + lead + "\", found \""
            + foundText(caption, found) + "\"");
  }

  /** {@code found} as printed in the caption rather than lower-cased. */
  private static String foundText(String caption, String found) {
    String printed = GridCell.tidy(caption);
    int at = printed.toLowerCase(Locale.ROOT).lastIndexOf(found);
    return at >= 0 ? printed.substring(at, at + found.length()) : found;
  }

  private static PeriodCaption.Duration caption(Period.Duration period) {
    return new PeriodCaption.Duration(period.start(), period.end());
  }
}
