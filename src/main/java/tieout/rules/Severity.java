package tieout.rules;

/** How bad a failed check is; {@code --fail-on} compares against it. */
public enum Severity {
  WARNING,
  ERROR;

  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
