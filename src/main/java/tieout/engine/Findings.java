package tieout.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import tieout.ledger.Period;
import tieout.rules.Rule;
import tieout.taxonomy.Dimensions;

/** Builds {@link Finding}s from a rule's header, so every check fills the fields alike. */
final class Findings {
  private Findings() {}

  static Finding notEvaluated(
      Rule.Header rule, Context where, String reason, List<Operand> operands) {
    return new Finding(
        rule.id(),
        rule.severity(),
        Status.NOT_EVALUATED,
        rule.message(),
        where.entity(),
        where.period(),
        where.dimensions(),
        null,
        null,
        null,
        null,
        checkNotNull(reason),
        operands);
  }

  static Finding judged(
      Rule.Header rule, Context where, Judgement judgement, List<Operand> operands) {
    return judged(rule, where.entity(), where.period(), where.dimensions(), judgement.passes(), judgement.reported(),
        judgement.computed(), judgement.variance(), judgement.tolerance(), operands);
  }

  /** As {@link #judged(Rule.Header, Context, Judgement, List)}, from the context's parts and the judgement's figures. */
  static Finding judged(
      Rule.Header rule, String entity, Period period, Dimensions dimensions, boolean passes, BigDecimal reported,
      BigDecimal computed, BigDecimal variance, BigDecimal tolerance, List<Operand> operands) {
    return new Finding(
        rule.id(),
        rule.severity(),
        passes ? Status.PASS : Status.FAIL,
        rule.message(),
        entity,
        period,
        dimensions,
        checkNotNull(reported),
        checkNotNull(computed),
        checkNotNull(variance),
        checkNotNull(tolerance),
        null,
        operands);
  }
}
