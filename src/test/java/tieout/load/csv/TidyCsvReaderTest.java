package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Facts;
import tieout.load.TestTaxonomy;
import tieout.taxonomy.Taxonomy;

class TidyCsvReaderTest {
  private final Taxonomy taxonomy = TestTaxonomy.entree();

  private List<Fact> read(String... lines) {
    return TestCsv.tidyFacts("facts.csv", String.join("\r\n", lines) + "\r\n", taxonomy);
  }

  private List<String> problems(String... lines) {
    UserException e = assertThrows(UserException.class, () -> read(lines));
    return e.diagnostics().stream().map(d -> d.location() + ": " + d.message()).toList();
  }

  @Test
  void readsOneFactPerLine() {
    List<Fact> facts = read(
        "Concept,PERIOD,value,decimals,unit,entity,label,region",
        "NetIncomeLoss,2013-01-01/2013-12-31,-11422025,0,,,Net loss,",
        "NetLossPerShare,FY2013,-0.08,,,,,",
        "WorkingCapital,2013-12-31,46394496,INF,CAD,Other Co,,",
        "WorkingCapital,Q4 2013,46394.5,-3,,,,",
        "MineralPropertyExpenditures,2013,3940264,,,,,US",
        "MineralPropertyExpenditures,2013,1355493,,,,,Mongolia",
        ",,,,,,,",
        "",
        "ImpairmentOfMineralPropertyInterests,2012,nil,,,,,");

    assertThat(Facts.describe(facts), contains(
        "NetIncomeLoss 2013-01-01/2013-12-31 -11422025 USD d=0 @ facts.csv:2",
        "NetLossPerShare 2013-01-01/2013-12-31 -0.08 USD/share d=2 @ facts.csv:3",
        "WorkingCapital 2013-12-31 46394496 CAD d=INF @ facts.csv:4",
        "WorkingCapital 2013-12-31 46394.5 USD d=-3 @ facts.csv:5",
        "MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=US] 3940264 USD d=0 @ facts.csv:6",
        "MineralPropertyExpenditures 2013-01-01/2013-12-31 [Region=Mongolia] 1355493 USD d=0 @ facts.csv:7",
        "ImpairmentOfMineralPropertyInterests 2012-01-01/2012-12-31 nil USD d=0 @ facts.csv:10"));
    assertThat(facts.stream().map(Fact::entity).toList(), contains(
        "Entrée Gold Inc.", "Entrée Gold Inc.", "Other Co", "Entrée Gold Inc.", "Entrée Gold Inc.",
        "Entrée Gold Inc.", "Entrée Gold Inc."));
  }

  @Test
  void readsAMemberWrittenAsItsCaptionAndTheFileNameAsEntity() {
    Taxonomy noEntity = TestTaxonomy.builder().build();
    List<Fact> facts = TestCsv.tidyFacts(
        "commitments.csv",
        "concept,period,value,ObligationTerm\nContractualObligations,2013-12-31,421673,1-3 Years\n",
        noEntity);

    assertThat(Facts.describe(facts), contains(
        "ContractualObligations 2013-12-31 [ObligationTerm=OneToThreeYears] 421673 USD d=0 @ commitments.csv:2"));
    assertThat(facts.get(0).entity(), equalTo("commitments"));
  }

  @Test
  void reportsUnknownAndMissingColumns() {
    assertThat(problems("concept,value,Regoin,colour", "NetIncomeLoss,1,,"), contains(
        "facts.csv:1: unknown column 'Regoin'; did you mean 'Region'?",
        "facts.csv:1: unknown column 'colour': expected concept, period, value, entity, unit, decimals, label,"
            + " Region, ObligationTerm",
        "facts.csv:1: missing column 'period': a tidy CSV needs concept, period and value columns"));
  }

  @Test
  void reportsARepeatedOrUnnamedColumn() {
    assertThat(problems("concept,period,value,Value,", "NetIncomeLoss,2013,1,1,"), contains(
        "facts.csv:1: column 'Value' appears twice in the header",
        "facts.csv:1: column 5 has no name in the header: name it or delete the column"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NetIncomeLos,2013,1,|unknown concept 'NetIncomeLos'; did you mean 'NetIncomeLoss'?",
        ",2013,1,|expected a concept name, found an empty field",
        "NetIncomeLoss,2013,1|expected 4 fields as in the header, found 3",
        "NetIncomeLoss,2013,1,,|expected 4 fields as in the header, found 5",
        "NetIncomeLoss,2013,\"1,234\",|expected a plain decimal such as -11422025 or 0.08, or nil, for 'NetIncomeLoss',"
            + " found \"1,234\"",
        "NetIncomeLoss,2013,,|expected a plain decimal such as -11422025 or 0.08, or nil, for 'NetIncomeLoss', found an"
            + " empty field",
        "NetIncomeLoss,13/2013,1,|expected a period such as 2013-12-31, 2013-01-01/2013-12-31 or FY2013 for"
            + " 'NetIncomeLoss', found \"13/2013\"",
        "NetIncomeLoss,2013-02-30,1,|impossible date in period \"2013-02-30\"",
        "NetIncomeLoss,2013-12-31/2013-01-01,1,|expected a period that ends after it starts, found"
            + " \"2013-12-31/2013-01-01\"",
        "NetIncomeLoss,Year Ended,1,|expected a complete period, found \"Year Ended\" without its end date, e.g."
            + " \"Year Ended December 31, 2013\"",
        "NetIncomeLoss,2013-12-31,1,|expected a period of time for 'NetIncomeLoss' (a duration concept), found the"
            + " date 2013-12-31: write it as start/end, e.g. 2013-01-01/2013-12-31, or as a caption such as FY2013",
        "NetIncomeLoss,Q5 2013,1,|there is no quarter 5 in \"Q5 2013\": quarters are Q1 to Q4",
        "NetIncomeLoss,2013,1,USDD|unknown unit 'USDD' for monetary concept 'NetIncomeLoss': expected a currency code"
            + " such as USD or CAD",
        "NetLossPerShare,2013,1,USD|unknown unit 'USD' for per-share concept 'NetLossPerShare': expected a currency"
            + " per share such as USD/share",
      })
  void reportsABadLine(String line, String message) {
    assertThat(problems("concept,period,value,unit", line), contains("facts.csv:2: " + message));
  }

  @Test
  void reportsBadDecimalsAndUnknownMembers() {
    assertThat(problems("concept,period,value,decimals,Region",
            "NetIncomeLoss,2013,1,three,",
            "MineralPropertyExpenditures,2013,1,0,Mongola"),
        contains(
            "facts.csv:2: expected decimals INF or a whole number such as 0, -3 or 2, found \"three\"",
            "facts.csv:3: axis 'Region' has no member 'Mongola'; did you mean 'Mongolia'?"));
  }

  @Test
  void recognisesTheTidyHeader() {
    assertThat(TidyHeader.isTidy(List.of(" Concept ", "period", "VALUE")), equalTo(true));
    assertThat(TidyHeader.isTidy(List.of("line_item", "2013-12-31")), equalTo(false));
    assertThat(TidyHeader.isTidy(List.of("concept", "amount")), equalTo(false));
  }
}
