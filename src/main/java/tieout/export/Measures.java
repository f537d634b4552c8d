package tieout.export;

/**
 * A tieout unit's measure as the QName an XBRL unit names it by, the same in the XBRL instance and
 * the xBRL-CSV export: {@code USD} is {@code iso4217:USD}, {@code shares} {@code xbrli:shares},
 * {@code pure} {@code xbrli:pure}, anything else a measure of tieout's own namespace.
 */
final class Measures {
  private Measures() {}

  static String qname(String measure) {
    if (measure.matches("[A-Z]{3}")) {
      return "iso4217:" + measure;
    }
    return switch (measure) {
      case "share", "shares" -> "xbrli:shares";
      case "pure" -> "xbrli:pure";
      default -> "tieout:" + measure;
    };
  }
}
