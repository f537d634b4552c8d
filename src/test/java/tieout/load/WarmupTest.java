package tieout.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class WarmupTest {
  @Test
  void readsEveryFilledCellOfTheBundledWorkbook() {
    // Title, merged heading, two period captions, three lines of three cells, the total and its formula.
    assertThat(Warmup.readBundledWorkbook(), is(15L));
  }
}
