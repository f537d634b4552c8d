package tieout.load.xlsx;

import com.google.common.collect.ImmutableSet;

/**
 * What of a worksheet is hidden: the sheet itself, and its hidden rows and columns (0-based).
 *
 * @param sheet {@code "hidden"} or {@code "very hidden"} for a hidden sheet, empty for a visible one
 */
public record Visibility(String sheet, ImmutableSet<Integer> rows, ImmutableSet<Integer> columns) {
  public static final Visibility VISIBLE = new Visibility("", ImmutableSet.of(), ImmutableSet.of());

  public boolean sheetHidden() {
    return !sheet.isEmpty();
  }

  public boolean nothingHidden() {
    return !sheetHidden() && rows.isEmpty() && columns.isEmpty();
  }
}
