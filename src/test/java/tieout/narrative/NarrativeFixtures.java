package tieout.narrative;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/** A small taxonomy and ledger in the shape of the Entrée Gold sample, for hand-written paragraphs. */
final class NarrativeFixtures {
  private NarrativeFixtures() {}

  static final Period FY2013 = Period.parse("2013-01-01/2013-12-31");
  static final Period FY2012 = Period.parse("2012-01-01/2012-12-31");
  static final Period Q1_2013 = Period.parse("2013-01-01/2013-03-31");
  static final Period Q2_2013 = Period.parse("2013-04-01/2013-06-30");
  static final Period Q3_2013 = Period.parse("2013-07-01/2013-09-30");
  static final Period DEC_2013 = Period.parse("2013-12-31");
  static final Period DEC_2012 = Period.parse("2012-12-31");

  static final Concept NET_LOSS =
      new Concept("NetIncomeLoss", PeriodType.DURATION, ItemType.MONETARY, Balance.CREDIT, true,
          ImmutableList.of(Label.plain("Net loss"), Label.plain("Net income")));
  static final Concept INTEREST_EXPENSE =
      concept("InterestExpense", PeriodType.DURATION, Balance.DEBIT, "Interest expense");
  static final Concept FEES =
      concept("ConsultancyAndAdvisoryFees", PeriodType.DURATION, Balance.DEBIT, "Consultancy and advisory fees");
  static final Concept DEFERRED_TAX =
      concept("DeferredIncomeTaxExpenseBenefit", PeriodType.DURATION, Balance.DEBIT, "Deferred income tax recovery");
  static final Concept WORKING_CAPITAL =
      concept("WorkingCapital", PeriodType.INSTANT, Balance.DEBIT, "Working capital");
  static final Concept EXPLORATION =
      concept("ExplorationExpense", PeriodType.DURATION, Balance.DEBIT, "Exploration");
  /** Two concepts printed under one caption, as a share count and an amount are. */
  static final Concept PLACEMENT_A = concept("PlacementProceeds", PeriodType.DURATION, Balance.DEBIT, "Placement");
  static final Concept PLACEMENT_B = concept("PlacementCosts", PeriodType.DURATION, Balance.CREDIT, "Placement");

  static final Concept GENERAL_ADMIN =
      concept("GeneralAndAdministrativeExpense", PeriodType.DURATION, Balance.DEBIT, "General and administrative");
  static final Concept IMPAIRMENT =
      concept("ImpairmentOfMineralPropertyInterests", PeriodType.DURATION, Balance.DEBIT, "Impairment of mineral property interests");
  /** Broken down by region in the ledger, as the sample's mineral properties table is. */
  static final Concept MINERAL =
      concept("MineralPropertyExpenditures", PeriodType.DURATION, Balance.DEBIT, "Total costs");
  static final Axis REGION = new Axis("Region", ImmutableList.of(
      new Axis.Member("US", ImmutableList.of(Label.plain("US"))),
      new Axis.Member("Mongolia", ImmutableList.of(Label.plain("Mongolia")))));

  static Taxonomy taxonomy() {
    return Taxonomy.builder()
        .add(NET_LOSS).add(INTEREST_EXPENSE).add(FEES).add(DEFERRED_TAX).add(WORKING_CAPITAL).add(EXPLORATION)
        .add(PLACEMENT_A).add(PLACEMENT_B).add(GENERAL_ADMIN).add(IMPAIRMENT).add(MINERAL).add(REGION)
        .defaultEntity("Entrée Gold Inc.")
        .build();
  }

  static Ledger ledger() {
    return Ledger.builder()
        .add(fact(NET_LOSS, FY2013, "-11422025", "Selected Annual!B4"))
        .add(fact(NET_LOSS, FY2012, "-15196129", "Selected Annual!C4"))
        .add(fact(INTEREST_EXPENSE, FY2013, "260453", "Results!B9"))
        .add(fact(INTEREST_EXPENSE, FY2012, "229359", "Results!C9"))
        .add(fact(FEES, Q1_2013, "986926", "Quarterly 2013!E6"))
        .add(fact(DEFERRED_TAX, FY2013, "-2381868", "Results!B16"))
        .add(fact(WORKING_CAPITAL, DEC_2013, "46394496", "Selected Annual!B6"))
        .add(fact(WORKING_CAPITAL, DEC_2012, "4699256", "Selected Annual!C6"))
        .add(fact(EXPLORATION, FY2013, "5808316", "Results!B3"))
        .add(fact(PLACEMENT_A, FY2013, "9722897", "Financing!C4"))
        .add(fact(PLACEMENT_B, FY2013, "86636", "Financing!C6"))
        .add(fact(GENERAL_ADMIN, FY2013, "5911800", "Results!B4"))
        .add(fact(GENERAL_ADMIN, FY2012, "5912000", "Results!C4"))
        .add(fact(IMPAIRMENT, Q2_2013, "437732", "Quarterly 2013!D8"))
        .add(fact(IMPAIRMENT, FY2013, "437732", "Results!B7"))
        .add(fact(MINERAL, FY2013, "6102992", "Mineral Properties!B6"))
        .add(fact(MINERAL, FY2013, Dimensions.of("Region", "US"), "3940264", "Mineral Properties!B3"))
        .add(fact(MINERAL, FY2013, Dimensions.of("Region", "Mongolia"), "1355493", "Mineral Properties!B4"))
        .add(fact(MINERAL, FY2012, Dimensions.of("Region", "Mongolia"), "1964883", "Mineral Properties!C4"))
        .build();
  }

  static NarrativeResult check(String prose) {
    return new NarrativeChecker(taxonomy(), ledger()).check("mdna.md", prose);
  }

  private static Concept concept(String name, PeriodType type, Balance balance, String label) {
    return new Concept(name, type, ItemType.MONETARY, balance, true, ImmutableList.of(Label.plain(label)));
  }

  private static Fact fact(Concept c, Period p, String value, String cell) {
    return fact(c, p, Dimensions.NONE, value, cell);
  }

  private static Fact fact(Concept c, Period p, Dimensions dims, String value, String cell) {
    String[] parts = cell.split("!");
    return new Fact(c, "Entrée Gold Inc.", p, Unit.USD, Decimals.WHOLE, dims,
        Optional.of(new BigDecimal(value)), SourceRef.cell("sample.xlsx", parts[0], parts[1]));
  }
}
