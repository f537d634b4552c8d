package tieout.report.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tieout.ledger.Amounts;

/** {@link HtmlOut} writes what {@link Html#esc} and {@link Html#amount} make, byte for byte. */
class HtmlOutTest {

  private static String written(Writer to, HtmlOutWrite write) throws IOException {
    HtmlOut out = new HtmlOut(to);
    write.to(out);
    out.flush();
    return to.toString();
  }

  private interface HtmlOutWrite {
    void to(HtmlOut out) throws IOException;
  }

  @Test
  void escapesAsHtmlEscDoes() throws IOException {
    assertThat(written(new StringWriter(), out -> out.esc("a\"b'c<d>&e \u2013 \u00b7 \ud83d\ude00")),
        is("a&quot;b&#39;c&lt;d&gt;&amp;e \u2013 \u00b7 \ud83d\ude00"));
  }

  @Test
  void randomTextIsEscapedAndEncodedAsHtmlEscThenUtf8() throws IOException {
    Random random = new Random(13);
    // Whole characters: a lone surrogate is written as '?' by every report writer, not compared here.
    List<String> alphabet = List.of("a", "b", " ", "<", ">", "&", "\"", "'", "\u00e9", "\u00b7", "\u2013", "\u2212",
        "\ud83d\ude00");
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(n < 10 ? 5000 : 60);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.get(random.nextInt(alphabet.size())));
      }
      String s = text.toString();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      OutputStreamWriter utf8 = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
      written(utf8, out -> out.raw("<p>").esc(s).raw('!'));
      assertThat(bytes.toString(StandardCharsets.UTF_8), is("<p>" + Html.esc(s) + "!"));
    }
  }

  @Test
  void amountsAreGroupedAsAmountsFormatGroupsThem() throws IOException {
    for (String a : List.of("0", "-0", "7", "-7", "999", "1000", "-1000", "100000", "-100000", "294676", "1234567",
        "999999999999999999", "-999999999999999999", "1000000000000000000", "-9223372036854775808", "2.50", "-0.08",
        "1E+3", "1234567.50")) {
      BigDecimal amount = new BigDecimal(a);
      assertThat(a, written(new StringWriter(), out -> out.amount(amount)), is(Amounts.format(amount)));
    }
    assertThat(written(new StringWriter(), out -> out.amount(java.util.Optional.empty(), "-")), is("-"));
  }
}
