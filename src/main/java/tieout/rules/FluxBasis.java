package tieout.rules;

/**
 * Which comparable periods a flux rule compares: {@code yoy} a fiscal year (and a fiscal year-end
 * balance) with the year before, {@code qoq} a quarter (and a quarter-end balance) with the same
 * quarter a year before.
 */
public enum FluxBasis {
  YOY("yoy"),
  QOQ("qoq");

  private final String keyword;

  FluxBasis(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }

  /** The basis written {@code word}, or null. */
  public static FluxBasis fromKeyword(String word) {
    for (FluxBasis b : values()) {
      if (b.keyword.equals(word)) {
        return b;
      }
    }
    return null;
  }
}
