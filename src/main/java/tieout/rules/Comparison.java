package tieout.rules;

/** The relation an assertion requires between its two sides. */
public enum Comparison {
  EQ("="),
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
