package tieout.load;

import java.util.ArrayList;
import java.util.List;
import tieout.error.Diagnostic;
import tieout.error.UserException;

/**
 * The bad cells and lines found while loading, collected so that one run reports them together
 * (a controller fixes them all at once) instead of stopping at the first.
 */
final class Problems {
  /** The most diagnostics one exception carries; beyond it the last one says how many more there are. */
  static final int LIMIT = 20;

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Adds a problem; the same message at the same place (a merged heading over columns) counts once. */
  void add(String location, String message) {
    Diagnostic diagnostic = Diagnostic.at(location, message);
    if (!diagnostics.contains(diagnostic)) {
      diagnostics.add(diagnostic);
    }
  }

  void addAll(UserException e) {
    diagnostics.addAll(e.diagnostics());
  }

  void addAll(Problems other) {
    other.diagnostics.stream().filter(d -> !diagnostics.contains(d)).forEach(diagnostics::add);
  }

  boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  int size() {
    return diagnostics.size();
  }

  /** Throws the problems found so far, at most {@link #LIMIT} of them, if there are any. */
  void throwIfAny() {
    if (diagnostics.isEmpty()) {
      return;
    }
    if (diagnostics.size() <= LIMIT) {
      throw new UserException(diagnostics);
    }
    List<Diagnostic> shown = new ArrayList<>(diagnostics.subList(0, LIMIT - 1));
    int more = diagnostics.size() - shown.size();
    shown.add(
        Diagnostic.at(
            diagnostics.get(LIMIT - 1).location(), "and " + more + " more errors; fix the ones above first"));
    throw new UserException(shown);
  }
}
