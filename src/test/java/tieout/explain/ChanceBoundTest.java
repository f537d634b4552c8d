package tieout.explain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.SourceRef;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * On a statement rounded to millions, an explanation is listed only when it is unlikely to be
 * chance: exact, of the fewest facts, and from a pool small enough (ChanceBound).
 */
class ChanceBoundTest {
  private int cells;

  private Fact millions(String concept, String value) {
    return millions(concept, value, -6);
  }

  private Fact millions(String concept, String value, int decimals) {
    return new Fact(ExplainerTest.flow(concept), ExplainerTest.ENTITY, ExplainerTest.FY, Unit.USD,
        Decimals.of(decimals), Dimensions.NONE, Optional.of(new BigDecimal(value)),
        SourceRef.cell("bs.xlsx", "BS", "B" + (++cells)));
  }

  /** AK Steel's 2008 balance sheet as tagged: 4,682 total, 2,002.8 current, 617.9 "noncurrent". */
  private Finding akSteel(int decimals) {
    return ExplainerTest.failing("2061300000", "600000", List.of(
        millions("Assets", "4682000000", decimals), millions("AssetsCurrent", "2002800000", decimals),
        millions("AssetsNoncurrent", "617900000", decimals)));
  }

  private List<String> explain(Finding finding, List<Fact> others) {
    List<Fact> all = new ArrayList<>(finding.operands().stream().map(Operand::fact).toList());
    all.addAll(others);
    Ledger ledger = Ledger.builder().addAll(all).build();
    return Explainer.standard().explain(finding, ledger).stream().map(ExplainerTest::describe).toList();
  }

  @Test
  void onARoundedStatementOnlyTheExactSimplestExplanationIsListed() {
    List<Fact> pool = List.of(
        millions("PropertyPlantAndEquipmentNet", "2061300000", -5),
        // gross less accumulated depreciation: the same amount split, adds nothing to the single
        millions("PropertyPlantAndEquipmentGross", "5282100000", -5),
        millions("AccumulatedDepreciation", "3220800000", -5),
        // 1,898.9 + 159.6 + 2.7 = 2,061.2: within the tolerance, a coincidence
        millions("AdditionalPaidInCapital", "1898900000", -5),
        millions("AccumulatedOtherComprehensiveIncome", "159600000", -5),
        millions("MinorityInterest", "2700000", -5),
        // 2,061.5 alone: 200,000 off, within tolerance, not exact
        millions("NearMiss", "2061500000", -5));
    assertThat(explain(akSteel(-5), pool), contains("+PropertyPlantAndEquipmentNet = 2061300000"));
  }

  @Test
  void theSameFiguresInWholeDollarsKeepEveryMatchWithinTolerance() {
    // Whole dollars: not a rounded statement, so near matches and larger combinations still show.
    Finding dollars = ExplainerTest.failing("2061300000", "600000", List.of(
        millions("Assets", "4682000000", 0), millions("AssetsCurrent", "2002800000", 0),
        millions("AssetsNoncurrent", "617900000", 0)));
    List<String> found = explain(dollars, List.of(
        millions("PropertyPlantAndEquipmentNet", "2061300000", 0),
        millions("NearMiss", "2061500000", 0)));
    assertThat(found, contains("+PropertyPlantAndEquipmentNet = 2061300000", "+NearMiss = 2061500000"));
  }

  @Test
  void aPairAmongManyRoundedFiguresIsChanceAndNotListed() {
    // 300 figures in millions up to 900 million: some 180,000 signed pairs over about 3,600 grid
    // points, so an exact pair is expected by chance dozens of times over.
    List<Fact> pool = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      pool.add(millions("Line" + i, Long.toString((long) (i * 3 + 1) * 1_000_000L)));
    }
    Finding f = ExplainerTest.failing("1000000000", "1500000", List.of(
        millions("Total", "5000000000"), millions("Part", "4000000000")));
    assertThat(explain(f, pool), is(empty()));

    // Three figures: an exact pair is shown.
    Finding g = ExplainerTest.failing("1000000000", "1500000", List.of(
        millions("Total", "5000000000"), millions("Part", "4000000000")));
    assertThat(explain(g, List.of(millions("Goodwill", "700000000"), millions("Intangibles", "300000000"),
        millions("Other", "55000000"))), contains("+Goodwill +Intangibles = 1000000000"));
  }
}
