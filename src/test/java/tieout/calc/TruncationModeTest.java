package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.ledger.Decimals;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

/** Arelle's c11t: a value stands for what lies between it and the next unit away from zero. */
class TruncationModeTest {
  static ValueRange range(String v, int d) {
    return ValueRange.of(new BigDecimal(v), Decimals.of(d), CalcMode.TRUNCATION);
  }

  @Test
  void rangesAreHalfOpenAwayFromZero() {
    assertEquals("[1235000, 1236000)", range("1235000", -3).toString());
    assertEquals("(-1236000, -1235000]", range("-1235000", -3).toString());
    assertEquals("(-1000, 1000)", range("0", -3).toString());
    assertEquals("[1234500, 1235500]", ValueRange.of(new BigDecimal("1235000"), Decimals.of(-3),
        CalcMode.ROUND_TO_NEAREST).toString());
    assertFalse(range("1000", -3).intersects(range("2000", -3))); // [1000, 2000) and [2000, 3000)
    assertTrue(range("1000", -3).intersects(range("1500", -2)));
    assertEquals("(-2348000, -2345000)", ValueRange.ZERO.plus(BigDecimal.ONE, range("-1235000", -3))
        .plus(BigDecimal.ONE, range("2346000", -3)).plus(BigDecimal.ONE, range("-3457000", -3)).toString());
    assertEquals("[1500, 1600)", range("1000", -3).intersection(range("1500", -2)).toString());
    assertEquals("(-1, -0.5]", range("-0.5", 0).intersection(range("0", 0)).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"R1, PASS", "R2, PASS", "R3, FAIL", "N1, PASS", "I2, FAIL"})
  void theCasesUnderTruncation(String name, String status) throws Exception {
    XbrlFiling filing = XbrlLoader.load(SharedData.require("data/xbrl/calc11-cases/" + name + ".xbrl"),
        Taxonomy.builder().build(), 100);
    assertEquals(status, Calc11.evaluate(filing, CalcMode.TRUNCATION).checks().get(0).status().name());
  }
}
