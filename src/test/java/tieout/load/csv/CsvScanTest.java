package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.Problems;
import tieout.load.TestTaxonomy;
import tieout.taxonomy.Taxonomy;

class CsvScanTest {
  private static final String MIXED = "\uFEFF\n\na,b\r\nc\r;d\n\n x\ty \r\ne,f,g\n\n\nh;i\n" + "j,k\r\n".repeat(40) + "l\n";

  /** Every record a sink receives, as "line: fields". */
  private static final class Recorder implements CsvScan.Sink {
    final List<String> records = new ArrayList<>();

    @Override
    public void record(int line, String[] fields) {
      records.add(line + ": " + String.join("|", fields));
    }
  }

  @Test
  void twoHalvesGiveTheRecordsLinesAndSurveyOfOnePass() {
    Recorder whole = new Recorder();
    CsvSurvey one = CsvScan.scan("f.csv", MIXED, whole);
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    CsvSurvey halves = CsvScan.scanInHalves("f.csv", MIXED, 0, first, () -> second);

    assertThat(second.records.size(), greaterThan(0));
    List<String> joined = new ArrayList<>(first.records);
    joined.addAll(second.records);
    assertThat(joined, equalTo(whole.records));
    assertThat(halves, equalTo(one));
    assertThat(whole.records.subList(0, 6), contains(
        "3: a|b", "4: c", "5: ;d", "7:  x\ty ", "8: e|f|g", "11: h;i"));
    assertThat(whole.records.get(whole.records.size() - 1), equalTo("52: l"));
    assertThat(one, equalTo(new CsvSurvey(90, 42, 5, 7, one.first())));
  }

  @Test
  void onlyTheFirstByteOrderMarkIsStrippedWhetherOrNotTheTextIsSplit() {
    // Found by CsvScanFuzzTest: a text too small (or quoted) to split was stripped of two marks.
    String text = "\uFEFF\uFEFFa,\"b\"\nc,d\n";
    Recorder whole = new Recorder();
    CsvScan.scan("f.csv", text, whole);
    Recorder first = new Recorder();
    CsvScan.scanInHalves("f.csv", text, 0, first, Recorder::new);
    assertThat(whole.records, contains("1: \uFEFFa|b", "2: c|d"));
    assertThat(first.records, equalTo(whole.records));
  }

  @Test
  void withoutASecondReaderTheFirstReadsEverything() {
    Recorder whole = new Recorder();
    CsvScan.scan("f.csv", MIXED, whole);
    Recorder only = new Recorder();
    CsvScan.scanInHalves("f.csv", MIXED, 0, only, () -> null);
    assertThat(only.records, equalTo(whole.records));
  }

  @Test
  void aTextWithQuotesOrBelowTheSizeIsReadInOnePass() {
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    CsvScan.scanInHalves("f.csv", "a,\"b\nc\"\n" + "d,e\n".repeat(20), 0, first, () -> second);
    assertThat(first.records.size(), equalTo(21));
    assertThat(first.records.get(1), equalTo("3: d|e"));
    assertThat(second.records.size(), equalTo(0));
    CsvScan.scanInHalves("f.csv", MIXED, MIXED.length() + 1, first, () -> second);
    assertThat(second.records.size(), equalTo(0));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineAfterTheLastRecord() {
    UserException e = assertThrows(UserException.class,
        () -> CsvScan.scanInHalves("f.csv", "a,b\n\nc,\"open\n", 0, new Recorder(), Recorder::new));
    assertThat(e.getMessage(), equalTo(
        "f.csv:2: error: expected comma-separated values, but a quoted field is not closed: add the closing '\"'"));
  }

  @Test
  void aFirstHalfOfEmptyLinesLeavesTheHeaderToTheSecond() {
    Taxonomy taxonomy = TestTaxonomy.entree();
    String text = "\n".repeat(100) + "concept,period,value\nNetIncomeLoss,FY2013,-5\nNetIncomeLoss,FY2012,7\n";
    TidyCsvReader.Lines lines = new TidyCsvReader.Lines("f.csv", taxonomy, 1_000_000);
    CsvSurvey survey = CsvScan.scanInHalves("f.csv", text, 0, lines, lines::rest);
    assertThat(survey.cells(), equalTo(9L));
    assertThat(Facts.describe(lines.facts()), contains(
        "NetIncomeLoss 2013-01-01/2013-12-31 -5 USD d=0 @ f.csv:102",
        "NetIncomeLoss 2012-01-01/2012-12-31 7 USD d=0 @ f.csv:103"));
  }

  @Test
  void countsLinesAsCsvRecordsDoes() {
    String text = "a\r\nb\rc\n\nd\r\r\ne";
    CsvScan.LineCounter lines = new CsvScan.LineCounter(text);
    int[] expected = {1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7};
    for (int position = 0; position < text.length(); position++) {
      assertThat("position " + position, lines.lineAt(position), equalTo(expected[position]));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "-0.00", "007", "1.50", "-11422025", "0.08", "123456789012345678",
      "-123456789012345678", "1234567890123456789", "99999999999999999.9", "12345678901234567890.5"})
  void plainDecimalsParseAsBigDecimalDoes(String text) {
    BigDecimal parsed = TidyCsvReader.plainDecimal(text);
    assertThat(parsed, equalTo(new BigDecimal(text)));
    assertThat(parsed.toString(), equalTo(new BigDecimal(text).toString()));
  }

  @Test
  void aTidyFileReadInHalvesGivesTheFactsAndProblemsOfOneReader() {
    Taxonomy taxonomy = TestTaxonomy.entree();
    StringBuilder csv = new StringBuilder("concept,period,value,region\n");
    for (int i = 0; i < 30; i++) {
      csv.append("MineralPropertyExpenditures,2013,").append(1000 + i).append(",US\n");
      csv.append(i % 10 == 3 ? "NoSuchConcept,2013,1,\n" : "NetIncomeLoss,FY2013,-" + i + ".5,\n");
    }
    String text = csv.toString();
    UserException expected = assertThrows(UserException.class, () -> TidyCsvReader.read("f.csv", text, taxonomy));
    Problems problems = new Problems();
    List<Fact> oneReader = TidyCsvReader.read("f.csv", text, taxonomy, problems);

    TidyCsvReader.Lines lines = new TidyCsvReader.Lines("f.csv", taxonomy, 1_000_000);
    CsvScan.scanInHalves("f.csv", text, 0, lines, lines::rest);
    assertThat(lines.isTidy(), equalTo(true));
    assertThat(Facts.describe(lines.facts()), equalTo(Facts.describe(oneReader)));
    assertThat(lines.facts(), equalTo(oneReader));
    UserException halves = assertThrows(UserException.class, () -> lines.problems().throwIfAny());
    assertThat(halves.getMessage(), equalTo(expected.getMessage()));
    assertThat(halves.diagnostics().get(2).location(), equalTo("f.csv:49"));
  }
}
