package tieout.load.xlsx;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static tieout.load.Workbooks.formula;
import static tieout.load.Workbooks.num;

import java.math.BigDecimal;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import tieout.ledger.SourceRef;
import tieout.load.Workbooks;
import tieout.load.table.CellAddress;
import tieout.load.table.CellSpan;
import tieout.load.table.GridCell;

class XlsxGridTest {

  @Test
  void addressesAreWrittenAsPoisCellReferenceWritesThem() {
    assertThat(CellAddress.of(0, 0), equalTo("A1"));
    assertThat(CellAddress.of(11, 1), equalTo("B12"));
    assertThat(CellAddress.of(99, 25), equalTo("Z100"));
    assertThat(CellAddress.of(0, 26), equalTo("AA1"));
    assertThat(CellAddress.of(1_048_575, 16_383), equalTo("XFD1048576")); // Excel's last cell
    for (int column = 0; column < 16_384; column++) {
      int row = column * 61;
      assertThat(CellAddress.of(row, column), equalTo(new CellReference(row, column).formatAsString(false)));
    }
  }

  @Test
  void convertsEachKindOfCellOnce() {
    XlsxGrid grid = new Workbooks().sheet("S")
        .row("text", 0.1 + 0.2, num(1234.5, "#,##0.00"), formula("B1*2", 0.6), formula("B1*3", null), " \u00a0 ")
        .merge("A2:C2")
        .grid("book.xlsx");

    assertThat(grid.cell(0, 0), equalTo(GridCell.text("text", false)));
    assertThat(grid.cell(0, 1).number().orElseThrow(), comparesEqualTo(new BigDecimal("0.3")));
    assertThat(grid.cell(0, 1).numberFormat(), equalTo("General"));
    assertThat(grid.cell(0, 2).number().orElseThrow(), comparesEqualTo(new BigDecimal("1234.5")));
    assertThat(grid.cell(0, 2).numberFormat(), equalTo("#,##0.00"));
    assertThat(grid.cell(0, 3).formula(), equalTo(true));
    assertThat(grid.cell(0, 3).number().orElseThrow(), comparesEqualTo(new BigDecimal("0.6")));
    assertThat(grid.cell(0, 4), equalTo(GridCell.uncachedFormula("B1*3")));
    assertThat(grid.cell(0, 4).isEmpty(), equalTo(false));
    assertThat(grid.cell(0, 5).isEmpty(), equalTo(true));
    assertThat(grid.cell(7, 7), equalTo(GridCell.EMPTY));
    assertThat(grid.mergedRegions(), contains(new CellSpan(1, 1, 0, 2)));
    assertThat(grid.location(0, 3), equalTo("book.xlsx!S!D1"));
    assertThat(grid.source(0, 3, true), equalTo(SourceRef.formulaCell("book.xlsx", "S", "D1")));
  }
}
