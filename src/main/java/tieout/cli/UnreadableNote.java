package tieout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import tieout.load.InputProblem;

/**
 * For the commands whose report has no place for them ({@code explain}, {@code narrative}, or a
 * report written to a file): the unreadable inputs on standard error, at most 20, then the total.
 */
final class UnreadableNote {
  static final int SHOWN = 20;

  private UnreadableNote() {}

  /** Prints {@code problems} (nothing when there are none) and where to see them all. */
  static void print(List<InputProblem> problems, PrintWriter err, String all) {
    if (problems.isEmpty()) {
      return;
    }
    err.println("tieout: " + problems.size() + (problems.size() == 1 ? " unreadable input" : " unreadable inputs")
        + " (errors: not loaded; the rest was loaded and checked):");
    for (InputProblem p : problems.subList(0, Math.min(SHOWN, problems.size()))) {
      err.println("  " + InputProblem.STATUS + " " + p);
    }
    if (problems.size() > SHOWN) {
      err.println(String.format(Locale.ROOT, "  %,d shown of %,d; all in %s", SHOWN, problems.size(), all));
    }
    err.flush();
  }
}
