package tieout.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

  @ParameterizedTest(name = "[{0}] is {1} with {2} digits")
  @CsvSource(
      delimiter = '|',
      value = {
        "1234|1234|0",
        "1,234|1234|0",
        "1,234,567|1234567|0",
        "(1,234)|-1234|0",
        "$ 1,234|1234|0",
        "$1,234|1234|0",
        "$(1,234)|-1234|0",
        "$ (1,234)|-1234|0",
        "($1,234)|-1234|0",
        "( $ 1,234 )|-1234|0",
        "-1,234|-1234|0",
        "−1,234|-1234|0",
        "-$1,234|-1234|0",
        "1,234.56|1234.56|2",
        "(0.08)|-0.08|2",
        "$ (0.01)|-0.01|2",
        "0.080|0.080|3",
        ".5|0.5|1",
        "1,234 $|1234|0",
        "  42  |42|0",
      })
  void parsesNumbers(String printed, String value, int digits) {
    ParsedAmount parsed = AmountParser.parse(printed);

    assertThat(printed, parsed, instanceOf(ParsedAmount.Value.class));
    ParsedAmount.Value v = (ParsedAmount.Value) parsed;
    assertThat(printed, v.value(), comparesEqualTo(new BigDecimal(value)));
    assertThat(printed, v.digits(), equalTo(digits));
  }

  @Test
  void ignoresNonBreakingSpaces() {
    assertThat(AmountParser.parse("$\u00a01,234\u00a0"), equalTo(new ParsedAmount.Value(new BigDecimal("1234"), 0)));
    assertThat(AmountParser.parse("\u00a0"), equalTo(ParsedAmount.BLANK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "–", "—", "$ -", "$-", "$ —", " – "})
  void dashAloneIsAReportedZero(String printed) {
    assertThat(AmountParser.parse(printed), equalTo(ParsedAmount.DASH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nil", "NIL", "Nil"})
  void nilInAnyCaseIsNil(String printed) {
    assertThat(AmountParser.parse(printed), equalTo(ParsedAmount.NIL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankIsNoFact(String printed) {
    assertThat(AmountParser.parse(printed), equalTo(ParsedAmount.BLANK));
  }

  @ParameterizedTest(name = "[{0}] is not an amount")
  @CsvSource(
      delimiter = '|',
      value = {
        "n/a|text \"n/a\"",
        "$$12|text \"$$12\"",
        "12 34|text \"12 34\"",
        "-(1,234)|text \"-(1,234)\"",
        "(1,234|text \"(1,234\"",
        "1,23|\"1,23\", which is ambiguous without a locale; write amounts with ',' between thousands and '.' before decimals, e.g. 1,234.56",
        "1.234,56|\"1.234,56\", which is ambiguous without a locale; write amounts with ',' between thousands and '.' before decimals, e.g. 1,234.56",
        "1.234.567|\"1.234.567\", which is ambiguous without a locale; write amounts with ',' between thousands and '.' before decimals, e.g. 1,234.56",
        "C$ 10|text \"C$ 10\"",
      })
  void rejectsWhatIsNotAnAmount(String printed, String found) {
    assertThat(AmountParser.parse(printed), equalTo(new ParsedAmount.Invalid(found)));
  }
}
