package tieout.load;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;

/**
 * How much of one sheet (or CSV file) was read: the amount cells that became facts against the
 * amount cells found there, those read and those reported unreadable (a line item and period were
 * understood but the cell held no amount). Fewer read than found points at the unreadable findings.
 *
 * @param sheet {@code file.xlsx!Sheet} or {@code file.csv}
 * @param read amount cells loaded as facts (nil ones included), each cell once
 * @param present amount cells found: those read plus the unreadable ones
 */
public record SheetCoverage(String sheet, long read, long present) {
  public SheetCoverage {
    checkNotNull(sheet);
    checkArgument(read >= 0 && present >= 0, "negative counts: %s %s", read, present);
  }

  /**
   * The coverage of each sheet of one file, in the order its facts came: {@code facts} read from it
   * and the {@code unreadable} amount cells found in it.
   */
  public static List<SheetCoverage> of(List<Fact> facts, List<UnreadableAmount> unreadable) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    // Cells, not facts: a workbook cell may be two facts (a caption that is a share count and an amount).
    Set<SourceRef> cells = new HashSet<>();
    for (Fact fact : facts) {
      SourceRef source = fact.source();
      String sheet = source.sheet().map(s -> source.file() + "!" + s).orElse(source.file());
      long[] n = counts.computeIfAbsent(sheet, k -> new long[2]);
      // A CSV's source is its line: each fact there is a field of its own.
      if (!source.isCell() || cells.add(source)) {
        n[0]++;
      }
    }
    for (UnreadableAmount cell : unreadable) {
      counts.computeIfAbsent(sheetOf(cell.location()), k -> new long[2])[1]++;
    }
    List<SheetCoverage> all = new ArrayList<>();
    counts.forEach((sheet, n) -> all.add(new SheetCoverage(sheet, n[0], n[0] + n[1])));
    return all;
  }

  /** {@code book.xlsx!Sheet} of {@code book.xlsx!Sheet!C7}; {@code facts.csv} of {@code facts.csv:12}. */
  private static String sheetOf(String location) {
    int bang = location.lastIndexOf('!');
    if (bang > 0) {
      return location.substring(0, bang);
    }
    int colon = location.lastIndexOf(':');
    return colon > 0 ? location.substring(0, colon) : location;
  }

  /** Whether every amount cell found was read. */
  public boolean complete() {
    return read == present;
  }

  /** {@code file.xlsx!Sheet: 40 of 42 amount cells read}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %,d of %,d amount cells read", sheet, read, present);
  }
}
