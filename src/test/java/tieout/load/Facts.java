package tieout.load;

import java.util.List;
import java.util.stream.Collectors;
import tieout.ledger.Fact;

/** One line per fact for exact assertions: concept, entity-free context, value, unit, decimals, source. */
public final class Facts {
  private Facts() {}

  /**
   * {@code ExplorationExpense 2013-01-01/2013-12-31 5808000 USD d=-3 @ f.xlsx!S!B5}; dimensions in
   * brackets when present, {@code nil} for nil facts, {@code (formula)} for formula cells. Values are
   * printed without trailing zeros, so equal text means equal by compareTo.
   */
  public static String describe(Fact f) {
    return f.concept().name()
        + " " + f.period()
        + (f.dimensions().isEmpty() ? "" : " [" + f.dimensions() + "]")
        + " " + f.value().map(v -> v.stripTrailingZeros().toPlainString()).orElse("nil")
        + " " + f.unit()
        + " d=" + f.decimals()
        + " @ " + f.source()
        + (f.source().formula() ? " (formula)" : "");
  }

  public static List<String> describe(List<Fact> facts) {
    return facts.stream().map(Facts::describe).collect(Collectors.toList());
  }
}
