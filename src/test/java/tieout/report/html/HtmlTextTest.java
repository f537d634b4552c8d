package tieout.report.html;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.ledger.Amounts;

/** {@link Html}'s escaping and amounts: the same text as before they were made faster. */
class HtmlTextTest {

  @Test
  void escapesTheFiveCharactersAndReturnsCleanTextAsItIs() {
    assertThat(Html.esc("a<b>&\"c'd"), is("a&lt;b&gt;&amp;&quot;c&#39;d"));
    assertThat(Html.esc("Entrée \u00b7 2013 <"), is("Entrée \u00b7 2013 &lt;"));
    assertThat(Html.esc("'"), is("&#39;"));
    String clean = "ledger.csv lines 122, 22";
    assertThat(Html.esc(clean), sameInstance(clean));
    assertThat(Html.esc(""), is(""));
  }

  @Test
  void amountsAreWhatAmountsFormatWrites() {
    for (String a : List.of("0", "-0", "7", "-7", "999", "1000", "-1000", "294676", "-294676", "1234567", "12345678",
        "123456789012345678", "-123456789012345678", "1234567890123456789", "2.50", "-0.08", "1E+3", "1234567.50")) {
      BigDecimal amount = new BigDecimal(a);
      assertThat(a, Html.amount(amount), is(Amounts.format(amount)));
    }
  }
}
