package tieout.nightly;

/** How a run's email went; recorded in the history as {@link #word}. */
public enum MailStatus {
  SENT("sent"),
  /** Not sent after every attempt; the message is saved as an .eml file. */
  FAILED("failed"),
  /** {@code --dry-run}: saved as an .eml file, nothing sent. */
  DRY_RUN("dry-run");

  private final String word;

  MailStatus(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
