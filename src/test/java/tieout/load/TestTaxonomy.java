package tieout.load;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/** A small taxonomy modelled on Entrée Gold's MD&A tables, for loader tests. */
public final class TestTaxonomy {
  private TestTaxonomy() {}

  public static Label label(String text) {
    return Label.plain(text);
  }

  public static Label label(String text, String scope) {
    return new Label(text, Optional.of(scope), false, Dimensions.NONE);
  }

  public static Label negated(String text, String scope) {
    return new Label(text, Optional.of(scope), true, Dimensions.NONE);
  }

  public static Label member(String text, String axis, String member, String scope) {
    return new Label(text, Optional.of(scope), false, Dimensions.of(axis, member));
  }

  public static Concept concept(String name, ItemType type, PeriodType period, Balance balance, Label... labels) {
    return new Concept(name, period, type, balance, type.additiveByDefault(), ImmutableList.copyOf(labels));
  }

  public static Axis.Member axisMember(String name, String caption) {
    return new Axis.Member(name, ImmutableList.of(Label.plain(caption)));
  }

  public static Taxonomy.Builder builder() {
    return Taxonomy.builder()
        .add(concept("ExplorationExpense", ItemType.MONETARY, PeriodType.DURATION, Balance.DEBIT,
            label("Exploration")))
        .add(concept("InterestIncome", ItemType.MONETARY, PeriodType.DURATION, Balance.CREDIT,
            label("Interest income"), negated("Interest income", "Results of Operations")))
        .add(concept("Revenues", ItemType.MONETARY, PeriodType.DURATION, Balance.CREDIT,
            label("Total Revenues")))
        .add(concept("ImpairmentOfMineralPropertyInterests", ItemType.MONETARY, PeriodType.DURATION, Balance.DEBIT,
            label("Impairment of mineral property interests")))
        .add(concept("NetIncomeLoss", ItemType.MONETARY, PeriodType.DURATION, Balance.CREDIT,
            label("Net loss"), negated("Net loss", "Results of Operations")))
        .add(concept("NetLossPerShare", ItemType.PER_SHARE, PeriodType.DURATION, Balance.CREDIT,
            label("Net loss per share, basic and diluted")))
        .add(concept("WorkingCapital", ItemType.MONETARY, PeriodType.INSTANT, Balance.DEBIT,
            label("Working capital")))
        .add(concept("MineralPropertyExpenditures", ItemType.MONETARY, PeriodType.DURATION, Balance.DEBIT,
            label("Total costs"), member("US", "Region", "US", "Mineral Properties"),
            member("Mongolia", "Region", "Mongolia", "Mineral Properties")))
        .add(concept("SharesIssued", ItemType.SHARES, PeriodType.DURATION, Balance.NONE,
            label("Private placement", "Financing")))
        .add(concept("ProceedsFromIssuanceOfShares", ItemType.MONETARY, PeriodType.DURATION, Balance.DEBIT,
            label("Private placement", "Financing")))
        .add(concept("ContractualObligations", ItemType.MONETARY, PeriodType.INSTANT, Balance.CREDIT,
            label("Office leases"), label("Total", "Commitments")))
        .add(new Axis("Region", ImmutableList.of(
            axisMember("US", "US"), axisMember("Mongolia", "Mongolia"), axisMember("Other", "Other"))))
        .add(new Axis("ObligationTerm", ImmutableList.of(
            axisMember("LessThanOneYear", "Less than 1 Year"),
            axisMember("OneToThreeYears", "1-3 Years"),
            axisMember("ThreeToFiveYears", "3-5 Years"))));
  }

  public static Taxonomy entree() {
    return builder().defaultEntity("Entrée Gold Inc.").build();
  }

  public static Taxonomy withFiscalYearEnd(MonthDay end) {
    return builder().fiscalYearEnd(end).build();
  }

  public static List<String> names(List<tieout.ledger.Fact> facts) {
    return facts.stream().map(f -> f.concept().name()).toList();
  }
}
