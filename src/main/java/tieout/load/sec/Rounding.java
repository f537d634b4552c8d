package tieout.load.sec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;

/**
 * A filing's rounding, for data sets without a {@code dcml} column. A value's own trailing zeros
 * understate its precision when it happens to be round: in a statement in hundred-thousands
 * (AK Steel: 2,002,800,000), total assets of 4,682,000,000 read alone look rounded to millions, a
 * tolerance ten times too wide. So each amount of money gets the decimals that more than half of its
 * filing's figures in that unit show, unless its own digits are finer; a zero gets them too. A
 * filing without such a majority keeps each figure's own.
 */
final class Rounding {
  private Rounding() {}

  /** {@code facts} with each filing's rounding applied; the same list when nothing changes. */
  static List<Fact> apply(List<Fact> facts) {
    // entity, then unit: no key string built per fact (a quarter has 3.5 million)
    Map<String, Map<String, Map<Integer, Integer>>> counts = new HashMap<>();
    for (Fact f : facts) {
      if (monetary(f) && !f.decimals().infinite() && f.amount().signum() != 0 && statementLine(f)) {
        counts.computeIfAbsent(f.entity(), k -> new HashMap<>())
            .computeIfAbsent(f.unit().id(), k -> new HashMap<>())
            .merge(f.decimals().digits(), 1, Integer::sum);
      }
    }
    Map<String, Map<String, Integer>> mode = new HashMap<>();
    counts.forEach((entity, byUnit) -> byUnit.forEach((unit, byDecimals) -> {
      int total = 0;
      for (int n : byDecimals.values()) {
        total += n;
      }
      for (Map.Entry<Integer, Integer> e : byDecimals.entrySet()) {
        if (2 * e.getValue() > total) { // only a rounding most figures share says what the filing's is
          mode.computeIfAbsent(entity, k -> new HashMap<>()).put(unit, e.getKey());
        }
      }
    }));
    List<Fact> result = new ArrayList<>(facts.size());
    boolean changed = false;
    for (Fact f : facts) {
      Map<String, Integer> byUnit = monetary(f) ? mode.get(f.entity()) : null;
      Integer m = byUnit == null ? null : byUnit.get(f.unit().id());
      boolean coarser = m != null && !f.decimals().infinite()
          && (f.amount().signum() == 0 || f.decimals().digits() < m);
      if (coarser && f.decimals().digits() != m) {
        result.add(new Fact(f.concept(), f.entity(), f.period(), f.unit(), Decimals.of(m), f.dimensions(),
            f.value(), f.source()));
        changed = true;
      } else {
        result.add(f);
      }
    }
    return changed ? result : facts;
  }

  /** Amounts of money only: share counts are mostly exact (1,200,000,000 authorized), ratios and per-share amounts are not scaled. */
  private static boolean monetary(Fact f) {
    return f.unit().id().length() == 3 && Currencies.currency(f.unit()) != null;
  }

  /**
   * Whether {@code f} is a line of the filing's own statements (no axis but a co-registrant's or a
   * second currency's): the older layouts carry only these, so both layouts of a quarter find the
   * same rounding.
   */
  private static boolean statementLine(Fact f) {
    for (String axis : f.dimensions().members().keySet()) {
      if (!axis.equals(SecDataSetReader.LEGAL_ENTITY) && !axis.equals(Currencies.AXIS)) {
        return false;
      }
    }
    return true;
  }
}
