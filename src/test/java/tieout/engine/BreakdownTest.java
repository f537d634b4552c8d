package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.ledger;
import static tieout.engine.Fixtures.lines;
import static tieout.engine.Fixtures.operands;
import static tieout.engine.Fixtures.q;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Label;
import tieout.taxonomy.Taxonomy;

/**
 * {@code breakdown MineralPropertyExpenditures by Region}, on Entrée Gold's 2012 and 2013 figures.
 */
class BreakdownTest {
  private static final Concept COSTS = Fixtures.flow("MineralPropertyExpenditures");
  private static final Taxonomy TAXONOMY =
      Taxonomy.builder()
          .add(COSTS)
          .add(
              new Axis(
                  "Region", ImmutableList.of(member("US"), member("Mongolia"), member("Other"))))
          .build();
  private static final Rule.Breakdown BY_REGION =
      new Rule.Breakdown(header("MP-REGION"), COSTS, "Region");

  private static Axis.Member member(String name) {
    return new Axis.Member(name, ImmutableList.of(Label.plain(name)));
  }

  private static Dimensions region(String member) {
    return Dimensions.of("Region", member);
  }

  @Test
  void regionsTieToTheTotalEachYear() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, year(2013), region("US"), "3940264", "B4"),
                fact(COSTS, year(2013), region("Mongolia"), "1355493", "B5"),
                fact(COSTS, year(2013), region("Other"), "807235", "B6"),
                fact(COSTS, year(2013), Dimensions.NONE, "6102992", "B7"),
                fact(COSTS, year(2012), region("US"), "5857999", "C4"),
                fact(COSTS, year(2012), region("Mongolia"), "1964883", "C5"),
                fact(COSTS, year(2012), region("Other"), "411472", "C6"),
                fact(COSTS, year(2012), Dimensions.NONE, "8234354", "C7")),
            BY_REGION);
    assertThat(
        lines(findings, "MP-REGION"),
        contains(
            "PASS 2012-01-01/2012-12-31: 8234354 vs 8234354, variance 0, tolerance 2",
            "PASS 2013-01-01/2013-12-31: 6102992 vs 6102992, variance 0, tolerance 2"));
  }

  @Test
  void membersAreListedInTaxonomyOrderAfterTheTotal() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, year(2013), region("Other"), "807253", "B6"),
                fact(COSTS, year(2013), region("US"), "3940264", "B4"),
                fact(COSTS, year(2013), Dimensions.NONE, "6102992", "B7"),
                fact(COSTS, year(2013), region("Mongolia"), "1355493", "B5")),
            BY_REGION);
    assertThat(
        lines(findings, "MP-REGION"),
        contains("FAIL 2013-01-01/2013-12-31: 6102992 vs 6103010, variance -18, tolerance 2"));
    assertThat(
        operands(findings.get(0)),
        is("REPORTED 1 B7, COMPUTED 1 B4, COMPUTED 1 B5, COMPUTED 1 B6"));
  }

  @Test
  void undeclaredMembersComeLastInTheOrderFirstSeen() {
    // Canada and Chile are no members of the taxonomy's Region axis: after US, Mongolia and Other,
    // as the ledger has them (Chile before Canada), however the facts arrive otherwise.
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, year(2013), region("Chile"), "20", "B9"),
                fact(COSTS, year(2013), region("Other"), "3", "B6"),
                fact(COSTS, year(2013), region("Canada"), "10", "B8"),
                fact(COSTS, year(2013), Dimensions.NONE, "40", "B7"),
                fact(COSTS, year(2013), region("US"), "7", "B4")),
            BY_REGION);
    assertThat(
        operands(findings.get(0)),
        is("REPORTED 1 B7, COMPUTED 1 B4, COMPUTED 1 B6, COMPUTED 1 B9, COMPUTED 1 B8"));
    assertThat(
        lines(findings, "MP-REGION"),
        contains("PASS 2013-01-01/2013-12-31: 40 vs 40, variance 0, tolerance 2.5"));
  }

  @Test
  void membersNotReportedContributeNothing() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, year(2013), region("US"), "3940264", "B4"),
                fact(COSTS, year(2013), Dimensions.NONE, "3940264", "B7")),
            BY_REGION);
    assertThat(
        lines(findings, "MP-REGION"),
        contains("PASS 2013-01-01/2013-12-31: 3940264 vs 3940264, variance 0, tolerance 1"));
  }

  @Test
  void missingTotalIsNotEvaluated() {
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, year(2013), region("US"), "3940264", "B4"),
                fact(COSTS, year(2013), region("Mongolia"), "1355493", "B5")),
            BY_REGION);
    assertThat(
        lines(findings, "MP-REGION"),
        contains(
            "NOT_EVALUATED 2013-01-01/2013-12-31: "
                + "total MineralPropertyExpenditures not reported for 2013-01-01/2013-12-31"));
    assertThat(operands(findings.get(0)), is("COMPUTED 1 B4, COMPUTED 1 B5"));
  }

  @Test
  void otherAxesStayInTheContext() {
    Dimensions usMining = Dimensions.of(Map.of("Region", "US", "Segment", "Mining"));
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, year(2013), usMining, "100", "B4"),
                fact(COSTS, year(2013), Dimensions.of("Segment", "Mining"), "100", "B7"),
                fact(COSTS, year(2013), Dimensions.NONE, "999", "B8")),
            BY_REGION);
    assertThat(
        lines(findings, "MP-REGION"),
        contains(
            "PASS 2013-01-01/2013-12-31 [Segment=Mining]: 100 vs 100, variance 0, tolerance 1"));
  }

  @Test
  void periodFilterLimitsTheContextsChecked() {
    Rule.Breakdown yearsOnly =
        new Rule.Breakdown(header("MP-Y", Materiality.NONE, PeriodFilter.YEARS), COSTS, "Region");
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger(
                fact(COSTS, q(2013, 1), region("US"), "5", "B4"),
                fact(COSTS, year(2013), region("US"), "3940264", "C4"),
                fact(COSTS, year(2013), Dimensions.NONE, "3940264", "C7")),
            yearsOnly);
    assertThat(
        lines(findings, "MP-Y"),
        contains("PASS 2013-01-01/2013-12-31: 3940264 vs 3940264, variance 0, tolerance 1"));
  }
}
