package tieout.fuzz;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import tieout.load.AmountParser;
import tieout.load.ParsedAmount;

/**
 * Fuzz target for printed amounts: the parser never throws, and a value it accepts is a number
 * whose digits after the point match the decimals it reports.
 */
class AmountParserFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void parse(byte[] data) {
    ParsedAmount parsed = AmountParser.parse(FuzzInputs.text(data));
    assertThat(parsed, notNullValue());
    if (parsed instanceof ParsedAmount.Value value) {
      BigDecimal amount = value.value();
      assertThat(amount.scale(), is(value.digits()));
    }
  }
}
