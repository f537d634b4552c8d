package tieout.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import java.util.stream.Collectors;
import tieout.engine.Finding;
import tieout.ledger.Fact;

/**
 * The stable identity of a check across runs: rule, entity, period, dimensions, and the concept
 * when every figure of the check is of one concept.
 *
 * <p>The concept is needed because one roll-up rule (and the built-in {@code DUPLICATE}) checks
 * many concepts in the same context. It is taken from the operands only when they all share one
 * concept, so a check whose reported figure goes missing keeps its identity; checks over several
 * concepts (sums, breakdowns, assertions, roll-forwards) are already one per context.
 */
public record FindingKey(String rule, String entity, String period, String dimensions, String concept) {

  public FindingKey {
    checkNotNull(rule);
    checkNotNull(entity);
    checkNotNull(period);
    checkNotNull(dimensions);
    checkNotNull(concept);
  }

  public static FindingKey of(Finding f) {
    Set<String> concepts =
        f.operands().stream().map(o -> o.fact().concept().name()).collect(Collectors.toSet());
    String concept = concepts.size() == 1 ? concepts.iterator().next() : "";
    if (f.rule().equals(tieout.engine.FootingCheck.RULE) && !f.operands().isEmpty()) {
      // A footing is one per printed total: its concept and cell, as two tables may print one concept.
      Fact total = f.operands().get(0).fact();
      concept = total.concept().name() + " at " + total.source();
    }
    return new FindingKey(f.rule(), f.entity(), f.period().toString(), f.dimensions().toString(), concept);
  }

  /** One string holding every part, the history's primary key within a run. */
  public String text() {
    return String.join(" | ", rule, entity, period, dimensions, concept);
  }

  /** How people see it: {@code IS-Q2Y ExplorationExpense 2013-01-01/2013-12-31 {Region=Peru}}. */
  public String label() {
    StringBuilder s = new StringBuilder(rule);
    if (!concept.isEmpty()) {
      s.append(' ').append(concept);
    }
    s.append(' ').append(period);
    if (!dimensions.isEmpty() && !dimensions.equals("{}")) {
      s.append(' ').append(dimensions);
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
