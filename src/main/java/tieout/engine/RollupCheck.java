package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.ledger.ContextIds;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.FiscalCalendar;
import tieout.ledger.Hashes;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.rules.Rule;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
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

  /**
   * A twelve-month period's quarters and its six- and nine-month year-to-date periods, and their
   * numbers in a ledger's {@link ContextIds} (found once, on first use).
   */
  private static final class YearParts {
    private final Period.Duration[] quarters;
    private final Period.Duration six;
    private final Period.Duration nine;
    private ContextIds numbered;
    /** Period numbers of quarters 1-4 at [1..4], six months at [5], nine at [6]; -1: no fact. */
    private int[] ids;

    private YearParts(Period.Duration[] quarters, Period.Duration six, Period.Duration nine) {
      this.quarters = quarters;
      this.six = six;
      this.nine = nine;
    }

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

    Period.Duration six() {
      return six;
    }

    Period.Duration nine() {
      return nine;
    }

    private int[] ids(ContextIds numbers) {
      if (numbered != numbers) {
        ids = new int[7];
        ids[0] = -1;
        for (int k = 1; k <= 4; k++) {
          ids[k] = numbers.period(quarters[k]);
        }
        ids[5] = numbers.period(six);
        ids[6] = numbers.period(nine);
        numbered = numbers;
      }
      return ids;
    }

    /** Period numbers indexed by quarter, 1 to 4. */
    int[] quarterIds(ContextIds numbers) {
      return ids(numbers);
    }

    /** The numbers of every part: quarters, six and nine months (and -1, which no fact has). */
    int[] partIds(ContextIds numbers) {
      return ids(numbers);
    }

    /** The number of {@code part}, one of this year's. */
    int idOf(Period.Duration part, ContextIds numbers) {
      int[] known = ids(numbers);
      for (int k = 1; k <= 4; k++) {
        if (part == quarters[k]) {
          return known[k];
        }
      }
      return part == six ? known[5] : part == nine ? known[6] : numbers.period(part);
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
      if (!simple || !byNumbers(concept, ledger, evaluator, tie, findings)) {
        periodsBySeries(concept, ledger)
            .forEach(
                (series, periods) -> {
                  years(periods)
                      .forEach(
                          year -> findings.add(evaluator.evaluate(yearEquation(series, year))));
                  yearToDate(series, periods).forEach(e -> findings.add(evaluator.evaluate(e)));
                });
      }
    }
    return findings.build();
  }

  private static final BigDecimal[] ONES = {BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE};
  /** In a series' slots: a period printed twice, left to the evaluator; no period: absent. */
  private static final int SEVERAL = -2;
  private static final int ABSENT = -1;

  /**
   * The same checks as the general way for one duration concept, from the facts grouped by series
   * by number ({@link ContextIds}): each series' facts in a run, each period's fact found through
   * an array indexed by period number. Common checks are judged by {@link SimpleTie}, the rest by
   * the evaluator. False, having added nothing, when the concept has a nil fact: those few ledgers
   * go the general way.
   */
  private boolean byNumbers(
      Concept concept, Ledger ledger, EquationEvaluator evaluator, SimpleTie tie,
      ImmutableList.Builder<Finding> findings) {
    ContextIds ids = ledger.contextIds();
    List<Fact> facts = ledger.facts();
    int[] positions = ledger.positionsOf(concept);
    // Series in the order first reported, and each fact's place in its series' run.
    int[] rankOf = new int[ids.seriesCount()];
    Arrays.fill(rankOf, -1);
    int[] seriesAt = new int[16];
    int[] counts = new int[16];
    int series = 0;
    for (int position : positions) {
      Fact fact = facts.get(position);
      if (fact.isNil()) {
        return false;
      }
      if (!(fact.period() instanceof Period.Duration)) {
        continue;
      }
      int s = ids.seriesAt(position);
      if (rankOf[s] < 0) {
        if (series == seriesAt.length) {
          seriesAt = Arrays.copyOf(seriesAt, series * 2);
          counts = Arrays.copyOf(counts, series * 2);
        }
        seriesAt[series] = s;
        rankOf[s] = series++;
      }
      counts[rankOf[s]]++;
    }
    int[] start = new int[series + 1];
    for (int r = 0; r < series; r++) {
      start[r + 1] = start[r] + counts[r];
    }
    int[] run = new int[start[series]];
    int[] filled = Arrays.copyOf(start, series);
    for (int position : positions) {
      if (facts.get(position).period() instanceof Period.Duration) {
        run[filled[rankOf[ids.seriesAt(position)]]++] = position;
      }
    }
    // Per period number: the position of the series' fact, SEVERAL or ABSENT; reset after each.
    int[] slot = new int[ids.periodCount()];
    Arrays.fill(slot, ABSENT);
    int[] distinct = new int[16];
    Fact[] parts = new Fact[4];
    for (int r = 0; r < series; r++) {
      int n = 0;
      for (int i = start[r]; i < start[r + 1]; i++) {
        int position = run[i];
        int period = ids.periodAt(position);
        if (slot[period] == ABSENT) {
          slot[period] = position;
          if (n == distinct.length) {
            distinct = Arrays.copyOf(distinct, n * 2);
          }
          distinct[n++] = period;
        } else {
          slot[period] = SEVERAL;
        }
      }
      Series where = new Series(concept, ids.entity(seriesAt[r]), ids.dimensions(seriesAt[r]));
      for (Period.Duration year : years(ids, distinct, n, slot)) {
        YearParts yearParts = parts(year.start());
        int[] quarters = yearParts.quarterIds(ids);
        Finding finding = null;
        int total = slotOf(slot, ids.period(year));
        if (total >= 0
            && (parts[0] = single(facts, slot, quarters[1])) != null
            && (parts[1] = single(facts, slot, quarters[2])) != null
            && (parts[2] = single(facts, slot, quarters[3])) != null
            && (parts[3] = single(facts, slot, quarters[4])) != null) {
          finding = tie.judge(where.entity(), year, where.dimensions(), facts.get(total), parts, ONES, 4);
        }
        findings.add(finding != null ? finding : evaluator.evaluate(yearEquation(where, year)));
      }
      for (int i = 0; i < n; i++) {
        Period.Duration d = (Period.Duration) ids.period(distinct[i]);
        Period.Duration[] chain = chain(d, ids, slot);
        if (chain == null) {
          continue;
        }
        Finding finding = null;
        int total = slot[distinct[i]];
        if (total >= 0
            && (parts[0] = single(facts, slot, parts(d.start()).idOf(chain[0], ids))) != null
            && (parts[1] = single(facts, slot, parts(d.start()).idOf(chain[1], ids))) != null) {
          finding = tie.judge(where.entity(), d, where.dimensions(), facts.get(total), parts, ONES, 2);
        }
        findings.add(finding != null ? finding : evaluator.evaluate(chainEquation(where, d, chain)));
      }
      for (int i = 0; i < n; i++) {
        slot[distinct[i]] = ABSENT;
      }
    }
    return true;
  }

  /** The slot of a period number, ABSENT for a period no fact has (-1). */
  private static int slotOf(int[] slot, int period) {
    return period < 0 ? ABSENT : slot[period];
  }

  /** The one fact of a period number in the series, or null when none or several. */
  private static Fact single(List<Fact> facts, int[] slot, int period) {
    int position = slotOf(slot, period);
    return position >= 0 ? facts.get(position) : null;
  }

  /** {@link #years(Set)} for a series given by period numbers: the same years, in the same order. */
  private Set<Period.Duration> years(ContextIds ids, int[] distinct, int n, int[] slot) {
    Set<Period.Duration> years = new LinkedHashSet<>();
    boolean named = !rule.allAdditive();
    for (int i = 0; i < n; i++) {
      Period.Duration d = (Period.Duration) ids.period(distinct[i]);
      if (d.isYear() && (named || hasPartInside(d, ids, slot))) {
        years.add(d);
      }
    }
    if (named) {
      for (int i = 0; i < n; i++) {
        Period.Duration d = (Period.Duration) ids.period(distinct[i]);
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

  /** {@link #hasPartInside(Period.Duration, Set)} by period numbers. */
  private boolean hasPartInside(Period.Duration year, ContextIds ids, int[] slot) {
    int[] partIds = parts(year.start()).partIds(ids);
    for (int id : partIds) {
      if (slotOf(slot, id) != ABSENT) {
        return true;
      }
    }
    return false;
  }

  /** {@link #chain(Period.Duration, Set)} by period numbers. */
  private Period.Duration[] chain(Period.Duration d, ContextIds ids, int[] slot) {
    Period.Duration[] chain = chainParts(d);
    if (chain == null) {
      return null;
    }
    YearParts parts = parts(d.start());
    return slotOf(slot, parts.idOf(chain[0], ids)) != ABSENT && slotOf(slot, parts.idOf(chain[1], ids)) != ABSENT
        ? chain
        : null;
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
    Period.Duration[] chain = chainParts(d);
    return chain != null && periods.contains(chain[0]) && periods.contains(chain[1]) ? chain : null;
  }

  /**
   * For a 6-, 9- or 12-month period from the start of a fiscal year, the figure before it in the
   * chain and its last quarter, reported or not; otherwise null.
   */
  private Period.Duration[] chainParts(Period.Duration d) {
    int months = d.months();
    if ((months != 6 && months != 9 && months != 12) || !calendar.startsYear(d.start())) {
      return null;
    }
    YearParts parts = parts(d.start());
    Period.Duration before = months == 6 ? parts.quarter(1) : months == 9 ? parts.six() : parts.nine();
    return new Period.Duration[] {before, parts.quarter(months / 3)};
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
