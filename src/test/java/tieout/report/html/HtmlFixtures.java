package tieout.report.html;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.explain.Explanation;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.narrative.ClaimStatus;
import tieout.narrative.NarrativeClaim;
import tieout.narrative.NarrativeResult;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.Severity;
import tieout.rules.SourcePos;
import tieout.run.RunResult;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;
import tieout.testing.Results;

/**
 * A hand-built run shaped like the Entrée Gold sample, with an explanation, a flux finding, a
 * narrative and hostile text in the places that come from spreadsheets, rules and documents.
 */
final class HtmlFixtures {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(2)>";
  static final Concept EXPLORATION = Concept.of("ExplorationExpense", PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  static final Concept SBC = Concept.of("StockBasedCompensation", PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  static final Concept NET_LOSS = Concept.of("NetLoss", PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  static final Period FY2013 = Period.duration(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
  static final Period FY2012 = Period.duration(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));
  static final String ENTITY = "Entrée Gold Inc.";

  private HtmlFixtures() {}

  static Fact fact(Concept c, String entity, Period p, String value, String sheet, String cell) {
    return new Fact(c, entity, p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, Optional.of(new BigDecimal(value)),
        SourceRef.cell("entree-gold-2013.xlsx", sheet, cell));
  }

  static Rule.Header header(String id) {
    return new Rule.Header(id, Severity.ERROR, "m", Materiality.NONE, PeriodFilter.ALL, new SourcePos("r.rules", 1, 1, ""));
  }

  /** Quarters 1,603,790 + 1,904,636 + 1,168,327 + 1,426,239 = 6,102,992 against a year of 5,808,316. */
  static Finding rollupFailure(String entity) {
    Fact year = fact(EXPLORATION, entity, FY2013, "5808316", "Results of Operations", "B3");
    List<Operand> ops = new ArrayList<>();
    ops.add(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, year));
    String[][] quarters = {{"3", "1603790", "E3"}, {"6", "1904636", "D3"}, {"9", "1168327", "C3"}, {"12", "1426239", "B3"}};
    for (String[] q : quarters) {
      Period p = Period.monthsEnding(LocalDate.of(2013, Integer.parseInt(q[0]), 1).plusMonths(1).minusDays(1), 3);
      ops.add(new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, fact(EXPLORATION, entity, p, q[1], "Quarterly 2013", q[2])));
    }
    return new Finding("IS-Q2Y", Severity.ERROR, Status.FAIL, "The quarters sum to the year " + IMG, entity, FY2013,
        Dimensions.NONE, Optional.of(new BigDecimal("5808316")), Optional.of(new BigDecimal("6102992")),
        Optional.of(new BigDecimal("-294676")), Optional.of(new BigDecimal("2.5")), Optional.empty(),
        ImmutableList.copyOf(ops));
  }

  static Finding pass() {
    Fact a = fact(NET_LOSS, ENTITY, FY2013, "11422025", "Selected Annual", "B4");
    Fact b = fact(NET_LOSS, ENTITY, FY2013, "11422025", "Results of Operations", "B9");
    return new Finding("DUPLICATE", Severity.ERROR, Status.PASS, "The same figure agrees wherever it is printed",
        ENTITY, FY2013, Dimensions.NONE, Optional.of(new BigDecimal("11422025")), Optional.of(new BigDecimal("11422025")),
        Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ONE), Optional.empty(),
        ImmutableList.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, a), new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, b)));
  }

  static Finding notEvaluated() {
    return new Finding("BS-EQ", Severity.ERROR, Status.NOT_EVALUATED, "Equity is the sum of its lines", ENTITY,
        Period.instant(LocalDate.of(2013, 3, 31)), Dimensions.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("total StockholdersEquity not reported at 2013-03-31"), ImmutableList.of());
  }

  static Finding flux() {
    Fact now = fact(NET_LOSS, ENTITY, FY2013, "11422025", "Selected Annual", "B4");
    Fact before = fact(NET_LOSS, ENTITY, FY2012, "15196129", "Selected Annual", "C4");
    return new Finding("FLUX-NL", Severity.WARNING, Status.FAIL, "Net loss moved more than 25% year over year", ENTITY,
        FY2013, Dimensions.NONE, Optional.of(new BigDecimal("11422025")), Optional.of(new BigDecimal("15196129")),
        Optional.of(new BigDecimal("-3774104")), Optional.empty(), Optional.empty(),
        ImmutableList.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, now), new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, before)));
  }

  static RunResult run() {
    return run(ENTITY);
  }

  /** The run; {@code entity} names the entity of the failed roll-up (hostile text in the XSS tests). */
  static RunResult run(String entity) {
    Finding failure = rollupFailure(entity);
    Fact sbc = fact(SBC, ENTITY, FY2013, "294676", "Mineral Properties", "B9");
    Fact untested = fact(SBC, ENTITY, FY2012, "267452", SCRIPT, "C9");
    Ledger.Builder ledger = Ledger.builder();
    failure.operands().forEach(o -> ledger.add(o.fact()));
    pass().operands().forEach(o -> ledger.add(o.fact()));
    ledger.add(sbc).add(untested);
    RuleSet rules = new RuleSet(Taxonomy.builder().build(),
        ImmutableList.of(new Rule.Rollup(header("IS-Q2Y"), ImmutableList.of(), true)));
    NarrativeResult narrative = new NarrativeResult("mdna.txt", ImmutableList.of(
        new NarrativeClaim(ClaimStatus.TIED, "mdna.txt:3:40", "$11,422,025", new BigDecimal("11422025"), Decimals.WHOLE,
            "net loss was $11,422,025", Optional.of(NET_LOSS), Optional.of(FY2013),
            Optional.of(pass().operands().get(0).fact()), Optional.empty(), "net loss, year ended December 31, 2013"),
        new NarrativeClaim(ClaimStatus.CONTRADICTED, "mdna.txt:9:12", "$5,900,000", new BigDecimal("5900000"), Decimals.WHOLE,
            "exploration " + SCRIPT + " was $5,900,000", Optional.of(EXPLORATION), Optional.of(FY2013),
            Optional.of(failure.operands().get(0).fact()), Optional.of(new BigDecimal("91684")), "exploration, 2013")));
    return Results.of(rules, ledger.build(), ImmutableList.of(failure, pass(), notEvaluated()),
        ImmutableMap.of(failure, ImmutableList.of(new Explanation(ImmutableList.of(new Explanation.SignedFact(-1, sbc)),
            new BigDecimal("-294676")))),
        ImmutableList.of(flux()), Optional.of(narrative));
  }
}
