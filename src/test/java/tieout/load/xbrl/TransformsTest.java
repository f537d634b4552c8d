package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransformsTest {
  static final String IXT1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20";
  static final String IXT2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
  static final String IXT3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
  static final String IXT4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
  static final String IXT5 = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";
  static final String SEC = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

  private static String ns(int registry) {
    return switch (registry) {
      case 1 -> IXT1;
      case 2 -> IXT2;
      case 3 -> IXT3;
      case 4 -> IXT4;
      case 5 -> IXT5;
      default -> SEC;
    };
  }

  @ParameterizedTest(name = "ixt {0} {1} \"{2}\"")
  @CsvSource(delimiter = ';', value = {
      // Registry 1: regular groups of three
      "1; numcommadot; 1,234,567.89; 1234567.89",
      "1; numspacedot; '1 234\u00A0567.5'; 1234567.5",
      "1; numdotcomma; 1.234.567,89; 1234567.89",
      "1; numspacecomma; '1 234,5'; 1234.5",
      "1; numcomma; 1234,5; 1234.5",
      "1; numdash; -; 0",
      // Registries 2 and 3: groups of three, separators optional
      "2; numdotdecimal; 1,234; 1234",
      "3; numdotdecimal; 1234567.25; 1234567.25",
      "3; numdotdecimal; '1 234,567.0'; 1234567.0",
      "3; numcommadecimal; '1 234,5'; 1234.5",
      "2; numcommadecimal; 1.234.567,89; 1234567.89",
      "3; zerodash; \u2014; 0",
      "2; zerodash; -; 0",
      "3; numunitdecimal; 12 dollars 34 cents; 12.34",
      "3; numunitdecimal; '1,234 dollars 5 cents'; 1234.05",
      "2; numunitdecimal; '\uFF11\uFF12\u5186\uFF15\uFF10\u92AD'; 12.50",
      "3; numunitdecimalin; '1,23,456 rupees 50 paise'; 123456.50",
      "3; numdotdecimalin; '1,23,45,678.90'; 12345678.90",
      "3; numdotdecimalin; 12345; 12345",
      // Registries 4 and 5: separators anywhere in the whole part
      "4; num-dot-decimal; 1,234,567.89; 1234567.89",
      "4; num-dot-decimal; ' 12 345 '; 12345",
      "4; num-dot-decimal; 12,34,567; 1234567",
      "4; num-dot-decimal; .5; 0.5",
      "5; num-comma-decimal; '1 234,5'; 1234.5",
      "4; num-comma-decimal; 1.234.567,0; 1234567.0",
      "4; fixed-zero; -; 0",
      "5; fixed-zero; nil; 0",
      "4; num-unit-decimal; 7 euro 50; 7.50",
      "4; num-unit-decimal; '1.234,- Euro 5'; 1234.05",
      "4; numdotdecimalin; '1,23,456.5'; 123456.5",
      "5; num-dot-decimal-apos; 1'234'567.89; 1234567.89",
      "5; num-dot-decimal-apos; 1\u2019234.5; 1234.5",
      "5; num-comma-decimal-apos; 1'234,5; 1234.5",
      "5; num-unit-decimal-apos; 1'234 Franken 50; 1234.50",
  })
  void numberFormats(int registry, String format, String text, String expected) {
    assertEquals(expected, Transforms.apply(ns(registry), format, text).toPlainString());
  }

  @ParameterizedTest(name = "ixt {0} {1} \"{2}\"")
  @CsvSource(delimiter = ';', value = {
      "1; numcommadot; 1234,567.5",       // a group not of three
      "1; numcomma; 1.234,5",              // no group separator at all
      "3; numdotdecimal; 12,34,567",       // groups of three in registries 2 and 3
      "3; numdotdecimal; 1'234.5",         // no apostrophes before registry 5's -apos names
      "3; numcommadecimal; '1 234.5'",
      "4; num-dot-decimal; 1'234.5",
      "4; num-dot-decimal; 1,234.",        // a point needs a digit after it
      "4; num-dot-decimal; ','",
      "4; num-comma-decimal; 1,234,5",
      "5; num-dot-decimal-apos; 1.234'5",  // no apostrophe in the fraction
      "3; numdotdecimalin; '1,234,567'",   // Indian groups are of two before the last three
  })
  void textThatDoesNotFitItsFormatIsNotANumber(int registry, String format, String text) {
    assertEquals("expected a number for format '" + format + "', found \"" + text.toLowerCase() + "\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(ns(registry), format, text)).getMessage());
  }

  @Test
  void unitFormatsWantTheirFraction() {
    assertEquals("expected digits, a unit and one or two digits of fraction for format 'num-unit-decimal', found"
        + " \"7 euro\"", assertThrows(IllegalArgumentException.class,
            () -> Transforms.apply(IXT4, "num-unit-decimal", "7 euro")).getMessage());
    assertEquals("expected digits, a unit and one or two digits of fraction for format 'numunitdecimal', found"
        + " \"12 dollars 345 cents\"", assertThrows(IllegalArgumentException.class,
            () -> Transforms.apply(IXT3, "numunitdecimal", "12 dollars 345 cents")).getMessage());
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

  /** A name is valid only in the registry its namespace names; the message names those that define it. */
  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = ';', value = {
      "numdotdecimal; 4; ixt 4 (2020-02-12); ixt 2 (2011-07-31), ixt 3 (2015-02-26) define",
      "numdotdecimal; 1; ixt 1 (2010-04-20); ixt 2 (2011-07-31), ixt 3 (2015-02-26) define",
      "num-dot-decimal; 3; ixt 3 (2015-02-26); ixt 4 (2020-02-12), ixt 5 (2022-02-16) define",
      "fixed-zero; 3; ixt 3 (2015-02-26); ixt 4 (2020-02-12), ixt 5 (2022-02-16) define",
      "zerodash; 4; ixt 4 (2020-02-12); ixt 2 (2011-07-31), ixt 3 (2015-02-26) define",
      "zerodash; 1; ixt 1 (2010-04-20); ixt 2 (2011-07-31), ixt 3 (2015-02-26) define",
      "numcommadot; 2; ixt 2 (2011-07-31); ixt 1 (2010-04-20) defines",
      "numunitdecimalin; 4; ixt 4 (2020-02-12); ixt 3 (2015-02-26) defines",
      "num-dot-decimal-apos; 4; ixt 4 (2020-02-12); ixt 5 (2022-02-16) defines",
      "numwordsen; 4; ixt 4 (2020-02-12); ixt-sec (2015-08-31) defines",
      "num-dot-decimal; 6; ixt-sec (2015-08-31); ixt 4 (2020-02-12), ixt 5 (2022-02-16) define",
  })
  void aNameOutsideItsRegistryNamesTheRegistriesThatDefineIt(String format, int registry, String title,
      String defining) {
    assertEquals("expected a number format of the registry the format's namespace names, " + title + ", found '"
        + format + "', which only " + defining,
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(ns(registry), format, "1")).getMessage());
  }

  @Test
  void unknownFormatsAndRegistriesAreNamed() {
    assertEquals("expected a number format such as ixt:num-dot-decimal, ixt:num-comma-decimal, ixt:zerodash,"
        + " ixt:fixed-zero or ixt-sec:numwordsen, found 'date-day-month-year', which tieout does not know for a number",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(IXT4, "date-day-month-year", "1/2/2024"))
            .getMessage());
    // No registry has these: the SEC's names are one word, and "fixedzero" is nobody's.
    for (String name : new String[] {"num-word-en", "fixedzero"}) {
      assertEquals("expected a number format such as ixt:num-dot-decimal, ixt:num-comma-decimal, ixt:zerodash,"
          + " ixt:fixed-zero or ixt-sec:numwordsen, found '" + name + "', which tieout does not know for a number",
          assertThrows(IllegalArgumentException.class, () -> Transforms.apply(SEC, name, "1")).getMessage());
    }
    String m = assertThrows(IllegalArgumentException.class, () -> Transforms.apply("urn:x", "num-dot-decimal", "1"))
        .getMessage();
    assertEquals("expected a format of an Inline XBRL transformation registry, found 'num-dot-decimal' in namespace"
        + " 'urn:x'", m.substring(0, m.indexOf(';')));
    assertEquals("expected English number words for format 'numwordsen' (such as \"none\", \"one\","
        + " \"twenty-five\"), found \"a few\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(SEC, "numwordsen", "a few")).getMessage());
    assertEquals("expected a dash for format 'zerodash', found \"0\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(IXT3, "zerodash", "0")).getMessage());
    assertEquals("expected a hyphen-minus for format 'numdash', found \"\u2014\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(IXT1, "numdash", "\u2014")).getMessage());
    assertEquals("expected a dash for format 'zerodash', found \"--\"",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(IXT3, "zerodash", "--")).getMessage());
    assertEquals("expected a finite number, found format 'numinf' (an infinite value), which no calculation can use",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(SEC, "numinf", "Unlimited")).getMessage());
    assertEquals("expected a finite number, found format 'numnan' (not a number), which no calculation can use",
        assertThrows(IllegalArgumentException.class, () -> Transforms.apply(SEC, "numnan", "n/a")).getMessage());
  }
}
