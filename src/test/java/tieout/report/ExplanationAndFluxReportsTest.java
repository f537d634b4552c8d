package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.explain.Explanation;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.rules.RuleSet;
import tieout.rules.Severity;
import tieout.run.RunResult;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Results;

/** Every report format carries a failure's explanations and the flux review as a section of its own. */
class ExplanationAndFluxReportsTest {
  private static final Concept MP_SBC = Concept.of(
      "MineralPropertyStockBasedCompensation", PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  private static final Concept GA = Concept.of(
      "GeneralAndAdministrativeExpense", PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  private static final Period FY2012 = Period.duration(java.time.LocalDate.of(2012, 1, 1), java.time.LocalDate.of(2012, 12, 31));

  private final Finding failure = ReportFixtures.explorationRollupFailure();
  private final Explanation sbc = new Explanation(
      ImmutableList.of(new Explanation.SignedFact(1,
          ReportFixtures.fact(MP_SBC, ReportFixtures.FY2013, "294676", "Mineral Properties!B7"))),
      new BigDecimal("294676"));
  private final Fact ga2013 = ReportFixtures.fact(GA, ReportFixtures.FY2013, "5510641", "Results of Operations!B4");
  private final Fact ga2012 = ReportFixtures.fact(GA, FY2012, "4295800", "Results of Operations!C4");
  private final Finding flagged = new Finding("FLUX-IS", Severity.WARNING, Status.FAIL, "G&A moved",
      ReportFixtures.ENTITY, ReportFixtures.FY2013, Dimensions.NONE, Optional.of(new BigDecimal("5510641")),
      Optional.of(new BigDecimal("4295800")), Optional.of(new BigDecimal("1214841")),
      Optional.of(new BigDecimal("1073950")), Optional.empty(),
      ImmutableList.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, ga2013),
          new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, ga2012)));
  private final Finding noComparative = new Finding("FLUX-IS", Severity.WARNING, Status.NOT_EVALUATED, "G&A moved",
      ReportFixtures.ENTITY, FY2012, Dimensions.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(),
      Optional.of("comparative GeneralAndAdministrativeExpense not reported for 2011-01-01/2011-12-31"),
      ImmutableList.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, ga2012)));

  private String render(ReportFormat format) throws IOException {
    RunResult result = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()),
        Ledger.builder().build(), ImmutableList.of(failure), ImmutableMap.of(failure, ImmutableList.of(sbc)),
        ImmutableList.of(noComparative, flagged), Optional.empty());
    StringWriter out = new StringWriter();
    format.write(result, out);
    return out.toString();
  }

  @Test
  void jsonHasExplanationsPerFailureAndAFluxSection() throws IOException {
    JsonObject json = JsonParser.parseString(render(new JsonReport())).getAsJsonObject();
    JsonObject fail = json.getAsJsonArray("findings").get(0).getAsJsonObject();
    assertThat(fail.getAsJsonArray("explanations").toString(), is("[{\"sum\":\"294676\",\"facts\":[{\"sign\":1,"
        + "\"concept\":\"MineralPropertyStockBasedCompensation\",\"period\":\"2013-01-01/2013-12-31\","
        + "\"value\":\"294676\",\"unit\":\"USD\",\"decimals\":\"0\",\"dimensions\":{},"
        + "\"source\":\"entree-gold-2013.xlsx!Mineral Properties!B7\"}]}]"));
    JsonObject flux = json.getAsJsonObject("flux");
    assertThat(flux.getAsJsonObject("summary").toString(),
        is("{\"comparisons\":2,\"flagged\":1,\"withinThresholds\":0,\"notEvaluated\":1}"));
    JsonObject f = flux.getAsJsonArray("findings").get(1).getAsJsonObject();
    assertThat(f.get("rule").getAsString() + " " + f.get("severity").getAsString() + " " + f.get("status").getAsString()
        + " " + f.get("reported").getAsString() + " " + f.get("computed").getAsString() + " "
        + f.get("variance").getAsString() + " " + f.get("tolerance").getAsString(),
        is("FLUX-IS warning FAIL 5510641 4295800 1214841 1073950"));
    assertThat(f.getAsJsonArray("facts").get(1).getAsJsonObject().get("source").getAsString(),
        is("entree-gold-2013.xlsx!Results of Operations!C4"));
    // A flagged flux change is its own kind of finding: it has no variance explanations.
    assertThat(f.has("explanations"), is(true));
    assertThat(f.getAsJsonArray("explanations").size(), is(0));
    assertThat(json.getAsJsonObject("summary").get("checks").getAsInt(), is(1));
  }

  @Test
  void csvHasAnExplanationsColumnAndFluxRowsAfterTheChecks() throws IOException {
    String[] lines = render(new CsvReport()).split("\r\n");
    assertThat(lines.length, is(4));
    assertThat(lines[1].endsWith(",MineralPropertyStockBasedCompensation=294676 2013-01-01/2013-12-31"
        + " @ entree-gold-2013.xlsx!Mineral Properties!B7,check"), is(true));
    assertThat(lines[2], is("FLUX-IS,warning,NOT_EVALUATED,G&A moved,Entrée Gold Inc.,2012-01-01/2012-12-31,,,,,,"
        + "comparative GeneralAndAdministrativeExpense not reported for 2011-01-01/2011-12-31,"
        + "GeneralAndAdministrativeExpense=4295800 @ entree-gold-2013.xlsx!Results of Operations!C4,,flux"));
    assertThat(lines[3], is("FLUX-IS,warning,FAIL,G&A moved,Entrée Gold Inc.,2013-01-01/2013-12-31,,5510641,4295800,"
        + "1214841,1073950,,GeneralAndAdministrativeExpense=5510641 @ entree-gold-2013.xlsx!Results of Operations!B4; "
        + "GeneralAndAdministrativeExpense=4295800 @ entree-gold-2013.xlsx!Results of Operations!C4,,flux"));
  }

  @Test
  void textListsExplanationsUnderTheFailureAndEndsWithTheFluxReview() throws IOException {
    assertThat(render(new TextReport()), is(String.join("\n",
        "tieout: 1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated",
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
        "     likely explanations (facts whose signed sum is the variance, within tolerance):",
        "       1. + 294,676  MineralPropertyStockBasedCompensation 2013-01-01/2013-12-31"
            + "  entree-gold-2013.xlsx!Mineral Properties!B7",
        "",
        "Flux review: 2 comparisons: 1 flagged, 0 within thresholds, 1 not evaluated",
        "",
        "FLAG FLUX-IS (warning) G&A moved",
        "     Entrée Gold Inc. · 2013-01-01/2013-12-31",
        "     current      5,510,641  GeneralAndAdministrativeExpense 2013-01-01/2013-12-31"
            + "  entree-gold-2013.xlsx!Results of Operations!B4",
        "     comparative  4,295,800  GeneralAndAdministrativeExpense 2012-01-01/2012-12-31"
            + "  entree-gold-2013.xlsx!Results of Operations!C4",
        "     change       1,214,841  +28.3%  threshold 1,073,950",
        "",
        "Flux not evaluated:",
        "  FLUX-IS  Entrée Gold Inc. · 2012-01-01/2012-12-31: comparative GeneralAndAdministrativeExpense not"
            + " reported for 2011-01-01/2011-12-31",
        "")));
  }
}
