package tieout.cli;

/** The process exit codes, documented in the README; a close checklist or scheduler keys on them. */
public final class ExitCodes {
  /** Every check ties (nothing failed at or above {@code --fail-on}). */
  public static final int OK = 0;
  /** At least one check failed at or above {@code --fail-on}. */
  public static final int DISCREPANCIES = 1;
  /** Bad input: a file, a cell, a rule, a flag or a path. */
  public static final int USER_ERROR = 2;
  /** A bug in tieout. */
  public static final int INTERNAL_ERROR = 3;
  /** {@code nightly}: the run is recorded but its email could not be sent; it is saved as an .eml. */
  public static final int MAIL_NOT_SENT = 4;

  private ExitCodes() {}
}
