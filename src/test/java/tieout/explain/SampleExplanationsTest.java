package tieout.explain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.run.RunResult;
import tieout.testing.Runs;

/** The bundled Entrée Gold sample: what explains its four failed roll-ups. */
class SampleExplanationsTest {
  private static RunResult result;

  @BeforeAll
  static void run() {
    result = Runs.run(List.of(Path.of("spreadsheets")), Path.of("rules"));
  }

  private static List<String> explanations(String concept, String period) {
    Finding failure = result.findings().stream()
        .filter(f -> f.status() == Status.FAIL && f.rule().equals("IS-Q2Y")
            && f.period().toString().equals(period)
            && f.operands().get(0).fact().concept().name().equals(concept))
        .findFirst().orElseThrow();
    return result.explanationsOf(failure).stream()
        .map(e -> {
          StringBuilder s = new StringBuilder();
          for (Explanation.SignedFact sf : e.facts()) {
            s.append(sf.sign() > 0 ? "+" : "-").append(sf.fact().concept().name())
                .append('=').append(sf.fact().amount().toPlainString()).append('@').append(sf.fact().source()).append(' ');
          }
          return s.toString().strip();
        })
        .toList();
  }

  @Test
  void theExplorationVarianceIsTheMineralPropertiesStockBasedCompensationLine() {
    assertThat(explanations("ExplorationExpense", "2013-01-01/2013-12-31"), contains(
        "+MineralPropertyStockBasedCompensation=294676@entree-gold-2013.xlsx!Mineral Properties!B7"));
    assertThat(explanations("ExplorationExpense", "2012-01-01/2012-12-31"), contains(
        "+MineralPropertyStockBasedCompensation=267452@entree-gold-2013.xlsx!Mineral Properties!C7"));
  }

  @Test
  void theGeneralAndAdministrativeVarianceIsStockBasedCompensationLessTheMineralPartPlusDepreciation() {
    assertThat(explanations("GeneralAndAdministrativeExpense", "2013-01-01/2013-12-31"), contains(
        "+StockBasedCompensation=1422297@entree-gold-2013.xlsx!Results of Operations!B6"
            + " -MineralPropertyStockBasedCompensation=294676@entree-gold-2013.xlsx!Mineral Properties!B7"
            + " +Depreciation=102941@entree-gold-2013.xlsx!Results of Operations!B11"));
    assertThat(explanations("GeneralAndAdministrativeExpense", "2012-01-01/2012-12-31"), contains(
        "+StockBasedCompensation=1207878@entree-gold-2013.xlsx!Results of Operations!C6"
            + " -MineralPropertyStockBasedCompensation=267452@entree-gold-2013.xlsx!Mineral Properties!C7"
            + " +Depreciation=150654@entree-gold-2013.xlsx!Results of Operations!C11"));
  }

  @Test
  void onlyTheFailuresHaveExplanations() {
    assertThat(result.explanations().size(), is(4));
    assertThat(result.explanations().keySet().stream().allMatch(f -> f.status() == Status.FAIL), is(true));
  }
}
