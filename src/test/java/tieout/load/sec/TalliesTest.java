package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** A filing's currencies and roundings as counted while its facts are read. */
class TalliesTest {
  @Test
  void theMainCurrencyIsTheMostUsedAndOnATieTheFirstAlphabetically() {
    Currencies one = new Currencies();
    one.add("USD");
    one.add(new String("USD"));
    assertThat(one.mainOfSeveral(), is(nullValue()));

    Currencies tie = new Currencies();
    for (String c : new String[] {"USD", "CNY", "USD", "EUR", "CNY", "EUR"}) {
      tie.add(c);
    }
    assertThat(tie.mainOfSeveral(), is("CNY"));

    Currencies most = new Currencies();
    for (String c : new String[] {"USD", "CNY", "USD", "EUR", "CNY", "USD"}) {
      most.add(c);
    }
    assertThat(most.mainOfSeveral(), is("USD"));
  }

  @Test
  void aUnitsRoundingIsOneMoreThanHalfItsAmountsShow() {
    Rounding r = new Rounding();
    r.add("USD", -3);
    r.add("USD", -3);
    r.add("USD", -6);
    r.add("EUR", -3); // a tie: no majority
    r.add("EUR", 0);
    r.add("CNY", -5);
    r.settle();
    assertThat(r.any(), is(true));
    assertThat(r.mode("USD"), is(-3));
    assertThat(r.mode(new String("CNY")), is(-5));
    assertThat(r.mode("EUR"), is(Rounding.NONE));
    assertThat(r.mode("JPY"), is(Rounding.NONE));

    Rounding none = new Rounding();
    none.add("USD", -3);
    none.add("USD", 0);
    none.settle();
    assertThat(none.any(), is(false));
  }
}
