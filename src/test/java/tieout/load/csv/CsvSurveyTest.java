package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.error.UserException;

class CsvSurveyTest {
  @Test
  void countsFieldsAndFindsTheFirstRecordAndOtherDelimiters() {
    String csv = "\uFEFF\n\nconcept,period,value\nRevenue,FY2013,5\n\"a;b\"\nx\ty\n\"multi\nline\",2\n";
    CsvSurvey survey = TestCsv.survey("f.csv", csv);
    assertThat(survey, equalTo(new CsvSurvey(10, 3, 5, 6, Optional.of(List.of("concept", "period", "value")))));
  }

  @Test
  void agreesWithTheRecordsOfAWholeParse() {
    String csv = "a,b\r\n\r\nc\r\"d;e\",f\n;g\n";
    CsvRecords records = CsvRecords.parse("f.csv", csv, false);
    CsvSurvey survey = TestCsv.survey("f.csv", csv);
    assertThat(survey.cells(), equalTo(records.lines().stream().mapToLong(l -> l.fields().size()).sum()));
    assertThat(survey.firstSemicolonLine(), equalTo(5));
    assertThat(records.lines().get(3).number(), equalTo(5));
  }

  @Test
  void anUnclosedQuoteIsReportedAsAWholeParseReportsIt() {
    String csv = "a,b\n\nc,\"open\n";
    UserException whole = assertThrows(UserException.class, () -> CsvRecords.parse("f.csv", csv, false));
    UserException streamed = assertThrows(UserException.class, () -> TestCsv.survey("f.csv", csv));
    assertThat(streamed.getMessage(), equalTo(whole.getMessage()));
    assertThat(streamed.getMessage(), equalTo(
        "f.csv:2: error: expected comma-separated values, but a quoted field is not closed: add the closing '\"'"));
  }
}
