package tieout.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text or Markdown document into the sentences of its prose, leaving out its tables: lines
 * with a tab (tables pasted from a spreadsheet or PDF), pipe-delimited Markdown tables, fenced code
 * blocks, and rows of figures (two or more numbers and no sentence ending).
 */
final class ProseSplitter {
  private ProseSplitter() {}

  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\(?-?\\d[\\d,]*(?:\\.\\d+)?\\)?(?![\\p{L}\\d])");
  private static final Pattern END = Pattern.compile("[.!?]['\"”’)]*(?=\\s+[\\p{Lu}\"“'(\\\\$\\d-]|\\s*$)");
  /** Words that end with a period without ending the sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("inc", "ltd", "corp", "co", "no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc",
          "approx", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "geol", "eng", "p", "u.s", "s.a", "fig", "ref", "cf");

  static List<Sentence> sentences(List<String> lines) {
    List<Sentence> out = new ArrayList<>();
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || isTable(line)) {
        continue;
      }
      split(i + 1, line, out);
    }
    return out;
  }

  /** Whether a line is part of a table rather than prose. */
  static boolean isTable(String line) {
    String s = line.strip();
    if (line.indexOf('\t') >= 0 || s.startsWith("|") || s.matches("[-:| ]*\\|[-:| ]*")) {
      return true;
    }
    if (s.chars().filter(c -> c == '|').count() >= 2) {
      return true;
    }
    Matcher m = NUMBER.matcher(s);
    int numbers = 0;
    while (m.find()) {
      numbers++;
    }
    return numbers >= 2 && !s.matches(".*[.!?:;]['\"”’)]*$");
  }

  private static void split(int lineNo, String line, List<Sentence> out) {
    int start = 0;
    Matcher m = END.matcher(line);
    while (m.find()) {
      if (isAbbreviation(line, m.start())) {
        continue;
      }
      add(lineNo, line, start, m.end(), out);
      start = m.end();
    }
    add(lineNo, line, start, line.length(), out);
  }

  private static boolean isAbbreviation(String line, int dot) {
    if (line.charAt(dot) != '.') {
      return false;
    }
    int w = dot;
    while (w > 0 && (Character.isLetter(line.charAt(w - 1)) || line.charAt(w - 1) == '.')) {
      w--;
    }
    String word = line.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
    return word.length() == 1 || ABBREVIATIONS.contains(word) || word.contains(".");
  }

  private static void add(int lineNo, String line, int from, int to, List<Sentence> out) {
    while (from < to && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    if (from < to) {
      out.add(new Sentence(lineNo, from, line.substring(from, to)));
    }
  }
}
