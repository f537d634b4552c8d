package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** {@link Fields#split} gives what {@code split("\t", -1)} gives, empty and trailing fields included. */
class FieldsTest {

  @Test
  void everyFieldAsSplitGivesIt() {
    for (String line : new String[] {"", "a", "\t", "a\tb", "\ta\t\tb\t", "0001\tAssets\tus-gaap/2024\t20250331\t0\tUSD\t\t\t5\t",
        "x\t\t\t", "Entrée\t\u00b7\t"}) {
      assertThat(line, Fields.split(line), is(line.split("\t", -1)));
    }
  }
}
