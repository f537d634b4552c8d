package tieout.run;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.load.UnreadableAmount;

/**
 * Names the cell behind a figure "not reported": a check NOT_EVALUATED because an operand is
 * missing, where that operand's cell was there but could not be read, says so ({@code ... not
 * reported at 2013-03-31 (unreadable: book.xlsx!BS!C7)}), so that the reader looks at the cell
 * rather than for a figure that was never printed.
 */
final class UnreadableReasons {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");

  private UnreadableReasons() {}

  /** {@code findings}, each NOT_EVALUATED one whose missing figure was an unreadable cell naming it. */
  static ImmutableList<Finding> name(ImmutableList<Finding> findings, List<UnreadableAmount> amounts) {
    if (amounts.isEmpty()) {
      return findings;
    }
    Map<String, List<UnreadableAmount>> byConcept = new HashMap<>();
    for (UnreadableAmount a : amounts) {
      byConcept.computeIfAbsent(a.concept().name(), k -> new ArrayList<>()).add(a);
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builderWithExpectedSize(findings.size());
    for (Finding f : findings) {
      out.add(f.status() == Status.NOT_EVALUATED ? named(f, byConcept) : f);
    }
    return out.build();
  }

  private static Finding named(Finding f, Map<String, List<UnreadableAmount>> byConcept) {
    String reason = f.reason().orElseThrow();
    Set<String> cells = new LinkedHashSet<>();
    Matcher words = WORD.matcher(reason);
    while (words.find()) {
      for (UnreadableAmount a : byConcept.getOrDefault(words.group(), List.of())) {
        if (a.entity().equals(f.entity()) && reason.contains(a.period().toString()) && sameMembers(a, f, reason)) {
          cells.add(a.location());
        }
      }
    }
    if (cells.isEmpty()) {
      return f;
    }
    return new Finding(f.rule(), f.severity(), f.status(), f.message(), f.entity(), f.period(), f.dimensions(),
        f.reported(), f.computed(), f.variance(), f.tolerance(),
        Optional.of(reason + " (unreadable: " + String.join(", ", cells) + ")"), f.operands());
  }

  /** The check's own members, or members its reason names (a breakdown's missing member). */
  private static boolean sameMembers(UnreadableAmount a, Finding f, String reason) {
    return a.dimensions().equals(f.dimensions())
        || a.dimensions().members().values().stream().allMatch(reason::contains);
  }
}
