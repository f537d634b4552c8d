package tieout.load.sec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

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
    // entity, then unit: no key string built per fact (a quarter has 3.5 million); counted a run of
    // equal (entity, unit, decimals) at a time, which in a set sorted by filing is long (Currencies).
    Map<String, Map<String, Map<Integer, Integer>>> counts = new HashMap<>();
    Currencies.UnitCurrencies currencies = new Currencies.UnitCurrencies();
    Dimensions lastDimensions = null;
    boolean lastStatementLine = false;
    String runEntity = null;
    Unit runUnit = null;
    int runDigits = 0;
    int run = 0;
    for (Fact f : facts) {
      if (f.dimensions() != lastDimensions) {
        lastDimensions = f.dimensions();
        lastStatementLine = statementLine(lastDimensions);
      }
      if (!monetary(f.unit(), currencies) || f.decimals().infinite() || f.amount().signum() == 0 || !lastStatementLine) {
        continue;
      }
      int digits = f.decimals().digits();
      if (run > 0 && digits == runDigits && f.unit() == runUnit && f.entity().equals(runEntity)) {
        run++;
        continue;
      }
      count(counts, runEntity, runUnit, runDigits, run);
      runEntity = f.entity();
      runUnit = f.unit();
      runDigits = digits;
      run = 1;
    }
    count(counts, runEntity, runUnit, runDigits, run);
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
    String lastEntity = null;
    Unit lastUnit = null;
    Integer lastMode = null;
    for (Fact f : facts) {
      if (!monetary(f.unit(), currencies)) {
        result.add(f);
        continue;
      }
      if (f.unit() != lastUnit || !f.entity().equals(lastEntity)) {
        lastEntity = f.entity();
        lastUnit = f.unit();
        Map<String, Integer> byUnit = mode.get(lastEntity);
        lastMode = byUnit == null ? null : byUnit.get(lastUnit.id());
      }
      Integer m = lastMode;
      boolean coarser = m != null && !f.decimals().infinite()
          && (f.amount().signum() == 0 || f.decimals().digits() < m);
      if (coarser && f.decimals().digits() != m) {
        result.add(f.withDecimals(Decimals.of(m)));
        changed = true;
      } else {
        result.add(f);
      }
    }
    return changed ? result : facts;
  }

  private static void count(Map<String, Map<String, Map<Integer, Integer>>> counts, String entity, Unit unit,
      int digits, int run) {
    if (run > 0) {
      counts.computeIfAbsent(entity, k -> new HashMap<>())
          .computeIfAbsent(unit.id(), k -> new HashMap<>())
          .merge(digits, run, Integer::sum);
    }
  }

  /** Amounts of money only: share counts are mostly exact (1,200,000,000 authorized), ratios and per-share amounts are not scaled. */
  private static boolean monetary(Unit unit, Currencies.UnitCurrencies currencies) {
    return unit.id().length() == 3 && currencies.of(unit) != null;
  }

  /**
   * Whether a fact of {@code dimensions} is a line of the filing's own statements (no axis but a co-registrant's or a
   * second currency's): the older layouts carry only these, so both layouts of a quarter find the
   * same rounding.
   */
  private static boolean statementLine(Dimensions dimensions) {
    if (dimensions.isEmpty()) {
      return true; // most lines; no iterator over an empty map
    }
    for (String axis : dimensions.members().keySet()) {
      if (!axis.equals(SecDataSetReader.LEGAL_ENTITY) && !axis.equals(Currencies.AXIS)) {
        return false;
      }
    }
    return true;
  }
}
