package tieout.load;

/**
 * A value that looks like what was expected but cannot be right, such as the date in "Three Months
 * Ended February 30, 2013". The message says what is wrong without a location; the reader that knows
 * the cell or line turns it into a {@link tieout.error.UserException}.
 */
public final class BadValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadValueException(String message) {
    super(message, null, false, false);
  }
}
