package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightedTest {
  private static final String[] VALUES = {"0", "0.0", "0.00", "5", "-5", "2512427", "-988811", "1.5", "-0.25",
      "123.450", "1E+3", "-7E+6", "0.005", "5E+2", "99999999999999999999.123"};
  private static final String[] WEIGHTS = {"1", "-1", "1.0", "-1.0", "1.00", "-1.000", "0.5", "-2", "2.0", "0", "1E+0"};

  // equals compares value and scale: the sums must be the very BigDecimals add(multiply) gives.
  @Test
  void sameValueAndScaleAsTheProduct() {
    int compared = 0;
    for (String a : VALUES) {
      for (String x : VALUES) {
        for (String w : WEIGHTS) {
          BigDecimal ba = new BigDecimal(a);
          BigDecimal bx = new BigDecimal(x);
          BigDecimal bw = new BigDecimal(w);
          String at = a + " + " + x + " * " + w;
          assertEquals(ba.add(bx.multiply(bw)), Weighted.plus(ba, bx, bw), at);
          assertEquals(ba.add(bx.multiply(bw)).scale(), Weighted.plus(ba, bx, bw).scale(), at);
          assertEquals(ba.add(bx.multiply(bw.abs())), Weighted.plusAbs(ba, bx, bw), "|" + w + "| in " + at);
          compared++;
        }
      }
    }
    assertEquals(VALUES.length * VALUES.length * WEIGHTS.length, compared);
  }

  @Test
  void examples() {
    assertEquals(new BigDecimal("-5.0"), Weighted.plus(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("-1.0")));
    assertEquals(new BigDecimal("15.00"), Weighted.plusAbs(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("-1.00")));
    assertEquals(new BigDecimal("25"), Weighted.plus(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("2")));
  }
}
