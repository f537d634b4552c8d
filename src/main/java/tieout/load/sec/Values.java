package tieout.load.sec;

import java.math.BigDecimal;

/**
 * num.txt's {@code value} as the reader keeps it: the amount without trailing zeros at a scale of 0
 * or more ({@code 2462313000}, {@code 0.001}), and the scale the trailing zeros say ({@code -3},
 * {@code 3}), which gives the decimals. {@link #readText} is the definition; {@link #readPlain}
 * gives the same from the field's bytes, without a string or {@code BigDecimal}'s parser, for the
 * plain values nearly every line holds, and declines the rest.
 */
final class Values {
  /** Plain values have at most this many digits: their unscaled value fits a long. */
  private static final int MAX_DIGITS = 18;
  private static final long[] POWERS = new long[MAX_DIGITS + 1];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /** The amount last read, or null while it is only {@link #unscaled} and {@link #amountScale}. */
  private BigDecimal amount;
  private long unscaled;
  private int amountScale;
  private int scale;

  /** The amount last read: trailing zeros dropped, scale 0 or more. */
  BigDecimal amount() {
    if (amount == null) {
      amount = BigDecimal.valueOf(unscaled, amountScale);
    }
    return amount;
  }

  /**
   * Whether the amount last read was plain ({@link #readPlain}): then it is {@link #unscaled} at
   * {@link #amountScale}, with no {@code BigDecimal} made unless {@link #amount()} is asked.
   */
  boolean compact() {
    return amount == null;
  }

  /** The unscaled value of a {@link #compact()} amount. */
  long unscaled() {
    return unscaled;
  }

  /** The scale of a {@link #compact()} amount (0 or more). */
  int amountScale() {
    return amountScale;
  }

  /** The sign of the amount last read. */
  int signum() {
    return amount == null ? Long.signum(unscaled) : amount.signum();
  }

  /** The scale of the amount last read with its trailing zeros dropped (negative for a round whole number). */
  int scale() {
    return scale;
  }

  /**
   * Reads {@code value} (stripped, not empty).
   *
   * @throws NumberFormatException when it is not a number
   */
  void readText(String value) {
    BigDecimal read = new BigDecimal(value);
    BigDecimal stripped = read.signum() == 0 ? BigDecimal.ZERO : read.stripTrailingZeros();
    amount = stripped.setScale(Math.max(0, stripped.scale()));
    scale = stripped.scale();
  }

  /**
   * Reads bytes {@code from} to {@code to} of {@code b} when they are a plain value: an optional
   * {@code -}, 1 to 18 digits, optionally a point followed by at least one of them; nothing else.
   *
   * @return false, having read nothing, for any other text (then {@link #readText} decides)
   */
  boolean readPlain(byte[] b, int from, int to) {
    int i = from;
    boolean negative = i < to && b[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int fraction = -1; // digits after the point; -1 while none is met
    for (; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0 && digits > 0) {
        fraction = 0;
      } else {
        return false;
      }
    }
    if (digits == 0 || digits > MAX_DIGITS || fraction == 0) {
      return false;
    }
    int s = Math.max(fraction, 0);
    amount = null;
    if (unscaled == 0) {
      this.unscaled = 0;
      amountScale = 0;
      scale = 0;
      return true;
    }
    while (unscaled % 10 == 0) {
      unscaled /= 10;
      s--;
    }
    if (negative) {
      unscaled = -unscaled;
    }
    scale = s;
    this.unscaled = s >= 0 ? unscaled : unscaled * POWERS[-s];
    amountScale = Math.max(s, 0);
    return true;
  }
}
