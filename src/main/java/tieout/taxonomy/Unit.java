package tieout.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;

/** A unit of measure such as {@code USD}, {@code shares}, {@code USD/share} or {@code pure}. */
public record Unit(String id) {
  public static final Unit USD = new Unit("USD");
  public static final Unit SHARES = new Unit("shares");
  public static final Unit USD_PER_SHARE = new Unit("USD/share");
  public static final Unit PURE = new Unit("pure");

  public Unit {
    checkArgument(id != null && !id.isBlank(), "a unit needs an id");
  }

  /** A currency unit, e.g. {@code CAD}; per-share units are {@code CAD/share}. */
  public static Unit of(String id) {
    return switch (id) {
      case "USD" -> USD;
      case "shares" -> SHARES;
      case "USD/share" -> USD_PER_SHARE;
      case "pure" -> PURE;
      default -> new Unit(id);
    };
  }

  @Override
  public String toString() {
    return id;
  }
}
