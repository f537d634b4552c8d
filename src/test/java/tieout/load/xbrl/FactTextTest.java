package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FactText's decimal against the String path it replaced: strip, one '+' off, BigDecimal(String). */
class FactTextTest {
  private static BigDecimal byString(String text) {
    String t = text.strip();
    try {
      return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static final List<String> TEXTS = List.of("0", "1234567", "-1234.50", "  42\n", "\n\t-0.001 ", "+5", "++5",
      "+-5", "-+5", "+", "-", "", "   ", "1e3", "1E-3", "1.", ".5", "-.5", "1,000", "n/a", "12 34", "\u2003 7 \u2003",
      "\u00a07", "7\u00a0", "٣", "0x10", "1e", "e1", "INF", "NaN", "-0", "00012.3400", "9".repeat(200),
      "1.5e+10", "- 5");

  @Test
  void readsAsTheStringPathDid() {
    FactText text = new FactText();
    for (String t : TEXTS) {
      text.setLength(0);
      text.append(t.toCharArray(), 0, t.length());
      assertEquals(byString(t), text.decimal(), t);
      assertEquals(t, text.toString());
    }
  }

  @Test
  void joinsPiecesAndIsReused() {
    FactText text = new FactText();
    char[] buffer = "xx 12|34.5 yy".toCharArray();
    text.append(buffer, 2, 3);
    text.append(buffer, 6, 5);
    assertEquals(new BigDecimal("1234.5"), text.decimal());
    assertEquals(" 1234.5 ", text.toString());
    text.setLength(0);
    String big = "1".repeat(1000);
    text.append(big.toCharArray(), 0, big.length());
    assertEquals(new BigDecimal(big), text.decimal());
    text.setLength(0);
    assertNull(text.decimal());
    assertEquals("", text.toString());
  }
}
