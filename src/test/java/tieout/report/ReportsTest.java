package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.ledger.Amounts;
import tieout.ledger.Ledger;
import tieout.rules.RuleSet;
import tieout.rules.Severity;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Results;

class ReportsTest {
  private final List<Finding> findings =
      List.of(ReportFixtures.pass(), ReportFixtures.explorationRollupFailure(), ReportFixtures.notEvaluated(),
          ReportFixtures.warning());

  private static String render(ReportFormat format, List<Finding> findings) throws IOException {
    StringWriter out = new StringWriter();
    format.write(Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()),
        Ledger.builder().build(), ImmutableList.copyOf(findings)), out);
    return out.toString();
  }

  @Test
  void amountsAreGroupedWithoutRounding() {
    assertThat(Amounts.format(new BigDecimal("-294676")), is("-294,676"));
    assertThat(Amounts.format(new BigDecimal("1234567.50")), is("1,234,567.50"));
    assertThat(Amounts.format(new BigDecimal("999")), is("999"));
    assertThat(Amounts.format(new BigDecimal("-0.08")), is("-0.08"));
    assertThat(Amounts.plain(new BigDecimal("2.50")), is("2.5"));
    assertThat(Amounts.plain(new BigDecimal("7.037E+6")), is("7037000"));
    assertThat(Amounts.plain(new BigDecimal("0.000")), is("0"));
  }

  @Test
  void summaryCountsEachCheckOnce() {
    Summary s = Summary.of(findings);
    assertThat(s, equalTo(new Summary(4, 1, 1, 1, 1)));
    assertThat(s.line(), is("4 checks: 1 passed, 1 failed, 1 warning, 1 not evaluated"));
    assertThat(Summary.failsAt(List.of(ReportFixtures.warning()), Severity.ERROR), is(false));
    assertThat(Summary.failsAt(List.of(ReportFixtures.warning()), Severity.WARNING), is(true));
  }

  @Test
  void textReportShowsBothSidesEveryCellAndTheVariance() throws IOException {
    String text = render(new TextReport(), List.of(ReportFixtures.explorationRollupFailure(), ReportFixtures.notEvaluated()));
    assertThat(text, is(String.join("\n",
        "tieout: 2 checks: 0 passed, 1 failed, 0 warnings, 1 not evaluated",
        "",
        "FAIL IS-Q2Y (error) The quarters of each year sum to the year",
        "     Entrée Gold Inc. · 2013-01-01/2013-12-31",
        "     reported   5,808,316  ExplorationExpense 2013-01-01/2013-12-31  entree-gold-2013.xlsx!Results of Operations!B5",
        "     computed   6,102,992",
        "              + 1,603,790  ExplorationExpense 2013-01-01/2013-03-31  entree-gold-2013.xlsx!Quarterly 2013!E5",
        "              + 1,904,636  ExplorationExpense 2013-04-01/2013-06-30  entree-gold-2013.xlsx!Quarterly 2013!D5",
        "              + 1,168,327  ExplorationExpense 2013-07-01/2013-09-30  entree-gold-2013.xlsx!Quarterly 2013!C5",
        "              + 1,426,239  ExplorationExpense 2013-10-01/2013-12-31  entree-gold-2013.xlsx!Quarterly 2013!B5",
        "     variance    -294,676  tolerance 2.5",
        "",
        "Not evaluated:",
        "  BS-EQ  Entrée Gold Inc. · 2013-03-31: total StockholdersEquity not reported at 2013-03-31",
        "")));
  }

  @Test
  void jsonReportFollowsTheContract() throws IOException {
    JsonObject json = JsonParser.parseString(render(new JsonReport(), findings)).getAsJsonObject();
    assertThat(json.getAsJsonObject("summary").toString(),
        is("{\"checks\":4,\"passed\":1,\"failed\":1,\"warnings\":1,\"notEvaluated\":1,\"unreadable\":0}"));
    JsonObject fail = json.getAsJsonArray("findings").get(1).getAsJsonObject();
    assertThat(fail.get("rule").getAsString(), is("IS-Q2Y"));
    assertThat(fail.get("severity").getAsString(), is("error"));
    assertThat(fail.get("status").getAsString(), is("FAIL"));
    assertThat(fail.get("period").getAsString(), is("2013-01-01/2013-12-31"));
    assertThat(fail.get("reported").getAsString(), is("5808316"));
    assertThat(fail.get("computed").getAsString(), is("6102992"));
    assertThat(fail.get("variance").getAsString(), is("-294676"));
    assertThat(fail.get("tolerance").getAsString(), is("2.5"));
    assertThat(fail.has("reason"), is(false));
    assertThat(fail.getAsJsonArray("facts").size(), is(5));
    JsonObject q1 = fail.getAsJsonArray("facts").get(1).getAsJsonObject();
    assertThat(q1.toString(), is("{\"concept\":\"ExplorationExpense\",\"side\":\"computed\",\"weight\":\"1\","
        + "\"period\":\"2013-01-01/2013-03-31\",\"value\":\"1603790\",\"unit\":\"USD\",\"decimals\":\"0\","
        + "\"dimensions\":{},\"source\":\"entree-gold-2013.xlsx!Quarterly 2013!E5\"}"));
    JsonObject skipped = json.getAsJsonArray("findings").get(2).getAsJsonObject();
    assertThat(skipped.get("status").getAsString(), is("NOT_EVALUATED"));
    assertThat(skipped.get("reason").getAsString(), is("total StockholdersEquity not reported at 2013-03-31"));
    assertThat(skipped.has("variance"), is(false));
    JsonObject warning = json.getAsJsonArray("findings").get(3).getAsJsonObject();
    assertThat(warning.getAsJsonObject("dimensions").toString(), is("{\"Region\":\"US\"}"));
  }

  @Test
  void csvReportHasOneRowPerCheckAndNeutralizesFormulas() throws IOException {
    String[] lines = render(new CsvReport(), findings).split("\r\n");
    assertThat(lines.length, is(5));
    // The UTF-8 byte order mark first, so that Excel reads the accents right.
    assertThat(lines[0], is("\uFEFFrule,severity,status,message,entity,period,dimensions,reported,computed,variance,tolerance,reason,facts,explanations,section"));
    assertThat(lines[3], is("BS-EQ,error,NOT_EVALUATED,Equity is the sum of its lines,Entrée Gold Inc.,2013-03-31,,,,,,"
        + "total StockholdersEquity not reported at 2013-03-31,,,check"));
    assertThat(lines[4], is("IS-FLUX,warning,FAIL,\"'=HYPERLINK(\"\"x\"\") message\",Entrée Gold Inc.,2013-01-01/2013-12-31,"
        + "Region=US,5808316,6102992,-294676,2.5,,,,check"));
  }
}
