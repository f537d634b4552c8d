package tieout.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.Severity;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

/** Findings shaped like the Entrée Gold sample's, built by hand for the report tests. */
final class ReportFixtures {
  static final Concept EXPLORATION =
      Concept.of("ExplorationExpense", PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  static final Concept EQUITY =
      Concept.of("StockholdersEquity", PeriodType.INSTANT, ItemType.MONETARY, Balance.CREDIT);
  static final Period FY2013 = Period.duration(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
  static final String ENTITY = "Entrée Gold Inc.";

  private ReportFixtures() {}

  static Fact fact(Concept c, Period p, String value, String cell) {
    return new Fact(c, ENTITY, p, Unit.USD, Decimals.WHOLE, Dimensions.NONE,
        Optional.of(new BigDecimal(value)), SourceRef.cell("entree-gold-2013.xlsx", cell.split("!")[0], cell.split("!")[1]));
  }

  static Finding explorationRollupFailure() {
    Fact year = fact(EXPLORATION, FY2013, "5808316", "Results of Operations!B5");
    List<Operand> ops = new java.util.ArrayList<>();
    ops.add(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, year));
    String[][] quarters = {
      {"3", "1603790", "E5"}, {"6", "1904636", "D5"}, {"9", "1168327", "C5"}, {"12", "1426239", "B5"}
    };
    for (String[] q : quarters) {
      Period p = Period.monthsEnding(LocalDate.of(2013, Integer.parseInt(q[0]), 1).plusMonths(1).minusDays(1), 3);
      ops.add(new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, fact(EXPLORATION, p, q[1], "Quarterly 2013!" + q[2])));
    }
    return new Finding("IS-Q2Y", Severity.ERROR, Status.FAIL, "The quarters of each year sum to the year",
        ENTITY, FY2013, Dimensions.NONE,
        Optional.of(new BigDecimal("5808316")), Optional.of(new BigDecimal("6102992")),
        Optional.of(new BigDecimal("-294676")), Optional.of(new BigDecimal("2.50")), // printed 2.5, as the JSON has it
        Optional.empty(), ImmutableList.copyOf(ops));
  }

  static Finding pass() {
    Fact year = fact(EXPLORATION, FY2013, "5808316", "Results of Operations!B5");
    Fact dup = fact(EXPLORATION, FY2013, "5808316", "Mineral Properties!B10");
    return new Finding("DUPLICATE", Severity.ERROR, Status.PASS, "The same figure agrees wherever it is printed",
        ENTITY, FY2013, Dimensions.NONE,
        Optional.of(new BigDecimal("5808316")), Optional.of(new BigDecimal("5808316")),
        Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("1.0")), Optional.empty(),
        ImmutableList.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, year),
            new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, dup)));
  }

  static Finding notEvaluated() {
    return new Finding("BS-EQ", Severity.ERROR, Status.NOT_EVALUATED, "Equity is the sum of its lines",
        ENTITY, Period.instant(LocalDate.of(2013, 3, 31)), Dimensions.NONE,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of("total StockholdersEquity not reported at 2013-03-31"), ImmutableList.of());
  }

  static Finding warning() {
    Finding f = explorationRollupFailure();
    return new Finding("IS-FLUX", Severity.WARNING, Status.FAIL, "=HYPERLINK(\"x\") message", f.entity(), f.period(),
        Dimensions.of("Region", "US"), f.reported(), f.computed(), f.variance(), f.tolerance(), Optional.empty(),
        ImmutableList.of());
  }
}
