package tieout.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Formats exact amounts for people: thousands separators, every printed decimal kept. */
public final class Amounts {
  private Amounts() {}

  /** {@code -294676} → {@code -294,676}; {@code 2.50} → {@code 2.50}; never rounds. */
  public static String format(BigDecimal amount) {
    String plain = amount.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    return (amount.signum() < 0 ? "-" : "") + grouped + fraction;
  }

  /** A decimal string for machines: plain notation, no grouping, trailing zeros dropped. */
  public static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = new BigDecimal(stripped.unscaledValue().multiply(BigInteger.TEN.pow(-stripped.scale())));
    }
    return stripped.toPlainString();
  }
}
