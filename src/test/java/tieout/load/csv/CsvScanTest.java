package tieout.load.csv;

import tieout.load.LoadProgress;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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
  private static final String MIXED = "\n\na,b\r\nc\r;d\n\n x\ty \r\ne,f,g\n\n\nh;i\n" + "j,k\r\n".repeat(40) + "l\n";

  @Test
  void givesEveryNonEmptyRecordWithItsLineAndSurveysThem() {
    TestCsv.Recorder whole = new TestCsv.Recorder();
    CsvSurvey survey = CsvScan.scan("f.csv", MIXED, whole, LoadProgress.NONE);
    assertThat(whole.records.subList(0, 6), contains(
        "3: a|b", "4: c", "5: ;d", "7:  x\ty ", "8: e|f|g", "11: h;i"));
    assertThat(whole.records.get(whole.records.size() - 1), equalTo("52: l"));
    assertThat(survey, equalTo(new CsvSurvey(90, 42, 5, 7, survey.first())));
    assertThat(survey.first().orElseThrow(), equalTo(List.of("a", "b")));
  }

  @Test
  void theByteOrderMarkIsSkippedOnceWhenTheFileIsReadAsText() {
    // CsvText.read skips it; the scan takes the text as it is, so a second mark is text.
    assertThat(CsvText.withoutBom("\uFEFF\uFEFFa,b"), equalTo("\uFEFFa,b"));
    TestCsv.Recorder whole = new TestCsv.Recorder();
    CsvScan.scan("f.csv", "\uFEFFa,\"b\"\nc,d\n", whole, LoadProgress.NONE);
    assertThat(whole.records, contains("1: \uFEFFa|b", "2: c|d"));
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheLineAfterTheLastRecord() {
    UserException e = assertThrows(UserException.class,
        () -> CsvScan.scan("f.csv", "a,b\n\nc,\"open\n", new TestCsv.Recorder(), LoadProgress.NONE));
    assertThat(e.getMessage(), equalTo(
        "f.csv:2: error: expected comma-separated values, but a quoted field is not closed: add the closing '\"'"));
  }

  @Test
  void keptEmptyLinesAreRecordsWithoutFieldsAndCountForTheUnclosedQuote() {
    CsvRecords records = CsvRecords.parse("f.csv", "a,b\n\n\"c\nd\",e\n", true);
    assertThat(records.lines().stream().map(l -> l.number() + ": " + String.join("|", l.fields())).toList(),
        contains("1: a|b", "2: ", "3: c\nd|e"));
    UserException e = assertThrows(UserException.class, () -> CsvRecords.parse("f.csv", "a,b\n\nc,\"open\n", true));
    assertThat(e.getMessage(), equalTo(
        "f.csv:3: error: expected comma-separated values, but a quoted field is not closed: add the closing '\"'"));
  }

  @Test
  void countsLinesAsCsvRecordsDoes() {
    String text = "a\r\nb\rc\n\nd\r\r\ne";
    LineCounter lines = new LineCounter(text);
    int[] expected = {1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7};
    for (int position = 0; position < text.length(); position++) {
      assertThat("position " + position, lines.lineAt(position), equalTo(expected[position]));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "-0.00", "007", "1.50", "-11422025", "0.08", "123456789012345678",
      "-123456789012345678", "1234567890123456789", "99999999999999999.9", "12345678901234567890.5"})
  void plainDecimalsParseAsBigDecimalDoes(String text) {
    BigDecimal parsed = PlainDecimals.parse(text);
    assertThat(parsed, equalTo(new BigDecimal(text)));
    assertThat(parsed.toString(), equalTo(new BigDecimal(text).toString()));
  }

  @Test
  void aTidyFileIsReadWhileItIsScannedAfterEmptyLines() {
    Taxonomy taxonomy = TestTaxonomy.entree();
    String text = "\n".repeat(100) + "concept,period,value\nNetIncomeLoss,FY2013,-5\nNetIncomeLoss,FY2012,7\n";
    TidyCsvReader reader = new TidyCsvReader("f.csv", taxonomy, 1_000_000);
    CsvSurvey survey = CsvScan.scan("f.csv", text, reader, LoadProgress.NONE);
    assertThat(survey.cells(), equalTo(9L));
    assertThat(reader.isTidy(), equalTo(true));
    assertThat(Facts.describe(reader.facts()), contains(
        "NetIncomeLoss 2013-01-01/2013-12-31 -5 USD d=0 @ f.csv:102",
        "NetIncomeLoss 2012-01-01/2012-12-31 7 USD d=0 @ f.csv:103"));
  }

  @Test
  void aTidyReaderReportsEveryBadLineInLineOrder() {
    Taxonomy taxonomy = TestTaxonomy.entree();
    StringBuilder csv = new StringBuilder("concept,period,value,region\n");
    for (int i = 0; i < 30; i++) {
      csv.append("MineralPropertyExpenditures,2013,").append(1000 + i).append(",US\n");
      csv.append(i % 10 == 3 ? "NoSuchConcept,2013,1,\n" : "NetIncomeLoss,FY2013,-" + i + ".5,\n");
    }
    TidyCsvReader reader = new TidyCsvReader("f.csv", taxonomy, 1_000_000);
    CsvScan.scan("f.csv", csv.toString(), reader, LoadProgress.NONE);
    assertThat(reader.facts().size(), equalTo(57));
    UserException e = assertThrows(UserException.class, () -> reader.problems().throwIfAny());
    assertThat(e.diagnostics().stream().map(d -> d.location()).toList(), contains("f.csv:9", "f.csv:29", "f.csv:49"));
  }

  @Test
  void aTidyReaderWantsNoMoreAfterAHeaderThatIsNotTidyOrIsBad() {
    Taxonomy taxonomy = TestTaxonomy.entree();
    TidyCsvReader table = new TidyCsvReader("f.csv", taxonomy, 1_000_000);
    table.record(1, new String[] {"line_item", "2013-12-31"});
    assertThat(table.wantsMore(), equalTo(false));
    TidyCsvReader bad = new TidyCsvReader("f.csv", taxonomy, 1_000_000);
    bad.record(1, new String[] {"concept", "value"});
    assertThat(bad.wantsMore(), equalTo(false));
    assertThat(bad.isTidy(), equalTo(true));
    TidyCsvReader good = new TidyCsvReader("f.csv", taxonomy, 1_000_000);
    good.record(1, new String[] {"concept", "period", "value"});
    assertThat(good.wantsMore(), equalTo(true));
  }
}
