package tieout.narrative;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.Taxonomy;

/**
 * The captions prose may use for monetary line items: every unscoped label of the taxonomy and
 * every concept name read as words ("InterestExpense" → "interest expense"). Labels scoped to one
 * table ("Total" in "Financing") are that table's wording, not the prose's, so they are left out.
 */
final class CaptionIndex {
  /** First word → captions starting with it (as word lists), longest first. */
  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();
  private final Map<List<String>, Set<LineItem>> items = new LinkedHashMap<>();

  CaptionIndex(Taxonomy taxonomy) {
    for (Concept c : taxonomy.concepts().values()) {
      if (c.itemType() != ItemType.MONETARY) {
        continue;
      }
      for (Label l : c.labels()) {
        if (l.scope().isEmpty()) {
          add(Words.normalizedWords(l.text()), new LineItem(c, l.member()));
        }
      }
      add(Words.normalizedWords(Words.splitCamelCase(c.name())), new LineItem(c, Dimensions.NONE));
    }
    byFirstWord.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.size(), a.size())));
  }

  private void add(List<String> words, LineItem item) {
    if (words.isEmpty()) {
      return;
    }
    Set<LineItem> set = items.get(words);
    if (set == null) {
      set = new LinkedHashSet<>();
      items.put(words, set);
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
    }
    set.add(item);
  }

  /** The captions in {@code words}, left to right, each the longest that starts at its word. */
  List<Mention> mentions(String sentence, List<Words.Word> words) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      List<String> match = longestAt(words, i);
      if (match == null) {
        i++;
        continue;
      }
      int last = i + match.size() - 1;
      int start = words.get(i).start();
      int end = words.get(last).end();
      found.add(
          new Mention(start, end, i, last + 1, sentence.substring(start, end), ImmutableList.copyOf(total(items.get(match)))));
      i = last + 1;
    }
    return found;
  }

  /**
   * A caption that names one concept under several breakdowns ("Net income" in the income
   * statement and in the equity statement's columns) names its total when one of them is the total.
   */
  private static Set<LineItem> total(Set<LineItem> named) {
    if (named.size() < 2 || named.stream().map(i -> i.concept().name()).distinct().count() != 1) {
      return named;
    }
    return named.stream().filter(i -> i.dimensions().isEmpty()).findFirst().map(Set::of).orElse(named);
  }

  private List<String> longestAt(List<Words.Word> words, int i) {
    List<List<String>> candidates = byFirstWord.get(words.get(i).norm());
    if (candidates == null) {
      return null;
    }
    for (List<String> c : candidates) {
      if (i + c.size() <= words.size() && matches(words, i, c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean matches(List<Words.Word> words, int i, List<String> caption) {
    for (int k = 0; k < caption.size(); k++) {
      if (!words.get(i + k).norm().equals(caption.get(k))) {
        return false;
      }
    }
    return true;
  }
}
