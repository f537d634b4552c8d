package tieout.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Unit;

/** The wording of NOT_EVALUATED reasons, so that every check names missing figures alike. */
final class Reasons {
  private Reasons() {}

  /** {@code at 2013-03-31} for an instant, {@code for 2013-01-01/2013-12-31} for a duration. */
  static String when(Period period) {
    return (period.isInstant() ? "at " : "for ") + period;
  }

  /** {@code total StockholdersEquity not reported at 2013-03-31}; {@code role} may be empty. */
  static String notReported(String role, Concept concept, Period period) {
    return (role.isEmpty() ? "" : role + " ") + concept.name() + " not reported " + when(period);
  }

  /** {@code Q2 2013-04-01/2013-06-30 of ExplorationExpense not reported}, for roll-ups. */
  static String partNotReported(String part, Period period, Concept concept) {
    return part + " " + period + " of " + concept.name() + " not reported";
  }

  /** {@code opening balance AccumulatedDeficit at 2012-12-31 not reported}, for roll-forwards. */
  static String balanceNotReported(String role, Concept concept, Period period) {
    return role + " " + concept.name() + " " + when(period) + " not reported";
  }

  /** What is missing, and where it was nil if it was: {@code ... (nil at t.xlsx!S!D7)}. */
  static String missing(String whatIsMissing, Optional<Fact> nil) {
    return whatIsMissing + nil.map(f -> " (nil at " + f.source() + ")").orElse("");
  }

  /** {@code units differ: USD and CAD}, or empty when all units are one. */
  static Optional<String> unitsDiffer(List<Fact> facts) {
    // Every check asks, and nearly all have one unit: compare before building a set.
    boolean oneUnit = true;
    for (int i = 1; i < facts.size() && oneUnit; i++) {
      oneUnit = facts.get(i).unit().equals(facts.get(0).unit());
    }
    if (oneUnit) {
      return Optional.empty();
    }
    Set<Unit> distinct = new LinkedHashSet<>();
    facts.forEach(f -> distinct.add(f.unit()));
    if (distinct.size() < 2) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    distinct.forEach(u -> names.add(u.id()));
    String last = names.remove(names.size() - 1);
    return Optional.of("units differ: " + String.join(", ", names) + " and " + last);
  }
}
