package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * An arithmetic expression over concepts, normalized to {@code sum(weight x concept) + constant}.
 * Rules may write products and quotients by constants and parentheses; the parser folds them into
 * this form (so a check's interval arithmetic stays exact).
 */
public record LinearExpr(ImmutableList<Term> terms, BigDecimal constant) {
  public LinearExpr {
    checkNotNull(terms);
    checkNotNull(constant);
  }

  @Override
  public String toString() {
    String s =
        terms.stream()
            .map(t -> (t.weight().signum() < 0 ? "- " : "+ ")
                + (t.weight().abs().compareTo(BigDecimal.ONE) == 0 ? "" : t.weight().abs().toPlainString() + " * ")
                + t.concept().name())
            .collect(Collectors.joining(" "));
    if (constant.signum() != 0) {
      s += (constant.signum() < 0 ? " - " : " + ") + constant.abs().toPlainString();
    }
    s = s.strip();
    return s.startsWith("+ ") ? s.substring(2) : s;
  }
}
