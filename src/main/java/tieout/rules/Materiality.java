package tieout.rules;

import java.math.BigDecimal;

/**
 * An extra allowance on top of rounding, written {@code within 1000} or {@code within 0.5%}. The
 * relative form is a percentage of the reported (left-hand) side's magnitude.
 */
public sealed interface Materiality permits Materiality.None, Materiality.Absolute, Materiality.Relative {
  Materiality NONE = new None();

  /** The allowance for a check whose reported side is {@code reported}. */
  BigDecimal allowance(BigDecimal reported);

  record None() implements Materiality {
    @Override
    public BigDecimal allowance(BigDecimal reported) {
      return BigDecimal.ZERO;
    }

    @Override
    public String toString() {
      return "";
    }
  }

  record Absolute(BigDecimal amount) implements Materiality {
    @Override
    public BigDecimal allowance(BigDecimal reported) {
      return amount;
    }

    @Override
    public String toString() {
      return "within " + amount.toPlainString();
    }
  }

  record Relative(BigDecimal percent) implements Materiality {
    @Override
    public BigDecimal allowance(BigDecimal reported) {
      return reported.abs().multiply(percent).movePointLeft(2);
    }

    @Override
    public String toString() {
      return "within " + percent.toPlainString() + "%";
    }
  }
}
