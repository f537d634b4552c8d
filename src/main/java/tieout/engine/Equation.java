package tieout.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import tieout.rules.Comparison;

/**
 * One instantiated check in one context: {@code left op right}, where the left is the weighted sum
 * of the REPORTED slots plus {@code leftConstant} and the right that of the COMPUTED slots plus
 * {@code rightConstant}. Every rule kind except the agreement of duplicates reduces to this.
 */
record Equation(
    Context context,
    ImmutableList<Slot> slots,
    BigDecimal leftConstant,
    Comparison op,
    BigDecimal rightConstant) {
  Equation {
    checkNotNull(context);
    checkNotNull(slots);
    checkNotNull(leftConstant);
    checkNotNull(op);
    checkNotNull(rightConstant);
  }

  /**
   * {@code reported = computed}, the form of roll-ups, breakdowns, summations and roll-forwards.
   */
  static Equation tie(Context context, List<Slot> slots) {
    return new Equation(
        context, ImmutableList.copyOf(slots), BigDecimal.ZERO, Comparison.EQ, BigDecimal.ZERO);
  }
}
