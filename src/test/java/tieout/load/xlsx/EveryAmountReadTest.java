package tieout.load.xlsx;

import tieout.load.table.PresentationTables;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tieout.load.Workbooks.formula;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.Limits;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.load.TestTaxonomy;
import tieout.load.Workbooks;
import tieout.load.csv.CsvGrid;
import tieout.load.table.AdoptedCaptions;
import tieout.load.table.PresentationTableReader;

/**
 * Issue 11, item 1 for presentation tables: an amount is a fact or a problem naming its cell, never
 * dropped without a word. Controllers' column headings are read as periods where they plainly are
 * one; any other heading over amounts is reported once for its column; a formula saved with an empty
 * cached value ({@code <v></v>}, as openpyxl writes it) is reported by both xlsx readers.
 */
class EveryAmountReadTest {
  private static final String FILE = "controller.xlsx";
  @TempDir Path dir;

  private static List<String> problems(Runnable load) {
    UserException e = assertThrows(UserException.class, load::run);
    return e.diagnostics().stream().map(d -> d.location() + ": " + d.message()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      4th quarter 2013 | Exploration     | ExplorationExpense 2013-10-01/2013-12-31 10 USD d=0
      Oct-Dec 2013     | Exploration     | ExplorationExpense 2013-10-01/2013-12-31 10 USD d=0
      Nov-Jan 2014     | Exploration     | ExplorationExpense 2013-11-01/2014-01-31 10 USD d=0
      Full year 2013   | Exploration     | ExplorationExpense 2013-01-01/2013-12-31 10 USD d=0
      Total 2013       | Exploration     | ExplorationExpense 2013-01-01/2013-12-31 10 USD d=0
      FY 2013          | Exploration     | ExplorationExpense 2013-01-01/2013-12-31 10 USD d=0
      Dec-13           | Working capital | WorkingCapital 2013-12-31 10 USD d=0
      """)
  void controllersHeadingsArePeriods(String heading, String caption, String fact) {
    Workbooks book = new Workbooks().sheet("Quarterly")
        .row("", heading)
        .row(caption, 10);

    List<Fact> facts = PresentationTables.read(book.grid(FILE), TestTaxonomy.entree());

    assertThat(Facts.describe(facts), contains(fact + " @ controller.xlsx!Quarterly!B2"));
  }

  @Test
  void aFlowUnderAMonthEndIsAnErrorNamingTheCell() {
    Workbooks book = new Workbooks().sheet("Quarterly")
        .row("", "Dec-13")
        .row("Exploration", 10);

    assertThat(problems(() -> PresentationTables.read(book.grid(FILE), TestTaxonomy.entree())), contains(
        "controller.xlsx!Quarterly!B2: expected a period of time for 'Exploration' (ExplorationExpense is a duration"
            + " concept), found the date 2013-12-31 heading this column: head it with a duration such as \"Year Ended"
            + " December 31, 2013\""));
  }

  @Test
  void anUnrecognisedHeadingOverAmountsIsReportedOnceForItsColumn() {
    Workbooks book = new Workbooks().sheet("Quarterly")
        .row("", "YTD 2013", "Year Ended December 31, 2013")
        .row("Exploration", 30, 40)
        .row("Net loss", 31, 41);

    assertThat(problems(() -> PresentationTables.read(book.grid(FILE), TestTaxonomy.entree())), contains(
        "controller.xlsx!Quarterly!B2: expected a period heading over the amounts in column B, found \"YTD 2013\":"
            + " write a period such as \"Year Ended December 31, 2013\", \"FY2013\", \"Q4 2013\", \"Oct-Dec 2013\""
            + " or \"December 31, 2013\""));
  }

  @Test
  void inACsvTableToo() {
    String csv = ",Total 2013,YTD 2013\nExploration,40,30\n";

    assertThat(problems(() -> PresentationTables.read(CsvGrid.parse("q.csv", csv), TestTaxonomy.entree())),
        contains("q.csv:2: expected a period heading over the amounts in column C, found \"YTD 2013\": write a"
            + " period such as \"Year Ended December 31, 2013\", \"FY2013\", \"Q4 2013\", \"Oct-Dec 2013\" or"
            + " \"December 31, 2013\""));
  }

  @Test
  void aSheetOfAmountsWithoutAnyHeadingIsANotice() {
    Workbooks book = new Workbooks().sheet("Scratch")
        .row("Exploration", 30, 40);
    List<Notice> notices = new ArrayList<>();

    List<Fact> facts = PresentationTables.read(book.grid(FILE), TestTaxonomy.entree(), new Problems(), notices);

    assertThat(facts.size(), equalTo(0));
    assertThat(notices.stream().map(Notice::toString).toList(), contains(
        "controller.xlsx!Scratch: not read: 2 amounts under no period heading (the periods may be in the captions,"
            + " as in a statement of equity)"));
  }

  @Test
  void aFormulaSavedWithAnEmptyValueIsReportedByBothReaders() throws IOException {
    Path file = emptyCachedValue(new Workbooks().sheet("Results")
        .row("", "Year Ended December 31, 2013")
        .row("Exploration", formula("1+4", 5.0))
        .write(dir.resolve("poi.xlsx")));
    String expected = "controller.xlsx!Results!B2: expected an amount for 'Exploration' (2013-01-01/2013-12-31),"
        + " found the formula =1+4 without a stored value: recalculate and save the workbook in Excel, then load it"
        + " again";

    List<String> streamed = new ArrayList<>();
    StreamingXlsx.read(file, FILE, grid -> streamed.addAll(
        problems(() -> PresentationTables.read(grid, TestTaxonomy.entree()))));
    assertThat(streamed, contains(expected));

    Problems inMemory = new Problems();
    XlsxFormat.loadWorkbookInMemory(file, FILE, TestTaxonomy.entree(), inMemory, Limits.DEFAULT,
        new ArrayList<>());
    assertThat(problems(inMemory::throwIfAny), contains(expected));
  }

  /** The workbook with each formula's {@code <v>5.0</v>} made {@code <v></v>}, as openpyxl saves it. */
  private Path emptyCachedValue(Path poi) throws IOException {
    Path out = dir.resolve(FILE);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(poi));
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().startsWith("xl/worksheets/")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          String changed = xml.replaceAll("(<f>[^<]*</f>)<v>[^<]*</v>", "$1<v></v>");
          assertThat("the formula's value was emptied", changed.equals(xml), equalTo(false));
          bytes = changed.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out;
  }

}
