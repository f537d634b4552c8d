package tieout.load.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An R page's statement of equity: its columns are the components ("Total", "Common Stock [Member]",
 * ...) and its periods are in its captions. A balance row says its date ("Balance at Dec. 31, 2016",
 * "Total stockholders' equity, ending at Jul. 01, 2023"): an instant. A line between two balance
 * rows is a flow over the span between their dates (the day after the earlier to the later). A line
 * with no balance above or below it has no period and is counted in the sheet's notice.
 */
final class EdgarEquity {
  private static final Pattern BALANCE_DATE = Pattern.compile(
      ".* at (?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? \\d{1,2}, \\d{4})");

  private EdgarEquity() {}

  /** The date a balance row's caption ends with, if it is one. */
  static Optional<LocalDate> balanceDate(String caption) {
    Matcher m = BALANCE_DATE.matcher(caption);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<PeriodCaption> period = PeriodCaptions.parse(m.group("date"), java.time.MonthDay.of(12, 31));
    return period.filter(p -> p instanceof PeriodCaption.Instant).map(p -> ((PeriodCaption.Instant) p).date());
  }

  /** Whether the page reads as a statement of equity: some caption of its first column is a balance. */
  static boolean applies(Grid grid) {
    for (int r = grid.nextRow(1); r < grid.rowCount(); r = grid.nextRow(r + 1)) {
      if (balanceDate(grid.cell(r, 0).tidyText()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The period of each row from row 1 on that has one, by row: a balance row's date, a flow's span
   * between the balances around it.
   */
  static Map<Integer, PeriodCaption> periods(Grid grid) {
    List<Integer> rows = new ArrayList<>();
    List<Optional<LocalDate>> dates = new ArrayList<>();
    for (int r = grid.nextRow(1); r < grid.rowCount(); r = grid.nextRow(r + 1)) {
      rows.add(r);
      dates.add(balanceDate(grid.cell(r, 0).tidyText()));
    }
    Map<Integer, PeriodCaption> periods = new HashMap<>();
    LocalDate previous = null;
    for (int i = 0; i < rows.size(); i++) {
      if (dates.get(i).isPresent()) {
        periods.put(rows.get(i), new PeriodCaption.Instant(dates.get(i).get()));
        previous = dates.get(i).get();
        continue;
      }
      LocalDate next = null;
      for (int j = i + 1; j < rows.size() && next == null; j++) {
        next = dates.get(j).orElse(null);
      }
      if (previous != null && next != null && next.isAfter(previous)) {
        periods.put(rows.get(i), new PeriodCaption.Duration(previous.plusDays(1), next));
      }
    }
    return periods;
  }
}
