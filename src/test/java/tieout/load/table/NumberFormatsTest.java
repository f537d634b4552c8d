package tieout.load.table;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {

  @ParameterizedTest(name = "[{0}] prints {1} accurate to {2} digits")
  @CsvSource(
      delimiter = '|',
      value = {
        "#,##0|1234|0",
        "0|1234.56|0",
        "0.00|1234.5|2",
        "#,##0.000|1|3",
        "#,##0_);(#,##0)|-190|0",
        "_(\"$ \"#,##0.00_);_(\"$ \"\\(#,##0.00\\)|-0.37|2",
        "[Red]#,##0.0;(#,##0.0)|5|1",
        "0%|0.05|2",
        "0.0%|0.123|3",
        "#,##0,|1234000|-3",
        "#,##0,,\"M\"|1234000000|-6",
        "General|1234.5|1",
        "General|1234|0",
        "General|1.25E+3|0",
        "@|0.125|3",
        "0.00E+00|12345.678|3",
        "\"Level \"#,##0|1|0",
      })
  void countsPrintedDigits(String format, String value, int digits) {
    assertThat(format, NumberFormats.of(format, new BigDecimal(value)).decimals(), equalTo(digits));
  }

  @Test
  void separatesDivisionByThousandsFromDigits() {
    assertThat(NumberFormats.of("#,##0.0,,", new BigDecimal("1234567")), equalTo(new NumberFormats.Printed(1, 6)));
    assertThat(NumberFormats.of("#,##0", new BigDecimal("1234567")), equalTo(new NumberFormats.Printed(0, 0)));
  }
}
