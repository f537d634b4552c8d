package tieout.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import tieout.ledger.ContextKey;

/**
 * One figure an {@link Equation} needs: its side, its weight and its context key. A required slot
 * knows how to say that it is missing (the text is built only when needed); an optional one, such
 * as a summation item, contributes nothing when not reported.
 */
record Slot(
    Operand.Side side, BigDecimal weight, ContextKey key, Optional<Supplier<String>> whenMissing) {
  Slot {
    checkNotNull(side);
    checkNotNull(weight);
    checkNotNull(key);
    checkNotNull(whenMissing);
  }

  static Slot reported(ContextKey key, Supplier<String> whenMissing) {
    return new Slot(Operand.Side.REPORTED, BigDecimal.ONE, key, Optional.of(whenMissing));
  }

  static Slot required(
      Operand.Side side, BigDecimal weight, ContextKey key, Supplier<String> whenMissing) {
    return new Slot(side, weight, key, Optional.of(whenMissing));
  }

  static Slot optional(Operand.Side side, BigDecimal weight, ContextKey key) {
    return new Slot(side, weight, key, Optional.empty());
  }
}
