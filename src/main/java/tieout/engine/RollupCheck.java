package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.ledger.ContextKey;
import tieout.ledger.Dimensions;
import tieout.ledger.Fact;
import tieout.ledger.Hashes;
import tieout.ledger.Ledger;
import tieout.ledger.FiscalCalendar;
import tieout.ledger.Period;
import tieout.rules.Rule;
import tieout.taxonomy.Concept;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * {@code rollup quarters of ...}: the quarters of a year sum to the year and year-to-date figures
 * chain (6 = Q1 + Q2, 9 = 6 + Q3, 12 = 9 + Q4); for an instant concept, every printing of a balance
 * agrees (the Q4 closing balance is the year-end balance). A roll-up ignores period filters.
 *
 * <p>Years: each twelve-month figure of the concept with a quarter or year-to-date figure inside
 * it; when the concept is named, every twelve-month figure, and the fiscal year of each quarter
 * whose year was not reported (so that the missing year is reported as NOT_EVALUATED).
 */
final class RollupCheck implements Check {
  private static final String[] QUARTER_NAMES = {"", "Q1", "Q2", "Q3", "Q4"};

  private final Rule.Rollup rule;
  private final ImmutableList<Concept> concepts;
  private final FiscalCalendar calendar;
  /** Whether checks in the common form are judged by {@link SimpleTie} (false only in tests). */
  private final boolean simple;
  /** The parts of each year, by its first day: built once, not once per series (thousands). */
  private final Map<LocalDate, YearParts> partsByStart = new HashMap<>();

  /** A twelve-month period's quarters and its six- and nine-month year-to-date periods. */
  private record YearParts(Period.Duration[] quarters, Period.Duration six, Period.Duration nine) {
    static YearParts of(LocalDate start) {
      Period.Duration year = FiscalCalendar.firstMonths(start, 12);
      Period.Duration[] quarters = new Period.Duration[5];
      for (int k = 1; k <= 4; k++) {
        quarters[k] = FiscalCalendar.quarter(year, k);
      }
      return new YearParts(
          quarters, FiscalCalendar.firstMonths(start, 6), FiscalCalendar.firstMonths(start, 9));
    }

    Period.Duration quarter(int k) {
      return quarters[k];
    }
  }

  private YearParts parts(LocalDate yearStart) {
    return partsByStart.computeIfAbsent(yearStart, YearParts::of);
  }

  RollupCheck(Rule.Rollup rule, Taxonomy taxonomy, boolean simple) {
    this.rule = rule;
    this.simple = simple;
    this.concepts =
        rule.allAdditive()
            ? taxonomy.concepts().values().stream()
                .filter(Concept::addsAcrossPeriods)
                .collect(ImmutableList.toImmutableList())
            : rule.concepts();
    this.calendar = new FiscalCalendar(taxonomy.fiscalYearEnd());
  }

  /** The facts of one concept for one entity and dimensions: a series over periods. */
  private record Series(Concept concept, String entity, Dimensions dimensions) {
    @Override
    public int hashCode() {
      return Hashes.of(concept, entity, dimensions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Series s
          && concept.equals(s.concept) && entity.equals(s.entity) && dimensions.equals(s.dimensions);
    }

    Context at(Period period) {
      return new Context(entity, period, dimensions);
    }

    ContextKey key(Period period) {
      return new ContextKey(concept, entity, period, dimensions);
    }
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    EquationEvaluator evaluator = new EquationEvaluator(rule.header(), ledger);
    SimpleTie tie = new SimpleTie(rule.header());
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Concept concept : concepts) {
      if (concept.periodType() == PeriodType.INSTANT) {
        balances(concept, ledger, findings);
        continue;
      }
      Map<Series, Map<Period.Duration, Object>> bySeries = factsBySeries(concept, ledger);
      if (bySeries == null || !simple) {
        periodsBySeries(concept, ledger)
            .forEach(
                (series, periods) -> {
                  years(periods)
                      .forEach(
                          year -> findings.add(evaluator.evaluate(yearEquation(series, year))));
                  yearToDate(series, periods).forEach(e -> findings.add(evaluator.evaluate(e)));
                });
        continue;
      }
      Fact[] parts = new Fact[4];
      bySeries.forEach(
          (series, facts) -> {
            Set<Period.Duration> periods = facts.keySet();
            for (Period.Duration year : years(periods)) {
              YearParts yearParts = parts(year.start());
              Finding finding = null;
              if (facts.get(year) instanceof Fact total
                  && (parts[0] = single(facts, yearParts.quarter(1))) != null
                  && (parts[1] = single(facts, yearParts.quarter(2))) != null
                  && (parts[2] = single(facts, yearParts.quarter(3))) != null
                  && (parts[3] = single(facts, yearParts.quarter(4))) != null) {
                finding = tie.judge(series.at(year), total, parts, ONES, 4);
              }
              findings.add(finding != null ? finding : evaluator.evaluate(yearEquation(series, year)));
            }
            for (Period.Duration d : periods) {
              Period.Duration[] chain = chain(d, periods);
              if (chain == null) {
                continue;
              }
              Finding finding = null;
              if (facts.get(d) instanceof Fact total
                  && (parts[0] = single(facts, chain[0])) != null
                  && (parts[1] = single(facts, chain[1])) != null) {
                finding = tie.judge(series.at(d), total, parts, ONES, 2);
              }
              findings.add(finding != null ? finding : evaluator.evaluate(chainEquation(series, d, chain)));
            }
          });
    }
    return findings.build();
  }

  private static final BigDecimal[] ONES = {BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE};
  /** In {@link #factsBySeries}: a context printed twice, left to the evaluator. */
  private static final Object SEVERAL = new Object();

  /** The one fact printed for {@code period}, or null when none or several were. */
  private static Fact single(Map<Period.Duration, Object> facts, Period.Duration period) {
    return facts.get(period) instanceof Fact f ? f : null;
  }

  /**
   * One pass over the concept's facts: each series' durations in the order first reported, each
   * with its fact, or {@link #SEVERAL}. Null when the concept has a nil fact: those few ledgers go
   * the general way, which knows what a nil means in each place.
   */
  private static Map<Series, Map<Period.Duration, Object>> factsBySeries(Concept concept, Ledger ledger) {
    Map<Series, Map<Period.Duration, Object>> series = new LinkedHashMap<>();
    for (Fact fact : ledger.factsOf(concept)) {
      if (fact.isNil()) {
        return null;
      }
      if (fact.period() instanceof Period.Duration d) {
        series
            .computeIfAbsent(
                new Series(concept, fact.entity(), fact.dimensions()), s -> new LinkedHashMap<>())
            .merge(d, fact, (a, b) -> SEVERAL);
      }
    }
    return series;
  }

  /** One pass over the concept's facts: the durations reported, per entity and dimensions. */
  private static Map<Series, Set<Period.Duration>> periodsBySeries(Concept concept, Ledger ledger) {
    Map<Series, Set<Period.Duration>> series = new LinkedHashMap<>();
    for (Fact fact : ledger.factsOf(concept)) {
      if (!fact.isNil() && fact.period() instanceof Period.Duration d) {
        series
            .computeIfAbsent(
                new Series(concept, fact.entity(), fact.dimensions()), s -> new LinkedHashSet<>())
            .add(d);
      }
    }
    return series;
  }

  private Set<Period.Duration> years(Set<Period.Duration> periods) {
    Set<Period.Duration> years = new LinkedHashSet<>();
    boolean named = !rule.allAdditive();
    for (Period.Duration d : periods) {
      if (d.isYear() && (named || hasPartInside(d, periods))) {
        years.add(d);
      }
    }
    if (named) {
      for (Period.Duration d : periods) {
        if (d.isQuarter()) {
          Period.Duration year = calendar.yearContaining(d.end());
          if (FiscalCalendar.quarterOf(year, d).isPresent()) {
            years.add(year);
          }
        }
      }
    }
    return years;
  }

  /** Whether a quarter or a 6- or 9-month year-to-date figure of {@code year} was reported. */
  private boolean hasPartInside(Period.Duration year, Set<Period.Duration> periods) {
    YearParts parts = parts(year.start());
    for (int k = 1; k <= 4; k++) {
      if (periods.contains(parts.quarter(k))) {
        return true;
      }
    }
    return periods.contains(parts.six()) || periods.contains(parts.nine());
  }

  /** year = Q1 + Q2 + Q3 + Q4. */
  private Equation yearEquation(Series series, Period.Duration year) {
    List<Slot> slots = new ArrayList<>(5);
    slots.add(part(Operand.Side.REPORTED, series, "year", year));
    YearParts parts = parts(year.start());
    for (int k = 1; k <= 4; k++) {
      slots.add(part(Operand.Side.COMPUTED, series, QUARTER_NAMES[k], parts.quarter(k)));
    }
    return Equation.tie(series.at(year), slots);
  }

  /** YTD(n) = YTD(n - 3) + last quarter for 6, 9 and 12 months, where both parts were reported. */
  private List<Equation> yearToDate(Series series, Set<Period.Duration> periods) {
    List<Equation> equations = new ArrayList<>();
    for (Period.Duration d : periods) {
      Period.Duration[] chain = chain(d, periods);
      if (chain != null) {
        equations.add(chainEquation(series, d, chain));
      }
    }
    return equations;
  }

  /**
   * For a 6-, 9- or 12-month period from the start of a fiscal year, the figure before it in the
   * chain and its last quarter, when both were reported; otherwise null.
   */
  private Period.Duration[] chain(Period.Duration d, Set<Period.Duration> periods) {
    int months = d.months();
    if ((months != 6 && months != 9 && months != 12) || !calendar.startsYear(d.start())) {
      return null;
    }
    YearParts parts = parts(d.start());
    Period.Duration before = months == 6 ? parts.quarter(1) : months == 9 ? parts.six() : parts.nine();
    Period.Duration last = parts.quarter(months / 3);
    return periods.contains(before) && periods.contains(last) ? new Period.Duration[] {before, last} : null;
  }

  /** {@code d = chain[0] + chain[1]}: year-to-date n months = n - 3 months + the last quarter. */
  private static Equation chainEquation(Series series, Period.Duration d, Period.Duration[] chain) {
    int months = d.months();
    return Equation.tie(
        series.at(d),
        List.of(
            part(Operand.Side.REPORTED, series, months + " months", d),
            part(Operand.Side.COMPUTED, series, months == 6 ? "Q1" : (months - 3) + " months", chain[0]),
            part(Operand.Side.COMPUTED, series, "Q" + months / 3, chain[1])));
  }

  private static Slot part(Operand.Side side, Series series, String name, Period.Duration period) {
    return Slot.required(
        side,
        BigDecimal.ONE,
        series.key(period),
        () -> Reasons.partNotReported(name, period, series.concept()));
  }

  /** Instant concept: each context printed in two or more places must agree. */
  private void balances(Concept concept, Ledger ledger, ImmutableList.Builder<Finding> findings) {
    Map<ContextKey, List<Fact>> byKey = new LinkedHashMap<>();
    for (Fact fact : ledger.factsOf(concept)) {
      if (!fact.isNil()) {
        byKey.computeIfAbsent(fact.key(), k -> new ArrayList<>()).add(fact);
      }
    }
    byKey.forEach(
        (key, facts) -> {
          if (facts.stream().map(Fact::source).distinct().count() >= 2) {
            findings.add(Agreement.check(rule.header(), key, facts));
          }
        });
  }
}
