package tieout.load.xbrl;

/**
 * A context or unit that cannot be read (no id, no period, a member without its axis): a problem at
 * {@code where}, not the end of the load. The facts that use it are then left out, each with its own
 * problem. Not-well-formed XML is a {@code UserException} instead: nothing after it can be read.
 */
final class MalformedPart extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String where;

  MalformedPart(String where, String message) {
    super(message, null, false, false);
    this.where = where;
  }

  String where() {
    return where;
  }
}
