package tieout.load.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.load.BadValueException;
import tieout.load.Problems;
import tieout.taxonomy.Taxonomy;

/**
 * What a table's title lines say about all of its figures: the entity ({@code Entity: NAME}), the
 * scale ({@code (in thousands)}, {@code $ in Thousands}, ...; see {@link Scale}) and a period
 * ({@code As at December 31, 2013}) for columns headed by dimension members instead of periods.
 * Title lines are the rows above the header and the label-column cells of the header rows, where
 * EDGAR reports put "Consolidated Balance Sheets - USD ($) $ in Thousands".
 */
final class SheetTitle {
  private static final Pattern ENTITY = Pattern.compile("(?i)entity\\s*:\\s*(\\S.*)");

  private Optional<String> entity = Optional.empty();
  private Scale scale = Scale.NONE;
  private Optional<PeriodCaption> period = Optional.empty();

  /** Reads every text cell of {@code row} from column {@code from} to before {@code to}. */
  void readRow(Grid grid, int row, int from, int to, Taxonomy taxonomy, Problems problems) {
    for (int c : grid.columnsIn(row)) {
      if (c < from || c >= to) {
        continue;
      }
      GridCell cell = grid.cell(row, c);
      if (cell.kind() == GridCell.Kind.TEXT || cell.kind() == GridCell.Kind.DATE) {
        read(cell.tidyText(), grid.location(row, c), taxonomy, problems);
      }
    }
  }

  private void read(String text, String location, Taxonomy taxonomy, Problems problems) {
    Matcher m = ENTITY.matcher(text);
    if (m.matches()) {
      entity = Optional.of(m.group(1).strip());
      return;
    }
    scale = scale.readFrom(text);
    try {
      PeriodCaptions.parse(text, taxonomy.fiscalYearEnd())
          .filter(caption -> !caption.isPartial())
          .ifPresent(caption -> period = Optional.of(caption));
    } catch (BadValueException e) {
      problems.add(location, e.getMessage());
    }
  }

  Optional<String> entity() {
    return entity;
  }

  Scale scale() {
    return scale;
  }

  Optional<PeriodCaption> period() {
    return period;
  }
}
