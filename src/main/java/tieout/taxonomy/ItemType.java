package tieout.taxonomy;


/** What a concept measures; decides its unit and whether its values add across periods. */
public enum ItemType {
  MONETARY("monetary", Unit.USD, true),
  PER_SHARE("per-share", Unit.USD_PER_SHARE, false),
  SHARES("shares", Unit.SHARES, true),
  PERCENT("percent", Unit.PURE, false);

  private final String keyword;
  private final Unit defaultUnit;
  private final boolean additiveByDefault;

  ItemType(String keyword, Unit defaultUnit, boolean additiveByDefault) {
    this.keyword = keyword;
    this.defaultUnit = defaultUnit;
    this.additiveByDefault = additiveByDefault;
  }

  /** The word used in taxonomy files: monetary, per-share, shares, percent. */
  public String keyword() {
    return keyword;
  }

  public Unit defaultUnit() {
    return defaultUnit;
  }

  /** Per-share figures and percentages do not add across periods; amounts and share counts do. */
  public boolean additiveByDefault() {
    return additiveByDefault;
  }

  public static ItemType fromKeyword(String word) {
    for (ItemType type : values()) {
      if (type.keyword.equals(word)) {
        return type;
      }
    }
    return null;
  }
}
