package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Where a fact was read: a spreadsheet cell ({@code entree-2013.xlsx!Quarterly 2013!C7}) or a line
 * of a text file ({@code facts.csv:57}). {@code formula} records that the cell held a formula and
 * its cached value was used.
 */
public record SourceRef(String file, Optional<String> sheet, Optional<String> cell, int line, boolean formula) {
  public SourceRef {
    checkNotNull(file);
    checkNotNull(sheet);
    checkNotNull(cell);
    checkArgument(sheet.isPresent() == cell.isPresent(), "a cell reference needs both sheet and cell");
    checkArgument(line >= 0, "line must be >= 0, was %s", line);
  }

  public static SourceRef cell(String file, String sheet, String cell) {
    return new SourceRef(file, Optional.of(sheet), Optional.of(cell), 0, false);
  }

  public static SourceRef formulaCell(String file, String sheet, String cell) {
    return new SourceRef(file, Optional.of(sheet), Optional.of(cell), 0, true);
  }

  public static SourceRef line(String file, int line) {
    return new SourceRef(file, Optional.empty(), Optional.empty(), line, false);
  }

  public boolean isCell() {
    return cell.isPresent();
  }

  /** {@code file!Sheet!C7} for cells, {@code file:57} for lines. */
  @Override
  public String toString() {
    if (cell.isPresent()) {
      return file + "!" + sheet.orElseThrow() + "!" + cell.orElseThrow();
    }
    return line > 0 ? file + ":" + line : file;
  }
}
