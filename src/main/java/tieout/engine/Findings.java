package tieout.engine;

import java.util.List;
import java.util.Optional;
import tieout.rules.Rule;

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
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(reason),
        operands);
  }

  static Finding judged(
      Rule.Header rule, Context where, Judgement judgement, List<Operand> operands) {
    return new Finding(
        rule.id(),
        rule.severity(),
        judgement.passes() ? Status.PASS : Status.FAIL,
        rule.message(),
        where.entity(),
        where.period(),
        where.dimensions(),
        Optional.of(judgement.reported()),
        Optional.of(judgement.computed()),
        Optional.of(judgement.variance()),
        Optional.of(judgement.tolerance()),
        Optional.empty(),
        operands);
  }
}
