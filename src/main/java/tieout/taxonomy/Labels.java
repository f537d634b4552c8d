package tieout.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How captions are compared: case, accents, punctuation and runs of white space do not matter. */
public final class Labels {
  // Compiled once: String.replaceAll compiles its pattern at every call, and every caption of
  // every workbook is normalized.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d\\)\\s*$");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}%$]+");
  // Filers write the owners of a company's equity four ways; one word stands for all of them.
  private static final Pattern HOLDERS = Pattern.compile("\\b(?:share|stock)(?:holder|owner)(s?)\\b");

  private Labels() {}

  /**
   * "Foreign exchange loss (gain)" and "foreign  exchange loss(gain)" compare equal; so do "Entrée"
   * and "Entree". Non-breaking spaces count as spaces; footnote markers such as "(1)" at the end
   * are dropped. As real filers' captions vary: "&" is "and"; apostrophes do not count
   * ("stockholders' equity", "stockholders equity"); shareholders, shareowners and stockowners are
   * stockholders ("Total Liabilities & Shareholders' Equity" is "total liabilities and stockholders
   * equity").
   */
  public static String normalize(String caption) {
    String s = MARKS.matcher(Normalizer.normalize(caption, Normalizer.Form.NFKD)).replaceAll("");
    s = s.replace('\u00a0', ' ').replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    s = FOOTNOTE.matcher(s).replaceAll("");
    s = s.replace("'", "").replace("&", " and ");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    s = HOLDERS.matcher(s).replaceAll("stockholder$1");
    return s;
  }
}
