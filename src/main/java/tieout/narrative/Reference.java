package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import tieout.ledger.Period;

/**
 * What an amount in prose was read to refer to: a line item and a period, the caption words that
 * decide its sign, and the cautions that forbid calling a difference a contradiction (a qualified
 * or approximate figure, a modified caption). {@code problem} says why nothing could be identified.
 */
record Reference(
    Optional<LineItem> item,
    Optional<Period> period,
    ImmutableList<String> signWords,
    ImmutableList<String> cautions,
    Optional<String> problem) {

  Reference {
    checkNotNull(item);
    checkNotNull(period);
    checkNotNull(signWords);
    checkNotNull(cautions);
    checkNotNull(problem);
  }

  static Reference unidentified(String problem) {
    return new Reference(Optional.empty(), Optional.empty(), ImmutableList.of(), ImmutableList.of(), Optional.of(problem));
  }

  static Reference of(LineItem item, Optional<Period> period, List<String> signWords, List<String> cautions) {
    return new Reference(
        Optional.of(item), period, ImmutableList.copyOf(signWords), ImmutableList.copyOf(cautions), Optional.empty());
  }

  Reference withPeriod(Optional<Period> p) {
    return new Reference(item, p, signWords, cautions, problem);
  }

  Reference withProblem(String why) {
    return new Reference(item, period, signWords, cautions, Optional.of(why));
  }

  Reference withCaution(String caution) {
    return new Reference(
        item, period, signWords, ImmutableList.<String>builder().addAll(cautions).add(caution).build(), problem);
  }
}
