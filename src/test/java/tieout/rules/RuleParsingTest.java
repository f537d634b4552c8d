package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static tieout.rules.RuleTexts.linear;
import static tieout.rules.RuleTexts.terms;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Taxonomy;

/** A full example folder (taxonomy and rules) read into the exact rule AST. */
class RuleParsingTest {
  private static final String RULES = "src/test/resources/rules/ok/entree.rules";
  private static RuleSet set;
  private static Taxonomy taxonomy;

  @BeforeAll
  static void load() {
    set = RulesLoader.load(Path.of("src/test/resources/rules/ok"));
    taxonomy = set.taxonomy();
  }

  private static Concept concept(String name) {
    return taxonomy.concept(name).orElseThrow();
  }

  private static SourcePos at(int line, String lineText) {
    return new SourcePos(RULES, line, 6, lineText);
  }

  @Test
  void readsEveryRuleInDeclarationOrder() {
    assertThat(
        set.rules().stream().map(Rule::id).toList(),
        contains("IS-Q2Y", "IS-NL-Q", "MP-REGION", "BS-DEFICIT", "BS-TIE", "BS-HALF", "SH-ROLL"));
  }

  @Test
  void rollupOfAllAdditive() {
    Rule.Rollup rule = (Rule.Rollup) set.rules().get(0);
    assertThat(
        rule.header(),
        is(
            new Rule.Header(
                "IS-Q2Y",
                Severity.ERROR,
                "The quarters sum to the year",
                Materiality.NONE,
                PeriodFilter.ALL,
                at(9, "rule IS-Q2Y error \"The quarters sum to the year\""))));
    assertThat(rule.allAdditive(), is(true));
    assertThat(rule.concepts(), is(empty()));
  }

  @Test
  void summationWithQuarterFilter() {
    Rule.Summation rule = (Rule.Summation) set.rules().get(1);
    assertThat(
        rule.header(),
        is(
            new Rule.Header(
                "IS-NL-Q",
                Severity.ERROR,
                "Quarterly net loss is loss from operations plus other items",
                Materiality.NONE,
                PeriodFilter.QUARTERS,
                at(12, "rule IS-NL-Q \"Quarterly net loss is loss from operations plus other items\""))));
    assertThat(rule.total(), is(concept("NetIncomeLoss")));
    assertThat(terms(rule.items()), is("1*OperatingIncomeLoss, 1*InterestIncome, -1*InterestExpense"));
  }

  @Test
  void breakdownWithAbsoluteMaterialityAndYearFilter() {
    Rule.Breakdown rule = (Rule.Breakdown) set.rules().get(2);
    assertThat(rule.header().severity(), is(Severity.WARNING));
    assertThat(rule.header().filter(), is(PeriodFilter.YEARS));
    assertThat(rule.header().materiality(), instanceOf(Materiality.Absolute.class));
    assertThat(((Materiality.Absolute) rule.header().materiality()).amount(), comparesEqualTo(new BigDecimal("1000")));
    assertThat(rule.total(), is(concept("MineralPropertyExpenditures")));
    assertThat(rule.axis(), is("Region"));
  }

  @Test
  void rollforwardByNegatedFlow() {
    Rule.Rollforward rule = (Rule.Rollforward) set.rules().get(3);
    assertThat(rule.balance(), is(concept("AccumulatedDeficit")));
    assertThat(terms(rule.flows()), is("-1*NetIncomeLoss"));
    assertThat(rule.header().filter(), is(PeriodFilter.ALL));
  }

  @Test
  void assertionWithRelativeMateriality() {
    Rule.Assertion rule = (Rule.Assertion) set.rules().get(4);
    assertThat(
        rule.header(),
        is(
            new Rule.Header(
                "BS-TIE",
                Severity.WARNING,
                "Total assets equal liabilities and equity",
                new Materiality.Relative(new BigDecimal("0.5")),
                PeriodFilter.INSTANTS,
                at(21, "rule BS-TIE warning \"Total assets equal liabilities and equity\" within 0.5%"))));
    assertThat(linear(rule.left()), is("[1*Assets] + 0"));
    assertThat(rule.op(), is(Comparison.EQ));
    assertThat(linear(rule.right()), is("[1*Liabilities, 1*StockholdersEquity] + 0"));
  }

  @Test
  void assertionFoldsProductsQuotientsAndRepeats() {
    Rule.Assertion rule = (Rule.Assertion) set.rules().get(5);
    assertThat(linear(rule.left()), is("[2*StockholdersEquity] + 20"));
    assertThat(rule.op(), is(Comparison.LE));
    assertThat(linear(rule.right()), is("[1*Assets, 0.75*Liabilities] + 0"));
    assertThat(rule.left().toString(), is("2 * StockholdersEquity + 20"));
  }

  @Test
  void namedRollupKeepsEachConceptOnce() {
    Rule.Rollup rule = (Rule.Rollup) set.rules().get(6);
    assertThat(rule.allAdditive(), is(false));
    assertThat(rule.concepts(), contains(concept("SharesOutstanding"), concept("ExplorationExpense")));
    assertThat(rule.header().pos().line(), is(27));
  }

  @Test
  void conceptsFromBothFilesInReadingOrder() {
    assertThat(
        List.copyOf(taxonomy.concepts().keySet()),
        contains(
            "ExplorationExpense", "InterestIncome", "MineralPropertyExpenditures", "NetLossPerShare",
            "SharesOutstanding", "GrossMargin", "OperatingIncomeLoss", "NetIncomeLoss", "InterestExpense",
            "Assets", "Liabilities", "StockholdersEquity", "AccumulatedDeficit"));
  }
}
