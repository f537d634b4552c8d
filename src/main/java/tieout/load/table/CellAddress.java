package tieout.load.table;

/** A cell's address as Excel writes it, for every grid's locations. */
public final class CellAddress {
  private CellAddress() {}

  /**
   * {@code B12} for row 11, column 1 (both from 0), as POI's {@code CellReference} writes it
   * without {@code $}: column letters in bijective base 26 (A..Z, AA..), then the row from 1.
   * Written out because every fact of a workbook gets one, and a reference object and its builder
   * each were a large share of what a workbook's load allocated ({@code
   * docs/performance.md#speed-tricks-kept}, "Workbook cells").
   */
  public static String of(int row, int column) {
    char[] letters = new char[8];
    int at = letters.length;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters[--at] = (char) ('A' + (c - 1) % 26);
    }
    return new String(letters, at, letters.length - at).concat(Integer.toString(row + 1));
  }
}
