package tieout.ledger;

import java.math.BigDecimal;

/**
 * XBRL {@code decimals}: how many digits after the decimal point a value is accurate to. 0 means
 * whole units, -3 thousands, 2 cents; {@link #INF} means exact. A value v with decimals d stands for
 * the interval [v - 0.5*10^-d, v + 0.5*10^-d] (XBRL Calculations 1.1).
 */
public record Decimals(int digits, boolean infinite) implements Comparable<Decimals> {
  public static final Decimals INF = new Decimals(0, true);
  public static final Decimals WHOLE = new Decimals(0, false);

  public Decimals {
    if (infinite && digits != 0) {
      throw new IllegalArgumentException("INF decimals carry no digit count, was " + digits);
    }
  }

  public static Decimals of(int digits) {
    if (digits == 0) {
      return WHOLE;
    }
    // A million facts share a handful of precisions: hand out shared values for the common ones.
    int i = digits + COMMON_OFFSET;
    return i >= 0 && i < COMMON.length ? COMMON[i] : new Decimals(digits, false);
  }

  private static final int COMMON_OFFSET = 20;
  private static final Decimals[] COMMON = new Decimals[41];

  static {
    for (int i = 0; i < COMMON.length; i++) {
      COMMON[i] = i == COMMON_OFFSET ? WHOLE : new Decimals(i - COMMON_OFFSET, false);
    }
  }

  /** Parses {@code INF} or a whole number such as {@code -3}. */
  public static Decimals parse(String text) {
    String t = text.strip();
    if (t.equalsIgnoreCase("INF")) {
      return INF;
    }
    try {
      return of(Integer.parseInt(t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "decimals must be INF or a whole number such as 0, -3 or 2, found '" + text + "'", e);
    }
  }

  /** Half the width of the rounding interval: 0.5 * 10^-digits, or zero when exact. */
  public BigDecimal halfWidth() {
    if (infinite) {
      return BigDecimal.ZERO;
    }
    int i = digits + HALF_OFFSET;
    // Every fact of every check asks: keep the common ones rather than build them again.
    return i >= 0 && i < HALF_WIDTHS.length ? HALF_WIDTHS[i] : HALF.scaleByPowerOfTen(-digits);
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final int HALF_OFFSET = 20;
  private static final BigDecimal[] HALF_WIDTHS = new BigDecimal[41];

  static {
    for (int i = 0; i < HALF_WIDTHS.length; i++) {
      HALF_WIDTHS[i] = HALF.scaleByPowerOfTen(HALF_OFFSET - i);
    }
  }

  /** INF is the most precise; otherwise more digits is more precise. */
  @Override
  public int compareTo(Decimals other) {
    if (infinite || other.infinite) {
      return Boolean.compare(infinite, other.infinite);
    }
    return Integer.compare(digits, other.digits);
  }

  @Override
  public String toString() {
    return infinite ? "INF" : Integer.toString(digits);
  }
}
