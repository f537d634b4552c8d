package tieout.taxonomy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** How captions compare: the general rules of {@link Labels#normalize}. */
class LabelsTest {
  @Test
  void caseAccentsPunctuationAndFootnotesDoNotCount() {
    assertThat(Labels.normalize("Foreign  exchange loss(gain) (1)"), is("foreign exchange loss gain"));
    assertThat(Labels.normalize("Entrée\u00a0Gold"), is("entree gold"));
  }

  @Test
  void ampersandIsAnd() {
    assertThat(Labels.normalize("Total Liabilities & Equity"), is("total liabilities and equity"));
    assertThat(Labels.normalize("Research&development"), is("research and development"));
  }

  @Test
  void apostrophesDoNotCount() {
    assertThat(Labels.normalize("Total stockholders' equity"), is("total stockholders equity"));
    assertThat(Labels.normalize("Total stockholders equity"), is("total stockholders equity"));
    assertThat(Labels.normalize("Total stockholders\u2019 equity"), is("total stockholders equity"));
    assertThat(Labels.normalize("Moody's shareholders' deficit"), is("moodys stockholders deficit"));
  }

  @Test
  void shareholdersAndShareownersAreStockholders() {
    assertThat(Labels.normalize("TOTAL SHAREHOLDERS' EQUITY"), is("total stockholders equity"));
    assertThat(Labels.normalize("Total shareowners' equity"), is("total stockholders equity"));
    assertThat(Labels.normalize("Total stockowners equity"), is("total stockholders equity"));
    assertThat(Labels.normalize("Each shareholder"), is("each stockholder"));
    // Only whole words: "shareholdings" stays itself.
    assertThat(Labels.normalize("Shareholdings"), is("shareholdings"));
  }
}
