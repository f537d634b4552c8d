package tieout.load.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieout.load.AmountParser;
import tieout.load.ParsedAmount;
import tieout.taxonomy.Dimensions;

/**
 * The body rows of an EDGAR R page ({@link EdgarPage}) by what they are. The SEC's renderer prints a
 * dimensional table as sections: a row naming the section's members ("Client Computing Group |
 * Desktop", or "Class A Common Stock [Member]" in the older renderer), then "... [Line Items]", then
 * the lines, which are that member's facts, never the consolidated ones. A note's text is printed in
 * column B beside its caption, and the older renderer spreads the note's own tables over the cells
 * below it with column A empty.
 */
final class EdgarRows {
  /** The axis of the members an R page names in a row above its lines. */
  static final String EDGAR_ROW = "EdgarRow";

  enum Kind {
    /** A line: its caption in column A, amounts beside it. */
    AMOUNTS,
    /** Column A empty, something beside it: a note's text or its table laid out in cells. */
    TEXT_BLOCK,
    /** "... [Line Items]": the lines of the members named just above (or of none) follow. */
    LINE_ITEMS,
    /** The members of the lines below: "Segment [Member]", or texts over a "[Line Items]" row. */
    MEMBERS,
    /** "... [Abstract]", "... [Table]", "... [Roll Forward]" and captions of sections. */
    STRUCTURE,
    /** A caption with text values only: a name, a date, a duration such as "P5Y", a yes or no. */
    TEXT_VALUES,
    EMPTY
  }

  private EdgarRows() {}

  static Kind kind(Grid grid, int row, String caption) {
    boolean anything = false;
    boolean amounts = false;
    for (GridCell cell : cellsRightOfLabel(grid, row)) {
      anything = true;
      amounts |= isAmount(cell);
    }
    if (caption.isEmpty()) {
      return anything ? Kind.TEXT_BLOCK : Kind.EMPTY;
    }
    if (EdgarPage.isLineItems(caption)) {
      return Kind.LINE_ITEMS;
    }
    if (amounts) {
      return Kind.AMOUNTS;
    }
    if (EdgarPage.namesMember(caption) || EdgarPage.isLineItems(caption(grid, row + 1))) {
      return Kind.MEMBERS;
    }
    if (EdgarPage.isStructural(caption)) {
      return Kind.STRUCTURE;
    }
    return anything ? Kind.TEXT_VALUES : Kind.STRUCTURE;
  }

  /** The members a member row names: its caption and the texts beside it, without "[Member]". */
  static Dimensions members(Grid grid, int row) {
    List<String> names = new ArrayList<>();
    if (!EdgarPage.memberName(caption(grid, row)).isEmpty()) {
      names.add(EdgarPage.memberName(caption(grid, row)));
    }
    for (GridCell cell : cellsRightOfLabel(grid, row)) {
      if (cell.kind() == GridCell.Kind.TEXT && !EdgarPage.memberName(cell.tidyText()).isEmpty()) {
        names.add(EdgarPage.memberName(cell.tidyText()));
      }
    }
    return Dimensions.of(EDGAR_ROW, names.isEmpty() ? "row " + (row + 1) : String.join(" | ", names));
  }

  /**
   * The columns of a page with the same heading twice told apart by their letter: the renderer
   * repeats a heading for facts that differ in what the page does not print (a note's table spread
   * over columns). Each keeps its figures apart from the others' and from the consolidated ones.
   */
  static List<Column> distinctColumns(List<Column> columns) {
    Map<Column, Integer> seen = new HashMap<>();
    List<Column> result = new ArrayList<>();
    for (Column column : columns) {
      // The currency is left out: a column of pounds beside one of dollars is kept apart by its letter.
      Column key = new Column(0, column.period(), column.members(), column.unit());
      if (seen.putIfAbsent(key, column.index()) == null) {
        result.add(column);
      } else {
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column.index());
        result.add(new Column(column.index(), column.period(),
            column.members().with(HeaderBlock.EDGAR_COLUMN, "column " + letter), column.unit(), column.currency()));
      }
    }
    return result;
  }

  /** Whether a cell holds an amount as an R page prints one; its formulas are not EDGAR's (see the reader). */
  static boolean isAmount(GridCell cell) {
    if (cell.formula()) {
      return false;
    }
    return switch (cell.kind()) {
      case NUMBER -> true;
      case TEXT -> {
        ParsedAmount parsed = AmountParser.parse(cell.text());
        yield parsed instanceof ParsedAmount.Value || parsed instanceof ParsedAmount.Percent
            || parsed instanceof ParsedAmount.DashZero || parsed instanceof ParsedAmount.Nil;
      }
      default -> false;
    };
  }

  /** Whether a cell holds a number, or text that reads as one: what must be read or said why. */
  static boolean looksLikeAmount(GridCell cell) {
    return switch (cell.kind()) {
      case NUMBER -> true;
      case TEXT -> {
        ParsedAmount parsed = AmountParser.parse(cell.text());
        yield parsed instanceof ParsedAmount.Value || parsed instanceof ParsedAmount.Percent;
      }
      default -> false;
    };
  }

  static List<GridCell> cellsRightOfLabel(Grid grid, int row) {
    List<GridCell> cells = new ArrayList<>();
    grid.forEachCell(row, (column, cell) -> {
      if (column > 0 && !cell.isEmpty()) {
        cells.add(cell);
      }
    });
    return cells;
  }

  private static String caption(Grid grid, int row) {
    GridCell cell = grid.cell(row, 0);
    return switch (cell.kind()) {
      case TEXT, NUMBER, DATE -> cell.tidyText();
      default -> "";
    };
  }
}
