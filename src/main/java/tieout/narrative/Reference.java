package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import tieout.ledger.Period;

/**
 * What an amount in prose was read to refer to: a line item and a period, the caption words that
 * decide its sign, and the cautions that forbid calling a difference a contradiction (a qualified
 * or approximate figure, a modified caption). {@code month} is set when the period was read from a
 * month ("in September 2013"): the period is then that month's quarter. {@code problem} says why
 * nothing could be identified.
 */
record Reference(
    Optional<LineItem> item,
    Optional<Period> period,
    ImmutableList<String> signWords,
    ImmutableList<Caution> cautions,
    Optional<YearMonth> month,
    Optional<String> problem) {

  Reference {
    checkNotNull(item);
    checkNotNull(period);
    checkNotNull(signWords);
    checkNotNull(cautions);
    checkNotNull(month);
    checkNotNull(problem);
  }

  static Reference unidentified(String problem) {
    return new Reference(Optional.empty(), Optional.empty(), ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        Optional.of(problem));
  }

  static Reference of(LineItem item, Optional<Period> period, List<String> signWords, List<Caution> cautions) {
    return new Reference(Optional.of(item), period, ImmutableList.copyOf(signWords), ImmutableList.copyOf(cautions),
        Optional.empty(), Optional.empty());
  }

  Reference withPeriod(Optional<Period> p) {
    return new Reference(item, p, signWords, cautions, Optional.empty(), problem);
  }

  /** The quarter holding {@code m}, read from a month phrase. */
  Reference withMonth(Period quarter, YearMonth m) {
    return new Reference(item, Optional.of(quarter), signWords, cautions, Optional.of(m), problem);
  }

  Reference withItem(LineItem i) {
    return new Reference(Optional.of(i), period, signWords, cautions, month, problem);
  }

  Reference withProblem(String why) {
    return new Reference(item, period, signWords, cautions, month, Optional.of(why));
  }

  Reference withoutProblem() {
    return new Reference(item, period, signWords, cautions, month, Optional.empty());
  }

  Reference withCaution(Caution caution) {
    return new Reference(
        item, period, signWords, ImmutableList.<Caution>builder().addAll(cautions).add(caution).build(), month, problem);
  }

  boolean has(Caution.Kind kind) {
    return cautions.stream().anyMatch(c -> c.kind() == kind);
  }
}
