package tieout.load.csv;

import tieout.load.table.PresentationTables;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.TestTaxonomy;
import tieout.load.table.PresentationTableReader;
import tieout.taxonomy.Balance;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

class CsvGridTest {

  @Test
  void keepsLineNumbersAcrossEmptyLinesAndQuotedLineBreaks() {
    CsvGrid grid = CsvGrid.parse("t.csv", "a,b\r\n\r\n\"two\nlines\",x\n,y\n");

    assertThat(grid.rowCount(), equalTo(4));
    assertThat(grid.location(2, 0), equalTo("t.csv:3"));
    assertThat(grid.location(3, 1), equalTo("t.csv:5"));
    assertThat(grid.cell(2, 0).text(), equalTo("two\nlines"));
    assertThat(grid.cell(1, 0).isEmpty(), equalTo(true));
    assertThat(grid.sheetName(), equalTo("t"));
  }

  @Test
  void reportsAnUnclosedQuote() {
    UserException e = assertThrows(UserException.class, () -> CsvGrid.parse("t.csv", "a,b\n\"open,1\n"));

    assertThat(e.getMessage(), equalTo(
        "t.csv:2: error: expected comma-separated values, but a quoted field is not closed: add the closing '\"'"));
  }

  @Test
  void spreadsAHeadingOverTheEmptyFieldsAboveSubheadings() {
    String csv = String.join("\n",
        ",Year Ended December 31 2013,,Year Ended December 31 2012,",
        ",Shares,Amount,Shares,Amount",
        "Private placement,\"17,857,142\",\"$ 9,722,897\",-,$ -",
        "");
    List<Fact> facts = PresentationTables.read(CsvGrid.parse("financing.csv", csv), TestTaxonomy.entree());

    assertThat(Facts.describe(facts), contains(
        "SharesIssued 2013-01-01/2013-12-31 17857142 shares d=0 @ financing.csv:3",
        "ProceedsFromIssuanceOfShares 2013-01-01/2013-12-31 9722897 USD d=0 @ financing.csv:3",
        "SharesIssued 2012-01-01/2012-12-31 0 shares d=0 @ financing.csv:3",
        "ProceedsFromIssuanceOfShares 2012-01-01/2012-12-31 0 USD d=0 @ financing.csv:3"));
  }

  @Test
  void readsTheSharedEntreeBalanceSheets() throws IOException {
    Path file = Path.of("samples/entree-gold/entree-gold-balance-sheets-2012-2013.csv");
    String[] captions = {
      "Cash and cash equivalents", "Receivables", "Prepaid expenses", "Total current assets", "Equipment",
      "Mineral property interests", "Reclamation deposits", "Other assets", "Total assets",
      "Accounts payable and accrued liabilities", "Loans payable to Oyu Tolgoi LLC", "Deferred revenue",
      "Deferred income tax liabilities", "Total liabilities", "Common stock", "Additional paid-in capital",
      "Accumulated other comprehensive income", "Accumulated deficit", "Total stockholders' equity",
      "Total liabilities and stockholders' equity"};
    Taxonomy.Builder builder = Taxonomy.builder();
    for (int i = 0; i < captions.length; i++) {
      builder.add(TestTaxonomy.concept("Line" + i, ItemType.MONETARY, PeriodType.INSTANT, Balance.DEBIT,
          TestTaxonomy.label(captions[i])));
    }

    List<Fact> facts = PresentationTables.read(
        CsvGrid.parse(file.getFileName().toString(), CsvText.read(file)), builder.build());

    // 20 lines by 5 dates, less the three figures the Q1 2013 column lacks.
    assertThat(facts.size(), equalTo(97));
    assertThat(Facts.describe(facts.get(0)), equalTo(
        "Line0 2012-12-31 4255508 USD d=0 @ entree-gold-balance-sheets-2012-2013.csv:2"));
    assertThat(Facts.describe(facts.stream().filter(f -> f.concept().name().equals("Line17")).toList()), contains(
        "Line17 2012-12-31 -141026787 USD d=0 @ entree-gold-balance-sheets-2012-2013.csv:19",
        "Line17 2013-06-30 -148394248 USD d=0 @ entree-gold-balance-sheets-2012-2013.csv:19",
        "Line17 2013-09-30 -151324850 USD d=0 @ entree-gold-balance-sheets-2012-2013.csv:19",
        "Line17 2013-12-31 -152448812 USD d=0 @ entree-gold-balance-sheets-2012-2013.csv:19"));
    assertThat(facts.get(0).entity(), equalTo("entree-gold-balance-sheets-2012-2013"));
  }
}
