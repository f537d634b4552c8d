package tieout.history;

/** The history database could not be read or written (locked past the timeout, disk full...). */
public final class HistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
