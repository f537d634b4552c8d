package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Values#readPlain} (the bytes' fast path) gives exactly what {@link Values#readText} (the
 * definition) gives: the same amount, scale for scale, and the same decimals; it declines what is
 * not plain.
 */
class ValuesTest {

  @Test
  void examples() {
    assertRead("2462313000", "2462313000", -3);
    assertRead("0.001", "0.001", 3);
    assertRead("0.00100", "0.001", 3);
    assertRead("0", "0", 0);
    assertRead("-0.00", "0", 0);
    assertRead("-1500", "-1500", -2);
    assertRead("12.50", "12.5", 1);
    assertRead("999999999999999999", "999999999999999999", 0);
    assertRead("007", "7", 0);
  }

  @Test
  void notPlainIsDeclinedAndLeftToTheText() {
    for (String text : new String[] {"", "-", ".5", "5.", "1.2.3", "+5", "1e3", " 5", "5 ", "1,000", "--1",
        "1234567890123456789", "-0.0000000000000000001", "١٢"}) {
      assertThat(text, new Values().readPlain(bytes(text), 0, bytes(text).length), is(false));
    }
    Values v = new Values();
    v.readText("1234567890123456789000");
    assertThat(v.amount().toPlainString(), is("1234567890123456789000"));
    assertThat(v.scale(), is(-3));
    assertThrows(NumberFormatException.class, () -> new Values().readText("1,000"));
  }

  @Test
  void plainAgreesWithTextOnRandomValues() {
    Random random = new Random(13);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      if (random.nextInt(3) == 0) {
        s.append('-');
      }
      int whole = 1 + random.nextInt(12);
      for (int d = 0; d < whole; d++) {
        s.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        s.append('.');
        int fraction = 1 + random.nextInt(7);
        for (int d = 0; d < fraction; d++) {
          s.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
      }
      String text = s.toString();
      Values plain = new Values();
      byte[] b = bytes("\t" + text + "\t"); // read from inside a line, as the reader does
      boolean read = plain.readPlain(b, 1, b.length - 1);
      int digits = text.replace("-", "").replace(".", "").length();
      assertThat(text, read, is(digits <= 18));
      if (read) {
        Values defined = new Values();
        defined.readText(text);
        assertSame(text, plain, defined);
      }
    }
  }

  private static void assertRead(String text, String amount, int scale) {
    Values plain = new Values();
    assertThat(text, plain.readPlain(bytes(text), 0, bytes(text).length), is(true));
    assertThat(text, plain.amount().toPlainString(), is(amount));
    assertThat(text, plain.scale(), is(scale));
    Values defined = new Values();
    defined.readText(text);
    assertSame(text, plain, defined);
  }

  /** Equal value and scale ({@link BigDecimal#equals}), and the same decimals. */
  private static void assertSame(String text, Values plain, Values defined) {
    assertThat(text, plain.amount(), is(defined.amount()));
    assertThat(text, plain.amount().toString(), is(defined.amount().toString()));
    assertThat(text, plain.scale(), is(defined.scale()));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
