package tieout.mail;

/** How the SMTP connection is protected. */
public enum Security {
  /** Plain SMTP; for a relay on the same host or network only. */
  NONE(25),
  /** Plain connection upgraded with STARTTLS; the server must offer it (no silent fallback). */
  STARTTLS(587),
  /** TLS from the first byte (implicit TLS, "SMTPS"). */
  SMTPS(465);

  private final int defaultPort;

  Security(int defaultPort) {
    this.defaultPort = defaultPort;
  }

  public int defaultPort() {
    return defaultPort;
  }
}
