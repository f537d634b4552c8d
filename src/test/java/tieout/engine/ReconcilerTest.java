package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static tieout.engine.Fixtures.at;
import static tieout.engine.Fixtures.check;
import static tieout.engine.Fixtures.fact;
import static tieout.engine.Fixtures.header;
import static tieout.engine.Fixtures.q;
import static tieout.engine.Fixtures.rollup;
import static tieout.engine.Fixtures.sum;
import static tieout.engine.Fixtures.year;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.ledger.Ledger;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/**
 * The order of findings: rules as declared, DUPLICATE last; entity, period, dimensions within a
 * rule.
 */
class ReconcilerTest {
  private static final Concept TOTAL = Fixtures.flow("Total");
  private static final Concept A = Fixtures.flow("A");
  private static final Concept CASH = Fixtures.balance("Cash");
  private static final Taxonomy TAXONOMY = Fixtures.taxonomy(TOTAL, A, CASH);

  private static String where(Finding f) {
    return f.rule()
        + " "
        + f.entity()
        + " "
        + f.period()
        + (f.dimensions().isEmpty() ? "" : " " + f.dimensions());
  }

  @Test
  void findingsAreOrderedByRuleThenEntityPeriodAndDimensions() {
    Ledger ledger =
        Ledger.builder()
            .addAll(
                List.of(
                    fact(A, "B Corp", q(2013, 1), Unit.USD, "1", "B1"),
                    fact(A, "A Corp", q(2013, 4), Unit.USD, "1", "B2"),
                    fact(A, "A Corp", year(2013), Unit.USD, "1", "B3"),
                    fact(A, "A Corp", q(2013, 1), Unit.USD, "1", "B4"),
                    fact(A, "A Corp", year(2012), Unit.USD, "1", "B5"),
                    fact(A, q(2013, 1), Dimensions.of("Region", "US"), "1", "B6"),
                    fact(A, q(2013, 1), Dimensions.of("Region", "Mongolia"), "1", "B7"),
                    fact(A, q(2013, 1), Dimensions.NONE, "1", "B8"),
                    fact(CASH, "A Corp", at("2013-12-31"), Unit.USD, "5", "B9"),
                    fact(CASH, "A Corp", at("2013-12-31"), Unit.USD, "5", "C9"),
                    fact(CASH, "A Corp", at("2012-12-31"), Unit.USD, "5", "B10"),
                    fact(CASH, "A Corp", at("2012-12-31"), Unit.USD, "5", "C10")))
            .build();
    ImmutableList<Finding> findings =
        check(
            TAXONOMY,
            ledger,
            sum(header("SECOND"), TOTAL, Term.plus(A)),
            rollup(header("FIRST"), CASH));
    assertThat(
        findings.stream().map(ReconcilerTest::where).toList(),
        contains(
            "SECOND A Corp 2012-01-01/2012-12-31",
            "SECOND A Corp 2013-01-01/2013-03-31",
            "SECOND A Corp 2013-01-01/2013-12-31",
            "SECOND A Corp 2013-10-01/2013-12-31",
            "SECOND B Corp 2013-01-01/2013-03-31",
            "SECOND Entrée Gold Inc. 2013-01-01/2013-03-31",
            "SECOND Entrée Gold Inc. 2013-01-01/2013-03-31 Region=Mongolia",
            "SECOND Entrée Gold Inc. 2013-01-01/2013-03-31 Region=US",
            "FIRST A Corp 2012-12-31",
            "FIRST A Corp 2013-12-31",
            "DUPLICATE A Corp 2012-12-31",
            "DUPLICATE A Corp 2013-12-31"));
  }

  @Test
  void checksOfOneContextKeepTheRulesConceptOrder() {
    Concept b = Fixtures.flow("B");
    Taxonomy taxonomy = Fixtures.taxonomy(A, b);
    Ledger ledger =
        Fixtures.ledger(
            fact(A, year(2013), "4", "B1"),
            fact(b, year(2013), "4", "B2"),
            fact(A, q(2013, 1), "1", "C1"),
            fact(b, q(2013, 1), "1", "C2"));
    ImmutableList<Finding> findings = check(taxonomy, ledger, rollup(header("R"), b, A));
    assertThat(
        findings.stream().map(f -> f.reason().orElseThrow().substring(0, 30)).toList(),
        contains("Q2 2013-04-01/2013-06-30 of B ", "Q2 2013-04-01/2013-06-30 of A "));
  }

  @Test
  void emptyLedgerHasNoFindings() {
    assertThat(
        check(TAXONOMY, Ledger.builder().build(), sum(header("S"), TOTAL, Term.plus(A))).isEmpty(),
        is(true));
  }
}
