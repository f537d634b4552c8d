package tieout.load.xlsx;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.Random;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;

class ExcelNumbersTest {
  @Test
  void plainDecimalsTakeTheFastPathOthersDoNot() {
    assertThat(ExcelNumbers.isShortPlainDecimal("123456789012345"), equalTo(true));
    assertThat(ExcelNumbers.isShortPlainDecimal("1234567890123456"), equalTo(false));
    assertThat(ExcelNumbers.isShortPlainDecimal("-12.5"), equalTo(true));
    assertThat(ExcelNumbers.isShortPlainDecimal("12.50"), equalTo(false));
    assertThat(ExcelNumbers.isShortPlainDecimal("0.001"), equalTo(false));
    assertThat(ExcelNumbers.isShortPlainDecimal("1E-3"), equalTo(false));
    assertThat(ExcelNumbers.isShortPlainDecimal("-0"), equalTo(false));
  }

  @Test
  void excelRenderingOfStoredValues() {
    assertThat(ExcelNumbers.decimal("0.30000000000000004"), equalTo(new BigDecimal("0.3")));
    assertThat(ExcelNumbers.decimal("1234567.891"), equalTo(new BigDecimal("1234567.891")));
    assertThat(ExcelNumbers.decimal("1.0E-3"), equalTo(new BigDecimal("0.001")));
  }

  @Test
  void wholeNumbersAsJavaWritesThemTakeTheirOwnFastPath() {
    assertThat(ExcelNumbers.shortWhole("3940264.0"), equalTo(new BigDecimal("3940264")));
    assertThat(ExcelNumbers.shortWhole("-0.0"), equalTo(null));
    assertThat(ExcelNumbers.shortWhole("1.2345678E7"), equalTo(new BigDecimal("12345678")));
    assertThat(ExcelNumbers.shortWhole("-1.5E7"), equalTo(new BigDecimal("-15000000")));
    assertThat(ExcelNumbers.shortWhole("1.5E7").scale(), equalTo(0));
    assertThat(ExcelNumbers.shortWhole("1.23456789012345E14"), equalTo(new BigDecimal("123456789012345")));
    assertThat(ExcelNumbers.shortWhole("1.0E15"), equalTo(null)); // Excel writes 1E+15
    assertThat(ExcelNumbers.shortWhole("1.234567890123456E15"), equalTo(null));
    assertThat(ExcelNumbers.shortWhole("1.2345E2"), equalTo(null)); // 123.45
    assertThat(ExcelNumbers.shortWhole("1.0E-3"), equalTo(null));
    assertThat(ExcelNumbers.shortWhole("12.50"), equalTo(null));
    assertThat(ExcelNumbers.shortWhole("1E7"), equalTo(null));
  }

  @Test
  void agreesWithPoiOnValuesAsJavaWritesThem() {
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      double d = switch (i % 4) {
        case 0 -> random.nextLong() % 1_000_000_000_000_000L;
        case 1 -> (double) (random.nextLong() % 10_000_000L) * (long) Math.pow(10, random.nextInt(12));
        case 2 -> Math.floor(random.nextDouble() * Math.pow(10, random.nextInt(20)));
        default -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 12);
      };
      assertAgreesWithPoi(Double.toString(d));
    }
  }

  @Test
  void agreesWithPoiOnRandomValues() {
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      double d = switch (i % 3) {
        case 0 -> random.nextLong() % 1_000_000_000_000L;
        case 1 -> (random.nextLong() % 100_000_000_000L) / 100.0;
        default -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 12);
      };
      String raw = Double.toString(d);
      assertAgreesWithPoi(raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw);
    }
  }

  /** The value and scale POI's rendering of the stored text gives. */
  private static void assertAgreesWithPoi(String stored) {
    assertThat(stored, ExcelNumbers.decimal(stored),
        equalTo(new BigDecimal(NumberToTextConverter.toText(Double.parseDouble(stored)))));
  }
}
