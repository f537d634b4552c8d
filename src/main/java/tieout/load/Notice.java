package tieout.load;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something about the inputs a reader should know that is not an error: a hidden sheet, row or
 * column whose figures were loaded all the same.
 *
 * @param location where, e.g. {@code entree.xlsx!Notes} or {@code entree.xlsx!Q2!7}
 * @param message what, e.g. {@code hidden sheet, 12 facts loaded}
 */
public record Notice(String location, String message) {
  public Notice {
    checkNotNull(location);
    checkNotNull(message);
  }

  /** {@code location: message}, the form every report prints. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
