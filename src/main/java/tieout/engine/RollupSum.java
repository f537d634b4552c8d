package tieout.engine;

import tieout.ledger.Period;

/**
 * One check of a roll-up series: {@code total} (a period of {@code year}) equals the sum of the
 * parts its {@link Form} names. Which checks a series has is worked out in one place,
 * {@link RollupSums}; a {@link RollupJudge} decides each.
 */
record RollupSum(Period.Duration total, YearParts year, Form form) {
  /** The shapes of a roll-up check: the total's part, how a reason names it, and the parts added. */
  enum Form {
    /** year = Q1 + Q2 + Q3 + Q4. */
    QUARTERS(YearParts.TWELVE, "year", YearParts.Q1, YearParts.Q2, YearParts.Q3, YearParts.Q4),
    /** 6 months = Q1 + Q2. */
    SIX_MONTHS(YearParts.SIX, "6 months", YearParts.Q1, YearParts.Q2),
    /** 9 months = 6 months + Q3. */
    NINE_MONTHS(YearParts.NINE, "9 months", YearParts.SIX, YearParts.Q3),
    /** 12 months = 9 months + Q4. */
    TWELVE_MONTHS(YearParts.TWELVE, "12 months", YearParts.NINE, YearParts.Q4);

    private final int total;
    private final String totalName;
    private final int[] parts;

    Form(int total, String totalName, int... parts) {
      this.total = total;
      this.totalName = totalName;
      this.parts = parts;
    }

    /** The year-to-date chain that ends in a period of {@code months} months, or null. */
    static Form chainOf(int months) {
      return switch (months) {
        case 6 -> SIX_MONTHS;
        case 9 -> NINE_MONTHS;
        case 12 -> TWELVE_MONTHS;
        default -> null;
      };
    }

    /** The total's part number in its year. */
    int total() {
      return total;
    }

    String totalName() {
      return totalName;
    }

    int partCount() {
      return parts.length;
    }

    /** The part number of the {@code i}-th part added (0-based). */
    int part(int i) {
      return parts[i];
    }
  }
}
