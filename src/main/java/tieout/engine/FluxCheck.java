package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.rules.FluxBasis;
import tieout.rules.Rule;
import tieout.taxonomy.Concept;

/**
 * {@code flux C yoy > 25% and > 1,000,000}: each reported figure of C for a comparable period
 * against the same period a year before. The finding's reported side is the current figure, its
 * computed side the comparative, its variance the change; it fails (is flagged) when |change|
 * exceeds both thresholds, so its tolerance is the larger of the two (the relative one taken of the
 * comparative's magnitude). Without a comparative it is NOT_EVALUATED. Thresholds apply to the
 * figures as printed: rounding does not move a figure across them.
 */
final class FluxCheck implements Check {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Rule.Flux rule;
  private final MonthDay fiscalYearEnd;

  FluxCheck(Rule.Flux rule, MonthDay fiscalYearEnd) {
    this.rule = rule;
    this.fiscalYearEnd = fiscalYearEnd;
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Concept concept : rule.concepts()) {
      Set<Context> contexts = new LinkedHashSet<>();
      for (Fact fact : ledger.factsOf(concept)) {
        if (!fact.isNil() && comparable(fact.period())) {
          contexts.add(Context.of(fact));
        }
      }
      for (Context where : contexts) {
        findings.add(compare(ledger, concept, where));
      }
    }
    return findings.build();
  }

  private Finding compare(Ledger ledger, Concept concept, Context where) {
    Figure current = Figure.resolve(ledger, where.key(concept));
    Period before = yearBefore(where.period());
    Figure comparative = Figure.resolve(ledger, where.key(concept, before));
    ImmutableList.Builder<Operand> operands = ImmutableList.builder();
    current.facts().forEach(f -> operands.add(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, f)));
    comparative.facts().forEach(f -> operands.add(new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, f)));
    if (!comparative.isReported()) {
      String what = Reasons.notReported("comparative", concept, before);
      return Findings.notEvaluated(
          rule.header(), where, Reasons.missing(what, comparative.nil()), operands.build());
    }
    Fact now = current.versions().get(0);
    Fact then = comparative.versions().get(0);
    Optional<String> units = Reasons.unitsDiffer(List.of(now, then));
    if (units.isPresent()) {
      return Findings.notEvaluated(rule.header(), where, units.get(), operands.build());
    }
    BigDecimal change = now.amount().subtract(then.amount());
    BigDecimal relative = then.amount().abs().multiply(rule.percent()).divide(HUNDRED);
    BigDecimal tolerance = relative.max(rule.amount()).stripTrailingZeros();
    boolean withinThresholds = change.abs().compareTo(tolerance) <= 0;
    Judgement judgement = new Judgement(withinThresholds, now.amount(), then.amount(), tolerance);
    return Findings.judged(rule.header(), where, judgement, operands.build());
  }

  /** Whether {@code period} is one the rule's basis compares: a year, a quarter or its end. */
  private boolean comparable(Period period) {
    if (period instanceof Period.Duration d) {
      return d.months() == (rule.basis() == FluxBasis.YOY ? 12 : 3);
    }
    if (period.isForever()) {
      return false; // no year before forever
    }
    LocalDate date = period.end();
    if (date.getDayOfMonth() != date.lengthOfMonth()) {
      return false;
    }
    LocalDate yearEnd = fiscalYearEnd.atYear(date.getYear());
    long months = ChronoUnit.MONTHS.between(date.withDayOfMonth(1), yearEnd.withDayOfMonth(1));
    return rule.basis() == FluxBasis.YOY ? months == 0 : months % 3 == 0;
  }

  /** The same period a year before; a month-end date stays a month end (February 29). */
  static Period yearBefore(Period period) {
    if (period instanceof Period.Duration d) {
      return Period.duration(d.start().minusYears(1), shift(d.end()));
    }
    return Period.instant(shift(period.end()));
  }

  private static LocalDate shift(LocalDate date) {
    LocalDate before = date.minusYears(1);
    boolean monthEnd = date.getDayOfMonth() == date.lengthOfMonth();
    return monthEnd ? before.withDayOfMonth(before.lengthOfMonth()) : before;
  }
}
