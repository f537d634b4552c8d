package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.rules.Comparison;
import tieout.rules.Rule;

/**
 * Checks that every printing of one figure agrees: the built-in DUPLICATE rule, and the roll-up of
 * an instant concept (the Q4 closing balance is the year-end balance).
 *
 * <p>They agree when all their intervals, widened by the allowance, share a value. A FAIL shows the
 * two printings that disagree (the one with the highest lower end and the one with the lowest upper
 * end, the earlier as reported); a PASS shows the most precise printing against the one farthest
 * from it. Either way |variance| &lt;= tolerance exactly when it passes.
 */
final class Agreement {
  private Agreement() {}

  /** {@code facts}: two or more non-nil facts of {@code key}, in load order. */
  static Finding check(Rule.Header rule, ContextKey key, List<Fact> facts) {
    Context where = Context.of(key);
    Optional<String> units = Reasons.unitsDiffer(facts);
    if (units.isPresent()) {
      return Findings.notEvaluated(rule, where, units.get(), operands(facts.get(0), facts));
    }
    Fact reference = Duplicates.mostPrecise(facts);
    BigDecimal allowance = rule.materiality().allowance(reference.amount());
    Optional<Duplicates.Conflict> conflict = Duplicates.conflict(facts, allowance);
    Fact reported = conflict.map(Duplicates.Conflict::first).orElse(reference);
    Fact computed =
        conflict.map(Duplicates.Conflict::second).orElseGet(() -> farthestFrom(reference, facts));
    Judgement judgement =
        Judgement.of(Comparison.EQ, Amount.of(reported), Amount.of(computed), allowance);
    return Findings.judged(rule, where, judgement, operands(reported, facts));
  }

  /** The printing whose value differs most from {@code reference}'s, the first among equals. */
  private static Fact farthestFrom(Fact reference, List<Fact> facts) {
    Fact farthest = null;
    BigDecimal distance = null;
    for (Fact f : facts) {
      if (f == reference) {
        continue;
      }
      BigDecimal d = f.amount().subtract(reference.amount()).abs();
      if (distance == null || d.compareTo(distance) > 0) {
        farthest = f;
        distance = d;
      }
    }
    return farthest;
  }

  /** The reported printing first, then every other printing in load order. */
  private static ImmutableList<Operand> operands(Fact reported, List<Fact> facts) {
    ImmutableList.Builder<Operand> operands = ImmutableList.builder();
    operands.add(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, reported));
    for (Fact f : facts) {
      if (f != reported) {
        operands.add(new Operand(Operand.Side.COMPUTED, BigDecimal.ONE, f));
      }
    }
    return operands.build();
  }
}
