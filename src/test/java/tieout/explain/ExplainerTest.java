package tieout.explain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.Severity;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

class ExplainerTest {
  static final String ENTITY = "Acme";
  static final Period FY = Period.duration(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
  static final Period Q4 = Period.quarterEnding(2013, 12);
  static final Period FY2012 = Period.duration(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));
  static final Concept TOTAL = flow("Total");
  private int cells;

  static Concept flow(String name) {
    return Concept.of(name, PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  }

  Fact fact(String concept, Period period, String value) {
    return fact(concept, period, value, Decimals.WHOLE, ENTITY);
  }

  Fact fact(String concept, Period period, String value, Decimals decimals, String entity) {
    return new Fact(flow(concept), entity, period, Unit.USD, decimals, Dimensions.NONE,
        Optional.of(new BigDecimal(value)), SourceRef.cell("t.xlsx", "S", "A" + (++cells)));
  }

  /** A failed check of TOTAL for FY: reported 1000 against its four quarters. */
  static Finding failing(String variance, String tolerance, List<Fact> operands) {
    ImmutableList.Builder<Operand> ops = ImmutableList.builder();
    for (int i = 0; i < operands.size(); i++) {
      ops.add(new Operand(i == 0 ? Operand.Side.REPORTED : Operand.Side.COMPUTED, BigDecimal.ONE, operands.get(i)));
    }
    return new Finding("R", Severity.ERROR, Status.FAIL, "m", ENTITY, FY, Dimensions.NONE,
        Optional.of(new BigDecimal("1000")), Optional.of(new BigDecimal("1000").subtract(new BigDecimal(variance))),
        Optional.of(new BigDecimal(variance)), Optional.of(new BigDecimal(tolerance)), Optional.empty(), ops.build());
  }

  private final Fact year = fact("Total", FY, "1000");
  private final Fact quarter = fact("Total", Q4, "1300");

  private List<String> explain(Finding finding, Fact... others) {
    return explain(Explainer.standard(), finding, others);
  }

  private List<String> explain(Explainer explainer, Finding finding, Fact... others) {
    List<Fact> all = new ArrayList<>(finding.operands().stream().map(Operand::fact).toList());
    all.addAll(List.of(others));
    Ledger ledger = Ledger.builder().addAll(all).build();
    return explainer.explain(finding, ledger).stream().map(ExplainerTest::describe).toList();
  }

  static String describe(Explanation e) {
    StringBuilder s = new StringBuilder();
    for (Explanation.SignedFact sf : e.facts()) {
      s.append(sf.sign() > 0 ? "+" : "-").append(sf.fact().concept().name()).append(' ');
    }
    return s.append("= ").append(e.sum().toPlainString()).toString();
  }

  private Finding rollup(String variance) {
    return failing(variance, "1", List.of(year, quarter));
  }

  @Test
  void aSingleFactWorthTheVarianceExplainsItWithEitherSign() {
    assertThat(explain(rollup("-300"), fact("Sbc", FY, "300")), contains("+Sbc = 300"));
    assertThat(explain(rollup("-300"), fact("Gain", FY, "-300")), contains("+Gain = -300"));
    assertThat(explain(rollup("300"), fact("Sbc", FY, "300")), contains("+Sbc = 300"));
  }

  @Test
  void aPairWithSignsExplainsIt() {
    assertThat(explain(rollup("-300"), fact("A", FY, "1000"), fact("B", FY, "700"), fact("C", FY, "55")),
        contains("+A -B = 300"));
    assertThat(explain(rollup("-300"), fact("A", FY, "200"), fact("B", FY, "100")), contains("+A +B = 300"));
  }

  @Test
  void aTripleWithSignsExplainsItLargestFirst() {
    assertThat(
        explain(failing("-1230562", "2.5", List.of(year, quarter)),
            fact("Depreciation", FY, "102941"), fact("Sbc", FY, "1422297"), fact("MpSbc", FY, "294676"),
            fact("Other", FY, "5000"), fact("Noise", FY, "77777")),
        contains("+Sbc -MpSbc +Depreciation = 1230562"));
  }

  @Test
  void toleranceIsTheFindingsPlusTheCandidatesHalfWidths() {
    // Tolerance 2.5 plus 0.5 for a fact with decimals 0: 303 is 3 away and matches, 304 is not.
    Finding f = failing("300", "2.5", List.of(year, quarter));
    assertThat(explain(f, fact("In", FY, "303"), fact("Out", FY, "304"), fact("Low", FY, "297")),
        contains("+In = 303", "+Low = 297"));
    // A figure in thousands stands for +/- 500: 1000 is 200 away from 800; in hundreds it is not.
    Finding g = failing("800", "2.5", List.of(year, quarter));
    assertThat(explain(g, fact("Thousands", FY, "1000", Decimals.of(-3), ENTITY)), contains("+Thousands = 1000"));
    assertThat(explain(g, fact("Hundreds", FY, "1000", Decimals.of(-2), ENTITY)), is(empty()));
  }

  @Test
  void fewerFactsFirstThenTheFindingsOwnPeriodThenTheCloserSum() {
    List<String> found = explain(failing("-300", "3", List.of(year, quarter)),
        fact("PairA", FY, "1000"), fact("PairB", FY, "700"),
        fact("QuarterSingle", Period.quarterEnding(2013, 3), "300"),
        fact("YearSingleOff", FY, "302"),
        fact("YearSingle", FY, "300"));
    assertThat(found, contains("+YearSingle = 300", "+YearSingleOff = 302", "+QuarterSingle = 300",
        "+PairA -PairB = 300"));
  }

  @Test
  void atMostFiveAndTheSimplestWin() {
    Fact[] many = new Fact[8];
    for (int i = 0; i < many.length; i++) {
      many[i] = fact("S" + i, FY, "300");
    }
    assertThat(explain(rollup("300"), many), contains("+S0 = 300", "+S1 = 300", "+S2 = 300", "+S3 = 300", "+S4 = 300"));
  }

  @Test
  void thePoolIsCapped() {
    Fact[] filler = {fact("F1", FY, "1"), fact("F2", FY, "2"), fact("F3", FY, "4"), fact("Late", FY, "300")};
    assertThat(explain(new Explainer(5, 3, 3), rollup("300"), filler), is(empty()));
    assertThat(explain(new Explainer(5, 4, 3), rollup("300"), filler), contains("+Late = 300"));
    // Triples come from the smaller pool only.
    Fact[] triple = {fact("T1", FY, "100"), fact("T2", FY, "150"), fact("T3", FY, "50")};
    assertThat(explain(new Explainer(5, 3, 2), rollup("301"), triple), is(empty()));
    assertThat(explain(new Explainer(5, 3, 3), rollup("300"), triple), contains("+T2 +T1 +T3 = 300"));
  }

  @Test
  void theChecksOwnFiguresTheirReprintsOtherEntitiesPeriodsAndZerosAreNoExplanation() {
    Fact reprint = new Fact(TOTAL, ENTITY, Q4, Unit.USD, Decimals.WHOLE, Dimensions.NONE,
        Optional.of(new BigDecimal("1300")), SourceRef.cell("t.xlsx", "Other", "B9"));
    List<String> found = explain(rollup("1300"),
        reprint,
        fact("OtherEntity", FY, "1300", Decimals.WHOLE, "Beta"),
        fact("LastYear", FY2012, "1300"),
        new Fact(Concept.of("Cash", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT), ENTITY,
            Period.instant(LocalDate.of(2013, 12, 31)), Unit.USD, Decimals.WHOLE, Dimensions.NONE,
            Optional.of(new BigDecimal("1300")), SourceRef.line("b.csv", 2)),
        fact("Zero", FY, "0"),
        fact("Kept", Period.quarterEnding(2013, 6), "1300"));
    assertThat(found, contains("+Kept = 1300"));
  }

  @Test
  void aCombinationThatOnlyPadsASimplerOneIsLeftOut() {
    // A alone explains 300; A + B - C with B = C adds nothing.
    assertThat(explain(rollup("300"), fact("A", FY, "300"), fact("B", FY, "50"), fact("C", FY, "50")),
        contains("+A = 300"));
  }

  @Test
  void onlyFailuresAreExplained() {
    Finding pass = new Finding("R", Severity.ERROR, Status.PASS, "m", ENTITY, FY, Dimensions.NONE,
        Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.TEN), Optional.of(BigDecimal.ZERO),
        Optional.of(BigDecimal.ONE), Optional.empty(), ImmutableList.of());
    assertThat(Explainer.standard().explain(pass, Ledger.builder().add(fact("Z", FY, "0.5")).build()), is(empty()));
  }
}
