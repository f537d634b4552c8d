package tieout.taxonomy;

import java.text.Normalizer;
import java.util.Locale;

/** How captions are compared: case, accents, punctuation and runs of white space do not matter. */
public final class Labels {
  private Labels() {}

  /**
   * "Foreign exchange loss (gain)" and "foreign  exchange loss(gain)" compare equal; so do "Entrée"
   * and "Entree". Non-breaking spaces count as spaces; footnote markers such as "(1)" at the end
   * are dropped.
   */
  public static String normalize(String caption) {
    String s = Normalizer.normalize(caption, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replace('\u00a0', ' ').replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\(\\d\\)\\s*$", "");
    s = s.replaceAll("[^\\p{L}\\p{N}%$&']+", " ").strip();
    return s;
  }
}
