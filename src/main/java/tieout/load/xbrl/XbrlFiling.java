package tieout.load.xbrl;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import tieout.error.Diagnostic;
import tieout.ledger.Fact;
import tieout.load.Notice;

/**
 * An XBRL filing as tieout reads it: its numeric facts, the summations of its calculation linkbases,
 * the standard labels and role definitions that name them in findings, the notices of what was read
 * and how (which schema, which linkbases, hidden facts, skipped non-numeric facts) and the problems
 * found in the data (a fact without its context, an unknown transform), each at {@code file:line:col};
 * the facts with problems are left out and the rest are loaded.
 *
 * @param document the instance or inline document's file name
 * @param labels tieout concept name to standard label
 * @param roleDefinitions extended link role URI to its definition (from the extension schema)
 * @param nonNumeric non-numeric facts counted and skipped (text, dates, fractions)
 */
public record XbrlFiling(
    String document,
    ImmutableList<Fact> facts,
    ImmutableList<Summation> summations,
    ImmutableMap<String, String> labels,
    ImmutableMap<String, String> roleDefinitions,
    ImmutableList<Notice> notices,
    ImmutableList<Diagnostic> problems,
    int nonNumeric) {
  public XbrlFiling {
    checkNotNull(document);
    checkNotNull(facts);
    checkNotNull(summations);
    checkNotNull(labels);
    checkNotNull(roleDefinitions);
    checkNotNull(notices);
    checkNotNull(problems);
  }

  /** The caption a reader knows {@code concept} by: its standard label, else its name. */
  public String label(String concept) {
    return labels.getOrDefault(concept, concept);
  }

  /** A role's definition, else the last segment of its URI. */
  public String roleName(String role) {
    String definition = roleDefinitions.get(role);
    if (definition != null) {
      return definition;
    }
    int slash = role.lastIndexOf('/');
    return slash >= 0 && slash < role.length() - 1 ? role.substring(slash + 1) : role;
  }
}
