package tieout.load;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * What a printed amount says: a number, a dash (a reported zero), nil, nothing at all, or something
 * that is not an amount. Produced by {@link AmountParser#parse(String)}.
 */
public sealed interface ParsedAmount {
  DashZero DASH = new DashZero();
  Nil NIL = new Nil();
  Blank BLANK = new Blank();

  /** A number and how many digits were printed after its decimal point ({@code 1,234.56} → 2). */
  record Value(BigDecimal value, int digits) implements ParsedAmount {
    public Value {
      checkNotNull(value);
      checkArgument(digits >= 0, "digits must be >= 0, was %s", digits);
    }
  }

  /**
   * A percentage such as {@code 67.00%} or {@code (0.30%)}, as the ratio it prints ({@code 0.6700},
   * 4 digits): never scaled by a table's "in thousands".
   */
  record Percent(BigDecimal value, int digits) implements ParsedAmount {
    public Percent {
      checkNotNull(value);
      checkArgument(digits >= 0, "digits must be >= 0, was %s", digits);
    }
  }

  /** A dash alone ({@code -}, {@code –}, {@code —}, optionally with {@code $}): a reported zero. */
  record DashZero() implements ParsedAmount {}

  /** {@code nil}: reported, but empty. */
  record Nil() implements ParsedAmount {}

  /** An empty cell: nothing reported. */
  record Blank() implements ParsedAmount {}

  /**
   * Not an amount. {@code found} completes the sentence "expected an amount ..., found ...", e.g.
   * {@code text "n/a"}.
   */
  record Invalid(String found) implements ParsedAmount {
    public Invalid {
      checkNotNull(found);
    }
  }
}
