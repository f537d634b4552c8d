package tieout.explain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import tieout.ledger.Fact;

/**
 * A likely reason for a failed tie-out's variance: reported facts whose signed sum equals the
 * variance within tolerance, e.g. the stock-based compensation line that the quarterly
 * "Exploration" figures include and the annual one does not.
 */
public record Explanation(ImmutableList<SignedFact> facts, BigDecimal sum) {
  public Explanation {
    checkNotNull(facts);
    checkNotNull(sum);
  }

  /** A fact counted with a sign: {@code +1} or {@code -1}. */
  public record SignedFact(int sign, Fact fact) {
    public SignedFact {
      checkNotNull(fact);
      if (sign != 1 && sign != -1) {
        throw new IllegalArgumentException("sign must be +1 or -1, was " + sign);
      }
    }
  }
}
