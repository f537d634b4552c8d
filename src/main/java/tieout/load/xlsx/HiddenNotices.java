package tieout.load.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import tieout.ledger.Fact;
import tieout.load.Notice;

/**
 * Turns the facts read from one worksheet into notices about those that came from hidden places.
 * Hidden figures are loaded like visible ones (a figure a workbook holds is a figure it reports),
 * but a reader should know that some of what was checked cannot be seen when the workbook is
 * opened. Each fact is counted once: under its hidden sheet, else its hidden row, else its hidden
 * column.
 */
public final class HiddenNotices {
  private HiddenNotices() {}

  /** The notices for {@code facts}, all read from {@code grid}; none when nothing hidden held facts. */
  public static ImmutableList<Notice> of(XlsxGrid grid, List<Fact> facts) {
    Visibility hidden = grid.visibility();
    if (hidden.nothingHidden() || facts.isEmpty()) {
      return ImmutableList.of();
    }
    String sheet = grid.fileName() + "!" + grid.sheetName();
    if (hidden.sheetHidden()) {
      return ImmutableList.of(new Notice(sheet, hidden.sheet() + " sheet, " + count(facts.size()) + " loaded"));
    }
    Map<Integer, Integer> byRow = new TreeMap<>();
    Map<Integer, Integer> byColumn = new TreeMap<>();
    for (Fact fact : facts) {
      if (fact.source().cell().isEmpty()) {
        continue;
      }
      CellReference ref = new CellReference(fact.source().cell().get());
      if (hidden.rows().contains(ref.getRow())) {
        byRow.merge(ref.getRow(), 1, Integer::sum);
      } else if (hidden.columns().contains((int) ref.getCol())) {
        byColumn.merge((int) ref.getCol(), 1, Integer::sum);
      }
    }
    ImmutableList.Builder<Notice> notices = ImmutableList.builder();
    byRow.forEach((row, n) -> notices.add(new Notice(sheet + "!" + (row + 1), "hidden row, " + count(n) + " loaded")));
    byColumn.forEach((column, n) -> notices.add(
        new Notice(sheet + "!" + CellReference.convertNumToColString(column), "hidden column, " + count(n) + " loaded")));
    return notices.build();
  }

  private static String count(int facts) {
    return facts == 1 ? "1 fact" : facts + " facts";
  }
}
