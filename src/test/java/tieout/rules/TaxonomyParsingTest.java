package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/** Taxonomy declarations: entity, fiscal year end, axes and members, concepts and their labels. */
class TaxonomyParsingTest {
  private static Taxonomy taxonomy(String text) {
    return RulesLoader.parse(Map.of("rules/t.taxonomy", text)).taxonomy();
  }

  @Test
  void conceptWithLabelsNegatedMemberAndScope() {
    Taxonomy t =
        taxonomy(
            """
            axis Region
              member US "US"
            concept InterestIncome monetary duration credit
              label "Interest income"
              label "Interest income" negated in "Results of Operations"
              label "US interest" in "Quarterly" member Region=US negated
            """);
    Concept c = t.concept("InterestIncome").orElseThrow();
    assertThat(
        c,
        is(
            new Concept(
                "InterestIncome",
                PeriodType.DURATION,
                ItemType.MONETARY,
                Balance.CREDIT,
                true,
                ImmutableList.of(
                    Label.plain("Interest income"),
                    new Label("Interest income", Optional.of("Results of Operations"), true, Dimensions.NONE),
                    new Label("US interest", Optional.of("Quarterly"), true, Dimensions.of("Region", "US"))))));
  }

  @Test
  void labelWithMembersOfTwoAxes() {
    Taxonomy t =
        taxonomy(
            """
            concept Costs monetary duration debit
              label "US mining" member Region=US Segment=Mining
              label "US other" member Segment=Other member Region=US
            axis Segment
              member Mining "Mining"
              member Other "Other"
            axis Region
              member US "US"
            """);
    ImmutableList<Label> labels = t.concept("Costs").orElseThrow().labels();
    assertThat(labels.get(0).member(), is(Dimensions.of(Map.of("Region", "US", "Segment", "Mining"))));
    assertThat(labels.get(1).member(), is(Dimensions.of(Map.of("Region", "US", "Segment", "Other"))));
  }

  @Test
  void axisMembersWithCaptionsScopesAndRepeatedMemberLines() {
    Taxonomy t =
        taxonomy(
            """
            axis Maturity
              member Within1Year "Less than 1 year" "Within 1 Year"
              member Years1To3 "1-3 Years" in "Commitments"
              member Within1Year "< 1 year" in "Commitments"
            """);
    assertThat(
        t.axis("Maturity").orElseThrow(),
        is(
            new Axis(
                "Maturity",
                ImmutableList.of(
                    new Axis.Member(
                        "Within1Year",
                        ImmutableList.of(
                            Label.plain("Less than 1 year"),
                            Label.plain("Within 1 Year"),
                            new Label("< 1 year", Optional.of("Commitments"), false, Dimensions.NONE))),
                    new Axis.Member(
                        "Years1To3",
                        ImmutableList.of(
                            new Label("1-3 Years", Optional.of("Commitments"), false, Dimensions.NONE)))))));
  }

  @ParameterizedTest(name = "{0} {1} {2}: additive={3}")
  @CsvSource({
    "monetary, duration, '', true",
    "shares, instant, '', true",
    "per-share, duration, '', false",
    "percent, duration, '', false",
    "per-share, duration, additive, true",
    "monetary, duration, non-additive, false",
  })
  void additivityDefaultsByItemType(String itemType, String periodType, String additivity, boolean additive) {
    String text = "concept C " + itemType + " " + periodType + " " + additivity + "\n";
    Concept c = taxonomy(text).concept("C").orElseThrow();
    assertThat(c.additive(), is(additive));
    assertThat(c.itemType(), is(ItemType.fromKeyword(itemType)));
    assertThat(c.periodType().name().toLowerCase(java.util.Locale.ROOT), is(periodType));
    assertThat(c.balance(), is(Balance.NONE));
  }

  @Test
  void balanceAndAdditivityTogether() {
    Concept c = taxonomy("concept Debt monetary instant credit non-additive").concept("Debt").orElseThrow();
    assertThat(c.balance(), is(Balance.CREDIT));
    assertThat(c.additive(), is(false));
    assertThat(c.periodType(), is(PeriodType.INSTANT));
  }

  @Test
  void undeclaredCaptionsAreRefusedUnlessTheTaxonomyAdoptsThem() {
    assertThat(taxonomy("concept Assets monetary instant debit\n").adoptsUndeclaredCaptions(), is(false));
    assertThat(taxonomy("undeclared-captions adopt\n").adoptsUndeclaredCaptions(), is(true));
    assertThat(taxonomy("undeclared-captions refuse\n").adoptsUndeclaredCaptions(), is(false));
  }

  @ParameterizedTest(name = "fiscal-year-end {0}")
  @CsvSource({
    "December 31, 12, 31",
    "december 31, 12, 31",
    "Dec 31, 12, 31",
    "Dec. 31, 12, 31",
    "03-31, 3, 31",
    "Sept 30, 9, 30",
    "June 30, 6, 30",
    "2-28, 2, 28",
  })
  void fiscalYearEnd(String written, int month, int day) {
    assertThat(taxonomy("fiscal-year-end " + written).fiscalYearEnd(), is(MonthDay.of(month, day)));
  }

  @Test
  void fiscalYearEndDefaultsToDecember31AndEntityToNone() {
    Taxonomy t = taxonomy("concept A monetary duration");
    assertThat(t.fiscalYearEnd(), is(MonthDay.of(12, 31)));
    assertThat(t.defaultEntity(), is(Optional.empty()));
  }

  @Test
  void entityWithEscapesAndAccents() {
    assertThat(
        taxonomy("entity \"Entrée \\\"Gold\\\" Inc. \\\\ Ltd\"").defaultEntity(),
        is(Optional.of("Entrée \"Gold\" Inc. \\ Ltd")));
  }

  @Test
  void commentsAndCrlfLineEndsAreIgnored() {
    Taxonomy t =
        taxonomy(
            "# header\r\nconcept A monetary duration # the A\r\n  label \"A # not a comment\"\r\n");
    assertThat(t.concept("A").orElseThrow().labels(), contains(Label.plain("A # not a comment")));
  }

  @Test
  void indentedDeclarationKeywordStillStartsADeclaration() {
    Taxonomy t = taxonomy("concept A monetary duration\n   concept B shares instant\n");
    assertThat(t.concepts().keySet(), contains("A", "B"));
  }
}
