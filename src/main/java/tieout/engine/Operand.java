package tieout.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import tieout.ledger.Fact;

/**
 * One fact as it took part in a check: on the reported side (weight 1) or the computed side (its
 * weight in the sum). Duplicates of a figure appear as operands too, so every cell that was
 * compared can be traced.
 */
public record Operand(Side side, BigDecimal weight, Fact fact) {
  public Operand {
    checkNotNull(side);
    checkNotNull(weight);
    checkNotNull(fact);
  }

  /** Which side of the comparison the fact is on. */
  public enum Side {
    REPORTED,
    COMPUTED
  }
}
