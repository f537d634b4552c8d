package tieout.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import tieout.ledger.Amounts;
import tieout.ledger.Decimals;

/**
 * Names the slip that most likely turned the ledger's figure into the prose's: one digit
 * substituted, two adjacent digits transposed, a digit dropped or doubled, the sign flipped, or the
 * scale slipped by a thousand or a million. The digits are compared at the prose's precision, so
 * "$46.6 million" against 46,394,496 compares 466 with 464.
 */
final class DigitForensics {
  private DigitForensics() {}

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /**
   * "likely typo: ..." for a stated figure that differs from the ledger's {@code held}, or empty
   * when no single slip explains the difference.
   */
  static Optional<String> explain(BigDecimal stated, Decimals precision, BigDecimal held) {
    if (stated.signum() != 0 && stated.compareTo(held.negate()) == 0) {
      return Optional.of("likely typo: the sign flipped");
    }
    Optional<String> scale = scale(stated, held);
    if (scale.isPresent()) {
      return scale;
    }
    if (stated.signum() * held.signum() < 0) {
      return Optional.empty();
    }
    int digits = precision.digits();
    String p = stated.abs().setScale(digits, RoundingMode.HALF_UP).unscaledValue().toString();
    String h = held.abs().setScale(digits, RoundingMode.HALF_UP).unscaledValue().toString();
    if (p.equals(h)) {
      return Optional.empty();
    }
    return digitSlip(p, h).map(s -> "likely typo: " + s);
  }

  /** The prose is the ledger's figure a thousand or a million times too large or too small. */
  private static Optional<String> scale(BigDecimal stated, BigDecimal held) {
    if (held.signum() == 0 || stated.signum() == 0) {
      return Optional.empty();
    }
    for (BigDecimal factor : new BigDecimal[] {THOUSAND, MILLION}) {
      String times = Amounts.format(factor);
      if (stated.compareTo(held.multiply(factor)) == 0) {
        return Optional.of("likely typo: a scale slip (x" + times + ")");
      }
      // A figure printed in thousands where dollars were meant: 11,422 for 11,422,025.
      BigDecimal scaledDown = held.divide(factor).setScale(0, RoundingMode.HALF_UP);
      if (stated.stripTrailingZeros().scale() <= 0 && scaledDown.signum() != 0 && stated.compareTo(scaledDown) == 0) {
        return Optional.of("likely typo: a scale slip (the ledger's figure in " + (factor == THOUSAND ? "thousands" : "millions") + ")");
      }
    }
    return Optional.empty();
  }

  /** {@code p} the prose's digits, {@code h} the ledger's, both without sign. */
  private static Optional<String> digitSlip(String p, String h) {
    if (p.length() == h.length()) {
      int first = -1;
      int count = 0;
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) != h.charAt(i)) {
          if (first < 0) {
            first = i;
          }
          count++;
        }
      }
      if (count == 1) {
        return Optional.of("one digit substituted: " + h.charAt(first) + " -> " + p.charAt(first));
      }
      if (count == 2 && first + 1 < p.length() && p.charAt(first) == h.charAt(first + 1)
          && p.charAt(first + 1) == h.charAt(first)) {
        return Optional.of("two adjacent digits transposed: " + h.substring(first, first + 2) + " -> "
            + p.substring(first, first + 2) + " (the variance is a multiple of 9)");
      }
      return Optional.empty();
    }
    if (p.length() + 1 == h.length()) {
      for (int i = 0; i < h.length(); i++) {
        if ((h.substring(0, i) + h.substring(i + 1)).equals(p)) {
          return Optional.of("a digit dropped: " + h.charAt(i));
        }
      }
    }
    if (p.length() == h.length() + 1) {
      for (int i = 0; i < p.length(); i++) {
        if ((p.substring(0, i) + p.substring(i + 1)).equals(h)) {
          boolean doubled = (i > 0 && p.charAt(i - 1) == p.charAt(i)) || (i + 1 < p.length() && p.charAt(i + 1) == p.charAt(i));
          return Optional.of(doubled
              ? "a digit doubled: " + p.charAt(i) + " -> " + p.charAt(i) + p.charAt(i)
              : "a digit inserted: " + p.charAt(i));
        }
      }
    }
    return Optional.empty();
  }
}
