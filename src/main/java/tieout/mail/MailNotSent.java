package tieout.mail;

/** Sending failed for good: a permanent error, or transient ones on every attempt. */
public final class MailNotSent extends Exception {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  MailNotSent(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  public int attempts() {
    return attempts;
  }
}
