package tieout.load.files;

import java.math.BigDecimal;
import java.util.List;
import tieout.ledger.Fact;
import tieout.ledger.FactColumns;
import tieout.load.Problems;

/**
 * The check on every format's facts that no single reader makes: an amount of 10^18 or more (either
 * sign) is no real figure but a format or formula slip, reported as unreadable and not checked.
 */
final class AmountRange {
  /** No amount in a financial table reaches a quintillion; such a figure is a format or formula slip. */
  private static final int POWER = 18;

  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(POWER);

  private static final BigDecimal MIN_AMOUNT = MAX_AMOUNT.negate();

  private AmountRange() {}

  /**
   * The facts of {@code facts} whose amounts are in range; each other one is reported to
   * {@code problems} at its cell or line, so that such a figure takes part in no check.
   */
  static List<Fact> keepInRange(List<Fact> facts, Problems problems) {
    if (facts instanceof FactColumns columns) {
      return keepInRange(columns, problems);
    }
    int before = problems.size();
    for (Fact fact : facts) {
      if (!fact.isNil() && tooLarge(fact.amount())) {
        report(fact, problems);
      }
    }
    if (problems.size() == before) {
      return facts;
    }
    return facts.stream().filter(f -> f.isNil() || !tooLarge(f.amount())).toList();
  }

  /**
   * As for a list, read from the columns' numbers: no fact is made but of a figure out of range, and
   * the facts kept stay columns.
   */
  private static FactColumns keepInRange(FactColumns columns, Problems problems) {
    boolean any = false;
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.amountBelowPowerOfTen(i, POWER)) {
        report(columns.get(i), problems);
        any = true;
      }
    }
    return any ? columns.filter(i -> columns.amountBelowPowerOfTen(i, POWER)) : columns;
  }

  private static void report(Fact fact, Problems problems) {
    problems.add(
        fact.source().toString(),
        "expected an amount below 10^18 for '" + fact.concept().name() + "', found "
            + fact.amount().stripTrailingZeros().toString() + ": no financial statement reports such a figure;"
            + " check the cell's format, the table's scale and any formula");
  }

  /** Whether {@code |amount|} reaches {@link #MAX_AMOUNT}, without building the absolute value. */
  private static boolean tooLarge(BigDecimal amount) {
    return amount.compareTo(MAX_AMOUNT) >= 0 || amount.compareTo(MIN_AMOUNT) <= 0;
  }
}
