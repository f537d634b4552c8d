package tieout.load.table;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tieout.load.BadValueException;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Taxonomy;

/** What one column-heading cell says: a period, a dimension member, "Total", a unit, or nothing we read. */
sealed interface Heading {

  /** A period caption, possibly partial ("3 Months Ended"). */
  record PeriodHeading(PeriodCaption caption, String text) implements Heading {}

  /** A caption naming a dimension member, e.g. "1-3 Years". */
  record MemberHeading(Taxonomy.MemberUse use, String text) implements Heading {}

  /** "Total" among member headings: the total over the members, so no member. */
  record TotalHeading(String text) implements Heading {}

  /** "Shares" or "Amount" over a column: which kind of concept the row caption means there. */
  record UnitHeading(ItemType type, String text) implements Heading {}

  /** A caption that is plainly a period but cannot be one; {@code message} says why. */
  record BadHeading(String message, String text) implements Heading {}

  /**
   * On an EDGAR R page, any other heading: the member (or members, run together) the column reports,
   * such as "Common Stock [Member]" in an equity statement or "Minimum" in a note's details.
   */
  record EdgarMemberHeading(String member, String text) implements Heading {}

  /**
   * On an EDGAR R page, units alone on a heading line ("USD ($)", "$ / shares", "investors"): they say
   * nothing of the period or the member; a currency among them is the column's.
   */
  record EdgarUnitsHeading(String text) implements Heading {}

  /** Any other text ("Notes", "classification"): the column is not read. */
  record Other(String text) implements Heading {}

  String text();

  /** Whether this heading alone makes a row a header row: a period or a member (or a bad period). */
  default boolean startsHeader() {
    return this instanceof PeriodHeading || this instanceof MemberHeading || this instanceof BadHeading;
  }

  /** Whether this heading can appear in a header row at all. */
  default boolean isCaption() {
    return !(this instanceof Other);
  }

  /** What the built-in words ignore; compiled once, as every heading cell meets it. */
  Pattern NOT_A_LETTER = Pattern.compile("[^a-z ]");

  /**
   * Classifies a heading cell's text on sheet {@code sheetName}. A member caption declared in the
   * taxonomy wins over the built-in words, so a member may be called "Total" if a taxonomy says so.
   */
  static Heading classify(String text, Taxonomy taxonomy, String sheetName) {
    return classify(text, taxonomy, sheetName, false);
  }

  /**
   * As {@link #classify(String, Taxonomy, String)}; on an EDGAR R page ({@code edgar}) a date heading
   * may carry units ("Dec. 31, 2019USD ($)"), "0 Months Ended" heads one day's facts, footnote marks
   * are nothing, and any other heading names the column's member ({@link EdgarMemberHeading}).
   */
  static Heading classify(String text, Taxonomy taxonomy, String sheetName, boolean edgar) {
    if (edgar) {
      if (EdgarPage.isFootnoteMark(text)) {
        return new Other(text);
      }
      if (EdgarPage.isZeroMonths(text)) {
        return new PeriodHeading(new PeriodCaption.Partial(0), text);
      }
      Optional<String> date = EdgarPage.dateBeforeUnits(text);
      if (date.isPresent()) {
        return classify(date.get(), taxonomy, sheetName, false) instanceof PeriodHeading p
            ? new PeriodHeading(p.caption(), text) : new Other(text);
      }
      Heading plain = classify(text, taxonomy, sheetName, false);
      if (plain instanceof Other && EdgarPage.isUnitsOnly(text)) {
        return new EdgarUnitsHeading(text);
      }
      return plain instanceof Other ? new EdgarMemberHeading(EdgarPage.memberName(text), text) : plain;
    }
    Optional<Taxonomy.MemberUse> member = taxonomy.resolveMember(text, sheetName);
    if (member.isPresent()) {
      return new MemberHeading(member.get(), text);
    }
    switch (NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").strip()) {
      case "total":
        if (!text.matches(".*\\d.*")) {
          return new TotalHeading(text);
        }
        break; // "Total 2013": the year's total, a period
      case "shares":
      case "number of shares":
        return new UnitHeading(ItemType.SHARES, text);
      case "amount":
      case "amounts":
        return new UnitHeading(ItemType.MONETARY, text);
      default:
        break;
    }
    try {
      return PeriodCaptions.parse(text, taxonomy.fiscalYearEnd())
          .<Heading>map(caption -> new PeriodHeading(caption, text))
          .orElse(new Other(text));
    } catch (BadValueException e) {
      return new BadHeading(e.getMessage(), text);
    }
  }
}
