package tieout.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;

/**
 * The two cases where XBRL Calculations 1.1 leaves a summation unevaluated, for the user's own
 * {@code sum} rules: a value with digits finer than its decimals allow (1,234,567 at -3, the spec's
 * excessDigits), and duplicates that are inconsistent (intervals without a common value, or two
 * values printed at the same decimals that differ).
 */
final class Calc11Facts {
  private Calc11Facts() {}

  /** Whether the value has digits finer than its decimals: 1,234,567 at -3. Zero and INF never have. */
  static boolean excessDigits(Fact f) {
    Decimals d = f.decimals();
    return !f.isNil() && !d.infinite() && f.amount().signum() != 0 && f.amount().stripTrailingZeros().scale() > d.digits();
  }

  /** Whether these printings of one figure cannot all stand for one value under Calculations 1.1. */
  static boolean inconsistent(List<Fact> facts) {
    if (facts.size() < 2) {
      return false;
    }
    Map<Decimals, BigDecimal> byDecimals = new HashMap<>();
    for (Fact f : facts) {
      BigDecimal same = byDecimals.putIfAbsent(f.decimals(), f.amount());
      if (same != null && same.compareTo(f.amount()) != 0) {
        return true;
      }
    }
    return Duplicates.conflict(facts, BigDecimal.ZERO).isPresent();
  }

  /**
   * Why a summation over these figures is not evaluated, or empty when it is: the first figure
   * with inconsistent duplicates or a fact with excess digits.
   */
  static Optional<String> blocking(Figure[] figures, int distinct) {
    for (int j = 0; j < distinct; j++) {
      List<Fact> facts = figures[j].facts();
      if (inconsistent(facts)) {
        StringBuilder values = new StringBuilder();
        for (Fact f : facts) {
          values.append(values.length() == 0 ? "" : ", ").append(f.amount().toPlainString()).append(" (decimals ")
              .append(f.decimals()).append(") at ").append(f.source());
        }
        return Optional.of("inconsistent duplicates: " + facts.get(0).concept().name() + " is printed as " + values
            + "; Calculations 1.1 evaluates no summation using it");
      }
      for (Fact f : facts) {
        if (excessDigits(f)) {
          return Optional.of("excess digits: " + f.concept().name() + " " + f.amount().toPlainString() + " at "
              + f.source() + " has digits finer than its decimals " + f.decimals()
              + " allow; Calculations 1.1 evaluates no summation using it");
        }
      }
    }
    return Optional.empty();
  }
}
