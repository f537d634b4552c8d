package tieout.fuzz;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.MonthDay;
import tieout.load.BadValueException;
import tieout.load.table.PeriodCaptions;

/**
 * Fuzz target for period captions: for a December and a March fiscal year end, a caption names a
 * period, names none, or is refused with a {@link BadValueException} that says why (the documented
 * parse failure, which the readers turn into a located user error).
 */
class PeriodCaptionFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void parse(byte[] data) {
    String caption = FuzzInputs.text(data);
    for (MonthDay yearEnd : new MonthDay[] {MonthDay.of(12, 31), MonthDay.of(3, 31)}) {
      try {
        assertThat(PeriodCaptions.parse(caption, yearEnd), notNullValue());
      } catch (BadValueException e) {
        assertThat(e.getMessage(), not(emptyOrNullString()));
      }
    }
  }
}
