package tieout.load;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something in the data that could not be read: a cell, a line, a sheet or a whole file (damaged,
 * encrypted, empty, binary). A finding of severity error with status {@code UNREADABLE}: the rest
 * of the data is still loaded and checked, and the run exits 1 (exit 2 with {@code --strict}).
 *
 * @param location where, e.g. {@code entree.xlsx!Q2!D7}, {@code facts.csv:12} or {@code book.xlsx}
 * @param message what was expected and found, and what to do
 */
public record InputProblem(String location, String message) {
  /** The status every report prints for these findings. */
  public static final String STATUS = "UNREADABLE";

  public InputProblem {
    checkNotNull(location);
    checkNotNull(message);
  }

  /** {@code location: message}, the form every report prints. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
