package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformsTest {
  static final String IXT4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
  static final String IXT3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
  static final String SEC = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "num-dot-decimal; 1,234,567.89; 1234567.89",
      "num-dot-decimal; ' 12 345 '; 12345",
      "numdotdecimal; 1,234; 1234",
      "num-comma-decimal; 1.234.567,89; 1234567.89",
      "numcommadecimal; 1 234,5; 1234.5",
      "zerodash; \u2014; 0",
      "fixed-zero; -; 0",
      "numunitdecimal; 12 dollars 34 cents; 12.34",
      "numunitdecimal; '1,234 dollars 5 cents'; 1234.05",
      "num-unit-decimal; 7 euro; 7",
      "numunitdecimalin; '1,23,456 rupees 50 paise'; 123456.50",
      "numdotdecimalin; '1,23,45,678.90'; 12345678.90",
  })
  void numberFormats(String format, String text, String expected) {
    String ns = format.contains("-") ? IXT4 : IXT3;
    assertEquals(expected, Transforms.apply(ns, format, text).toPlainString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "none; 0", "one; 1", "twenty-five; 25", "two hundred and five; 205", "three million; 3000000",
      "One Thousand Two Hundred; 1200", "5 million; 5000000"})
  void englishNumberWords(String text, String expected) {
    assertEquals(expected, Transforms.apply(SEC, "numwordsen", text).toPlainString());
  }

  @Test
  void noFormatMeansAPlainDecimal() {
    assertEquals("1234.50", Transforms.apply(null, null, " 1234.50 ").toPlainString());
    assertEquals("expected a number for format 'no format (a plain decimal such as 1234.5)', found \"1,234\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(null, null, "1,234")).getMessage());
  }

  @Test
  void unknownFormatsAndRegistriesAreNamed() {
    assertEquals("expected a number format such as ixt:num-dot-decimal, ixt:num-comma-decimal, ixt:zerodash,"
        + " ixt:fixed-zero or ixt-sec:numwordsen, found 'date-day-month-year', which tieout does not know for a number",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(IXT4, "date-day-month-year", "1/2/2024"))
            .getMessage());
    String m = assertThrows(IllegalArgumentException.class, () -> Transforms.apply("urn:x", "num-dot-decimal", "1"))
        .getMessage();
    assertEquals("expected a format of an Inline XBRL transformation registry, found 'num-dot-decimal' in namespace"
        + " 'urn:x'", m.substring(0, m.indexOf(';')));
    assertEquals("expected English number words for format 'numwordsen' (such as \"none\", \"one\","
        + " \"twenty-five\"), found \"a few\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(SEC, "numwordsen", "a few")).getMessage());
    assertEquals("expected a dash for format 'zerodash', found \"0\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(IXT3, "zerodash", "0")).getMessage());
  }
}
