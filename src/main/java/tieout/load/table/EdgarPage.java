package tieout.load.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a sheet of an EDGAR {@code Financial_Report.xlsx} (one R page of a filing as the SEC
 * renders it) and the conventions of its cells, which differ from a table laid out by a person.
 *
 * <p>An R page is recognised by its first cell, the page title followed by the unit and scale
 * ({@code Consolidated Balance Sheets - USD ($) $ in Thousands}; the older renderer's
 * {@code CONSOLIDATED BALANCE SHEETS (USD $)}; {@code ... (Details)}, {@code (Tables)},
 * {@code (Parenthetical)}), or by {@code [Abstract]}, {@code [Line Items]}, {@code [Member]} captions
 * in its first column, with the column headings starting in row 1. See docs/design.md, "EDGAR R pages".
 */
final class EdgarPage {
  private EdgarPage() {}

  /** "- USD ($)", "(USD $)", "$ in Thousands", "(Details)": what only an R page's title says. */
  private static final Pattern TITLE = Pattern.compile(
      ".*(?: - [A-Z]{3} \\(.{1,4}\\)| \\([A-Z]{3} .{1,4}\\)| in (?:Units|Thousands|Millions|Billions)"
          + "|\\((?:Details|Details Narrative|Narrative|Tables|Policies|Parenthetical)\\)).*");
  private static final Pattern NOTE =
      Pattern.compile("(?i).*\\((?:details|details narrative|narrative|tables|policies|parenthetical)\\b.*");
  private static final Pattern STATEMENT = Pattern.compile(
      "(?i).*(?:balance sheets?|statements? of|financial position|financial condition).*");
  private static final Pattern BALANCE_SHEET = Pattern.compile(
      "(?i).*(?:balance sheets?|financial position|financial condition).*");
  /** The caption a balance sheet's bare last "Total" stands for (resolved through the taxonomy's labels). */
  static final String LIABILITIES_AND_EQUITY = "Total liabilities and stockholders' equity";
  private static final Pattern STRUCTURE = Pattern.compile(".*\\[(?:Abstract|Line Items|Member|Axis|Table|Roll Forward)\\]$");
  /** A date heading with units run into it: "Dec. 31, 2019USD ($)entity", "Jul. 02, 2022 $ / shares". */
  private static final Pattern DATE_WITH_UNITS = Pattern.compile(
      "(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}, \\d{4})\\s*(?<units>\\S.*)");
  private static final Pattern SPAN = Pattern.compile("\\d{1,2} Months Ended");
  private static final Pattern SCALE_LINE = Pattern.compile("(?i)in (?:thousands|millions|billions)\\b.*");
  /** "USD ($)", "GBP (£)": a code, then its symbol (no letters: "INCOME (LOSS)" is no currency). */
  private static final Pattern CURRENCY = Pattern.compile("(?<![A-Za-z])([A-Z]{3}) \\((?:[^)\\sA-Za-z]{1,3})\\)");
  private static final Pattern UNITS_ONLY =
      Pattern.compile("(?:[A-Z]{3} \\([^)\\sA-Za-z]{1,3}\\)|[$£€¥] ?/ ?shares|[a-z_]+|%|\\s)+");
  private static final Pattern ZERO_MONTHS = Pattern.compile("(?i)0 months? ended");
  private static final Pattern FOOTNOTE_MARKS = Pattern.compile("(?:\\[\\d{1,3}\\][, ]*)+");

  /** Whether {@code grid} is an R page: its title in A1 and its headings from row 1 on. */
  static boolean recognise(Grid grid) {
    GridCell first = grid.cell(0, 0);
    if (first.kind() != GridCell.Kind.TEXT) {
      return false;
    }
    if (TITLE.matcher(first.tidyText()).matches()) {
      return true;
    }
    // The older renderer's notes: "INCOME TAXES" over an empty A2, "12 Months Ended" over the date.
    if (SPAN.matcher(grid.cell(0, 1).tidyText()).matches() && grid.cell(1, 0).isEmpty()) {
      return true;
    }
    // Only the first rows are looked at: a sheet's work stays bounded by the cells present.
    int rows = Math.min(grid.rowCount(), 8);
    for (int r = 1; r < rows; r++) {
      if (STRUCTURE.matcher(grid.cell(r, 0).tidyText()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an R page is not one of the financial statements (a note's "(Details)", "(Tables)", a
   * "Pay vs Performance Disclosure", a parenthetical page): only the statements' pages give the
   * taxonomy's line items; the others reuse their captions for other things ("Total assets" measured
   * at fair value, "Net income" attributable to the parent).
   */
  static boolean isNote(Grid grid) {
    String title = grid.cell(0, 0).tidyText();
    return NOTE.matcher(title).matches() || !STATEMENT.matcher(title).matches();
  }

  /** Whether an R page is a balance sheet (not its parenthetical page). */
  static boolean isBalanceSheet(Grid grid) {
    String title = grid.cell(0, 0).tidyText();
    return BALANCE_SHEET.matcher(title).matches() && !NOTE.matcher(title).matches();
  }

  /** The date of a heading such as {@code Dec. 31, 2019USD ($)entity}: its units say nothing of the period. */
  static Optional<String> dateBeforeUnits(String heading) {
    Matcher m = DATE_WITH_UNITS.matcher(heading);
    return m.matches() ? Optional.of(m.group("date")) : Optional.empty();
  }

  /**
   * The currency an R page's title or heading names, as its ISO code: "GBP" in "- GBP (£) £ in
   * Millions" or "Jun. 30, 2018GBP (£)".
   */
  static Optional<String> currencyIn(String text) {
    Matcher m = CURRENCY.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** "USD ($)", "$ / shares", "investors", "GBP (£) shares": a line of units, run together or not. */
  static boolean isUnitsOnly(String text) {
    return UNITS_ONLY.matcher(text).matches();
  }

  /** "0 Months Ended": the older renderer's heading over facts of one day (an event's date). */
  static boolean isZeroMonths(String heading) {
    return ZERO_MONTHS.matcher(heading).matches();
  }

  /** "In Thousands, unless otherwise specified", "In Millions, except Share data": a scale line. */
  static boolean isScaleLine(String caption) {
    return SCALE_LINE.matcher(caption).matches();
  }

  /** {@code [1]}, {@code [1],[3]}: the marks of the page's footnotes, printed in cells of their own. */
  static boolean isFootnoteMark(String text) {
    return FOOTNOTE_MARKS.matcher(text.strip()).matches();
  }

  /** A caption that structures the page rather than naming a line: "... [Abstract]", "... [Line Items]". */
  static boolean isStructural(String caption) {
    return STRUCTURE.matcher(caption).matches();
  }

  static boolean isLineItems(String caption) {
    return caption.endsWith("[Line Items]");
  }

  static boolean namesMember(String caption) {
    return caption.endsWith("[Member]") || caption.endsWith("[Axis]");
  }

  /** A member heading's text without EDGAR's "[Member]" marks: "Common Stock [Member]" to "Common Stock". */
  static String memberName(String text) {
    String name = text.replace("[Member]", " ").replace("[Axis]", " ").replaceAll("\\s+", " ").strip();
    return name.isEmpty() ? text.strip() : name;
  }
}
