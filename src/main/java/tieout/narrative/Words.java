package tieout.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.taxonomy.Labels;

/** Splits text into words compared as captions are ({@link Labels#normalize}), keeping each word's place. */
final class Words {
  private Words() {}

  /** A word of a sentence: {@code [start, end)} and its normalized form. */
  record Word(int start, int end, String norm) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’](?=\\p{L}))*");

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.start(), m.end(), Labels.normalize(m.group())));
    }
    return words;
  }

  /** The normalized words of a caption: "Stock-based compensation" → [stock, based, compensation]. */
  static List<String> normalizedWords(String caption) {
    return of(caption).stream().map(Word::norm).filter(w -> !w.isEmpty()).toList();
  }

  /** "NetIncomeLoss" → "Net Income Loss"; "LoansPayableToOyuTolgoi" → "Loans Payable To Oyu Tolgoi". */
  static String splitCamelCase(String name) {
    return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").replace('_', ' ');
  }
}
