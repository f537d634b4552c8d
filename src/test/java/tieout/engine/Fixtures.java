package tieout.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.rules.Comparison;
import tieout.rules.LinearExpr;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.Severity;
import tieout.rules.SourcePos;
import tieout.rules.Term;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/** Hand-built concepts, facts, rules and a one-line rendering of findings for engine tests. */
final class Fixtures {
  private Fixtures() {}

  static final String ENTITY = "Entrée Gold Inc.";

  static Concept flow(String name) {
    return Concept.of(name, PeriodType.DURATION, ItemType.MONETARY, Balance.DEBIT);
  }

  static Concept balance(String name) {
    return Concept.of(name, PeriodType.INSTANT, ItemType.MONETARY, Balance.CREDIT);
  }

  static Taxonomy taxonomy(Concept... concepts) {
    Taxonomy.Builder b = Taxonomy.builder();
    for (Concept c : concepts) {
      b.add(c);
    }
    return b.build();
  }

  static Taxonomy taxonomy(MonthDay fiscalYearEnd, Concept... concepts) {
    Taxonomy.Builder b = Taxonomy.builder().fiscalYearEnd(fiscalYearEnd);
    for (Concept c : concepts) {
      b.add(c);
    }
    return b.build();
  }

  /** Calendar quarter {@code k} of {@code year}. */
  static Period.Duration q(int year, int k) {
    return Period.quarterEnding(year, 3 * k);
  }

  static Period.Duration year(int year) {
    return Period.duration(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  static Period.Duration months(String start, String end) {
    return Period.duration(LocalDate.parse(start), LocalDate.parse(end));
  }

  static Period.Instant at(String date) {
    return Period.instant(LocalDate.parse(date));
  }

  /** A whole-unit fact (decimals 0) printed in cell {@code cell} of sheet "S" of t.xlsx. */
  static Fact fact(Concept c, Period p, String value, String cell) {
    return fact(c, p, value, Decimals.WHOLE, cell);
  }

  static Fact fact(Concept c, Period p, String value, Decimals decimals, String cell) {
    return new Fact(
        c,
        ENTITY,
        p,
        Unit.USD,
        decimals,
        Dimensions.NONE,
        Optional.of(new BigDecimal(value)),
        SourceRef.cell("t.xlsx", "S", cell));
  }

  static Fact fact(Concept c, Period p, Dimensions dims, String value, String cell) {
    return new Fact(
        c,
        ENTITY,
        p,
        Unit.USD,
        Decimals.WHOLE,
        dims,
        Optional.of(new BigDecimal(value)),
        SourceRef.cell("t.xlsx", "S", cell));
  }

  static Fact fact(Concept c, String entity, Period p, Unit unit, String value, String cell) {
    return new Fact(
        c,
        entity,
        p,
        unit,
        Decimals.WHOLE,
        Dimensions.NONE,
        Optional.of(new BigDecimal(value)),
        SourceRef.cell("t.xlsx", "S", cell));
  }

  static Fact nil(Concept c, Period p, String cell) {
    return new Fact(
        c,
        ENTITY,
        p,
        Unit.USD,
        Decimals.WHOLE,
        Dimensions.NONE,
        Optional.empty(),
        SourceRef.cell("t.xlsx", "S", cell));
  }

  static Ledger ledger(Fact... facts) {
    return Ledger.builder().addAll(List.of(facts)).build();
  }

  static Rule.Header header(String id) {
    return header(id, Materiality.NONE, PeriodFilter.ALL);
  }

  static Rule.Header header(String id, Materiality materiality, PeriodFilter filter) {
    return new Rule.Header(
        id,
        Severity.ERROR,
        "message of " + id,
        materiality,
        filter,
        new SourcePos("rules/test.rules", 1, 6, "rule " + id));
  }

  static Rule.Summation sum(Rule.Header header, Concept total, Term... items) {
    return new Rule.Summation(header, total, ImmutableList.copyOf(items));
  }

  static Rule.Rollup rollup(Rule.Header header, Concept... concepts) {
    return new Rule.Rollup(header, ImmutableList.copyOf(concepts), false);
  }

  static Rule.Rollup rollupAllAdditive(Rule.Header header) {
    return new Rule.Rollup(header, ImmutableList.of(), true);
  }

  static Rule.Assertion assertion(
      Rule.Header header, LinearExpr left, Comparison op, LinearExpr right) {
    return new Rule.Assertion(header, left, op, right);
  }

  static Rule.Rollforward rollforward(Rule.Header header, Concept balance, Term... flows) {
    return new Rule.Rollforward(header, balance, ImmutableList.copyOf(flows));
  }

  static LinearExpr expr(String constant, Term... terms) {
    return new LinearExpr(ImmutableList.copyOf(terms), new BigDecimal(constant));
  }

  static Term term(String weight, Concept c) {
    return new Term(new BigDecimal(weight), c);
  }

  /**
   * Every finding of {@code rules} over {@code ledger}, as a run gives them (the fast judges); first
   * asserting that the general judges give the same findings, so that every case tests both.
   */
  static ImmutableList<Finding> check(Taxonomy taxonomy, Ledger ledger, Rule... rules) {
    RuleSet ruleSet = new RuleSet(taxonomy, ImmutableList.copyOf(rules));
    ImmutableList<Finding> fast = Reconciler.check(ruleSet, ledger);
    assertSameFindings(Reconciler.check(ruleSet, ledger, GeneralJudges.GENERAL), fast);
    return fast;
  }

  /** Equal lists; on a difference, the first finding that differs rather than both lists. */
  static void assertSameFindings(List<Finding> general, List<Finding> fast) {
    for (int i = 0; i < Math.min(general.size(), fast.size()); i++) {
      assertEquals(general.get(i), fast.get(i), "finding " + i + " (general judge, then fast)");
    }
    assertEquals(general.size(), fast.size(), "number of findings (general judge, then fast)");
  }

  /** Findings of one rule only (drops the built-in DUPLICATE findings). */
  static List<String> lines(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).map(Fixtures::line).toList();
  }

  /**
   * {@code FAIL 2013-01-01/2013-12-31: 5808316 vs 6102992, variance -294676, tolerance 2.5} or
   * {@code NOT_EVALUATED 2013-03-31: <reason>}; dimensions in brackets after the period.
   */
  static String line(Finding f) {
    String where = f.period() + (f.dimensions().isEmpty() ? "" : " [" + f.dimensions() + "]");
    if (f.status() == Status.NOT_EVALUATED) {
      return f.status() + " " + where + ": " + f.reason().orElseThrow();
    }
    return f.status()
        + " "
        + where
        + ": "
        + f.reported().orElseThrow().toPlainString()
        + " vs "
        + f.computed().orElseThrow().toPlainString()
        + ", variance "
        + f.variance().orElseThrow().toPlainString()
        + ", tolerance "
        + f.tolerance().orElseThrow().toPlainString();
  }

  /** {@code REPORTED 1 C7, COMPUTED -1 D7}: side, weight and cell of each operand. */
  static String operands(Finding f) {
    return f.operands().stream()
        .map(
            o ->
                o.side()
                    + " "
                    + o.weight().toPlainString()
                    + " "
                    + o.fact().source().cell().orElseThrow())
        .collect(Collectors.joining(", "));
  }
}
