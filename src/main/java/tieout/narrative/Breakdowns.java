package tieout.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Label;
import tieout.taxonomy.Taxonomy;

/**
 * The breakdown members a sentence may name for a line item ("$1,355,493 in Mongolia"): for each
 * concept, the members of the axes it is broken down by in the ledger, with their captions. Only a
 * member the ledger holds the concept under counts, so "Mongolia" narrows mineral property
 * expenditures but not a line that has no regional breakdown.
 */
final class Breakdowns {
  /** A member's caption and the dimensions of a fact broken down by it. */
  record Member(String caption, Dimensions dimensions) {}

  private final Map<String, List<Member>> byConcept = new HashMap<>();

  Breakdowns(Taxonomy taxonomy, Ledger ledger) {
    Map<String, Set<Dimensions>> held = new HashMap<>();
    for (Fact f : ledger.facts()) {
      if (f.dimensions().members().size() == 1) {
        held.computeIfAbsent(f.concept().name(), k -> new LinkedHashSet<>()).add(f.dimensions());
      }
    }
    held.forEach((concept, dims) -> {
      List<Member> members = new ArrayList<>();
      for (Dimensions d : dims) {
        String axisName = d.members().firstKey();
        Axis axis = taxonomy.axes().get(axisName);
        if (axis == null) {
          continue;
        }
        axis.member(d.member(axisName)).ifPresent(m -> {
          Set<String> captions = new LinkedHashSet<>();
          captions.add(m.name());
          m.labels().stream().map(Label::text).forEach(captions::add);
          captions.forEach(c -> members.add(new Member(c, d)));
        });
      }
      byConcept.put(concept, members);
    });
  }

  /**
   * The member {@code word} names for {@code concept}: its caption ("Mongolia") or the caption as
   * an adjective ("Mongolian"); short all-capital captions ("US") only as printed.
   */
  Optional<Dimensions> member(String concept, String word) {
    for (Member m : byConcept.getOrDefault(concept, List.of())) {
      if (names(m.caption(), word)) {
        return Optional.of(m.dimensions());
      }
    }
    return Optional.empty();
  }

  private static boolean names(String caption, String word) {
    if (caption.length() <= 3 && caption.equals(caption.toUpperCase(Locale.ROOT))) {
      return word.equals(caption);
    }
    String c = caption.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals(c) || w.equals(c + "n") || w.equals(c + "an");
  }
}
