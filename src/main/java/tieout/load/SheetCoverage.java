package tieout.load;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * How much of one sheet (or CSV file) was read: the amount cells that became facts against the
 * number-like cells it holds outside its headings. Less than all means some figures are only in
 * the unreadable findings or notices, never silently lost.
 *
 * @param sheet {@code file.xlsx!Sheet} or {@code file.csv}
 * @param read amount cells loaded as facts (nil ones included)
 * @param present number-like cells (numbers and amount-like text) below the sheet's headings
 */
public record SheetCoverage(String sheet, long read, long present) {
  public SheetCoverage {
    checkNotNull(sheet);
    checkArgument(read >= 0 && present >= 0, "negative counts: %s %s", read, present);
  }

  /** {@code file.xlsx!Sheet: 40 of 42 amount cells read}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %,d of %,d amount cells read", sheet, read, present);
  }
}
