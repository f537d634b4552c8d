package tieout.load.files;

import tieout.load.table.PresentationTables;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import java.time.MonthDay;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tieout.error.UserException;
import tieout.load.AmountParser;
import tieout.load.BadValueException;
import tieout.load.TestTaxonomy;
import tieout.load.csv.CsvGrid;
import tieout.load.csv.TestCsv;
import tieout.load.table.PeriodCaptions;
import tieout.load.table.PresentationTableReader;
import tieout.taxonomy.Taxonomy;

/** On any input the loader's parsers either answer or report bad input; nothing else escapes. */
class LoaderFuzzTest {
  private static final String[] AMOUNT_PIECES = {
    "0", "1", "9", "12", "345", ",", ".", "(", ")", "-", "\u2212", "\u2013", "$", " ", "\u00a0", "nil", "x", "%", "e"};
  private static final String[] CAPTION_PIECES = {
    "Three", "3", "Months", "Ended", "Year", "As", "at", "of", "Dec.", "December", "Sept.", "Feb", "30", "31", "0",
    "29", "2013", "13", "Q1", "Q5", "1Q13", "FY", "Fiscal", "-", ",", "(1)", "Quarter", "Total", "2013-02-30", " "};
  private static final String[] CELL_PIECES = {
    "Exploration", "Net loss", "US", "1-3 Years", "Total", "Shares", "Amount", "Year Ended December 31, 2013",
    "3 Months Ended", "Dec. 31, 2017", "As at December 31, 2013", "Q1 2013", "2013", "(1,234)", "$ -", "nil", "n/a",
    "1.234,56", "Entity: X", "(in thousands)", "", "", "", "concept", "period", "value", "Region", "FY2013",
    "Three Months Ended February 30, 2013", "\"", "NetIncomeLoss", "-5"};

  private static String join(Random random, String[] pieces, int max, String separator) {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : separator).append(pieces[random.nextInt(pieces.length)]);
    }
    return out.toString();
  }

  @Test
  void amountParserAlwaysAnswers() {
    Random random = new Random(20131231);
    for (int i = 0; i < 20_000; i++) {
      assertThat(AmountParser.parse(join(random, AMOUNT_PIECES, 8, "")), notNullValue());
    }
  }

  @Test
  void periodCaptionsAnswerOrReportABadValue() {
    Random random = new Random(20171231);
    for (int i = 0; i < 20_000; i++) {
      String caption = join(random, CAPTION_PIECES, 6, random.nextBoolean() ? " " : "");
      try {
        assertThat(PeriodCaptions.parse(caption, MonthDay.of(3, 31)), notNullValue());
      } catch (BadValueException expected) {
        assertThat(expected.getMessage(), notNullValue());
      }
    }
  }

  @Test
  void csvReadersAnswerOrReportBadInput() {
    Random random = new Random(42);
    Taxonomy taxonomy = TestTaxonomy.entree();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder csv = new StringBuilder();
      int rows = random.nextInt(6);
      for (int r = 0; r < rows; r++) {
        csv.append(join(random, CELL_PIECES, 5, ",")).append(random.nextBoolean() ? "\n" : "\r\n");
      }
      try {
        assertThat(PresentationTables.read(CsvGrid.parse("f.csv", csv.toString()), taxonomy), notNullValue());
      } catch (UserException expected) {
        assertThat(expected.diagnostics().get(0).location(), notNullValue());
      }
      try {
        assertThat(TestCsv.tidyFacts("f.csv", "concept,period,value,Region\n" + csv, taxonomy), notNullValue());
      } catch (UserException expected) {
        assertThat(expected.diagnostics().get(0).location(), notNullValue());
      }
    }
  }
}
