package tieout.load.table;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

  @ParameterizedTest(name = "[{0}] scales amounts {1}, shares {2}, per share {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(in thousands)|3|3|3",
        "(In Millions)|6|6|6",
        "In Millions, except Per Share data|6|0|0",
        "(in thousands of US dollars, except per share amounts)|3|0|0",
        "Consolidated Balance Sheets - USD ($) $ in Thousands|3|0|0",
        "Consolidated Balance Sheets (Parentheticals) - $ / shares shares in Thousands|0|3|0",
        "Earnings Per Share - USD ($) $ / shares in Units, shares in Thousands, $ in Thousands|3|3|0",
        "Line of Credit - USD ($) $ in Millions|6|0|0",
        "(In United States dollars unless stated otherwise)|0|0|0",
        "Document and Entity Information - shares|0|0|0",
      })
  void readsScaleCaptions(String title, int monetary, int shares, int perShare) {
    assertThat(title, Scale.NONE.readFrom(title), equalTo(new Scale(monetary, shares, perShare)));
  }
}
