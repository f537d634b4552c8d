package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.ledger.Fact;

/**
 * How facts printed several times for one context are collapsed: duplicates are consistent when
 * their rounding intervals share a value (XBRL's closed-interval rule), and then count once as the
 * most precise of them.
 */
final class Duplicates {
  private Duplicates() {}

  /** Two printings of one figure that cannot stand for the same value, earlier one first. */
  record Conflict(Fact first, Fact second) {}

  /** The fact with the most decimals; the first among equals. {@code facts} is not empty. */
  static Fact mostPrecise(List<Fact> facts) {
    Fact best = facts.get(0);
    for (Fact f : facts) {
      if (f.decimals().compareTo(best.decimals()) > 0) {
        best = f;
      }
    }
    return best;
  }

  /**
   * The pair of facts farthest apart when they do not overlap even after widening by {@code
   * allowance}; empty when all the facts' intervals share a value. Intervals on a line share a
   * value exactly when the largest lower end is at most the smallest upper end, so one pass
   * suffices.
   */
  static Optional<Conflict> conflict(List<Fact> facts, BigDecimal allowance) {
    int highestLo = 0;
    int lowestHi = 0;
    List<Amount> amounts = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      amounts.add(Amount.of(facts.get(i)));
      if (amounts.get(i).interval().lo().compareTo(amounts.get(highestLo).interval().lo()) > 0) {
        highestLo = i;
      }
      if (amounts.get(i).interval().hi().compareTo(amounts.get(lowestHi).interval().hi()) < 0) {
        lowestHi = i;
      }
    }
    BigDecimal gap =
        amounts.get(highestLo).interval().lo().subtract(amounts.get(lowestHi).interval().hi());
    if (gap.compareTo(allowance) <= 0) {
      return Optional.empty();
    }
    int first = Math.min(highestLo, lowestHi);
    int second = Math.max(highestLo, lowestHi);
    return Optional.of(new Conflict(facts.get(first), facts.get(second)));
  }

  /**
   * The versions a check must be evaluated with: the most precise fact when the duplicates are
   * consistent, otherwise one fact per distinct printed value (first printed first), each the most
   * precise printing of that value.
   */
  static ImmutableList<Fact> versions(List<Fact> facts) {
    if (facts.size() == 1) {
      return ImmutableList.copyOf(facts);
    }
    if (conflict(facts, BigDecimal.ZERO).isEmpty()) {
      return ImmutableList.of(mostPrecise(facts));
    }
    // stripTrailingZeros so that 1000 and 1000.00 are one printed value.
    Map<BigDecimal, List<Fact>> byValue = new LinkedHashMap<>();
    for (Fact f : facts) {
      byValue.computeIfAbsent(f.amount().stripTrailingZeros(), v -> new ArrayList<>()).add(f);
    }
    return byValue.values().stream()
        .map(Duplicates::mostPrecise)
        .collect(ImmutableList.toImmutableList());
  }
}
