package tieout.load.sec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tieout.ledger.Fact;
import tieout.taxonomy.Unit;

/**
 * A filing that reports in several currencies (Baidu: CNY, with a convenience translation into
 * USD) has its figures in each currency checked on their own: the figures in any currency but the
 * filing's main one (the currency of most of its figures; on a tie the first alphabetically) get
 * the dimension {@code Currency=XXX}. The checks and DUPLICATE then never set a translated figure
 * against the original, and the translation's own statements still tie among themselves.
 */
final class Currencies {
  /** The axis a second currency's figures are set apart on. */
  static final String AXIS = "Currency";

  private Currencies() {}

  /** {@code facts}, with those in a filing's other currencies set apart; the same list when there are none. */
  static List<Fact> separate(List<Fact> facts) {
    Map<String, TreeMap<String, Integer>> counts = new HashMap<>();
    boolean several = false;
    // Counted a run of one filing's figures in one currency at a time: in a set sorted by filing
    // that is one map update per run, not per fact (a quarter has 3.5 million); in a shuffled set
    // (the 2010 re-release) runs are short and it costs no more than counting each.
    UnitCurrencies currencies = new UnitCurrencies();
    String runEntity = null;
    String runCurrency = null;
    int run = 0;
    for (Fact f : facts) {
      String currency = currencies.of(f.unit());
      if (currency == null) {
        continue;
      }
      if (run > 0 && currency.equals(runCurrency) && f.entity().equals(runEntity)) {
        run++;
        continue;
      }
      several |= count(counts, runEntity, runCurrency, run);
      runEntity = f.entity();
      runCurrency = currency;
      run = 1;
    }
    several |= count(counts, runEntity, runCurrency, run);
    if (!several) {
      return facts;
    }
    Map<String, String> main = new HashMap<>();
    counts.forEach((entity, byCurrency) -> {
      String best = null;
      for (Map.Entry<String, Integer> e : byCurrency.entrySet()) { // alphabetical: the first of equals wins
        if (best == null || e.getValue() > byCurrency.get(best)) {
          best = e.getKey();
        }
      }
      main.put(entity, best);
    });
    List<Fact> result = new ArrayList<>(facts.size());
    String lastEntity = null;
    String lastMain = null;
    for (Fact f : facts) {
      String currency = currencies.of(f.unit());
      if (currency != null && !f.entity().equals(lastEntity)) {
        lastEntity = f.entity();
        lastMain = main.get(lastEntity);
      }
      if (currency == null || currency.equals(lastMain)) {
        result.add(f);
      } else {
        result.add(f.withDimensions(f.dimensions().with(AXIS, currency)));
      }
    }
    return result;
  }

  /** Adds a run of {@code run} figures; whether the entity now has several currencies. */
  private static boolean count(Map<String, TreeMap<String, Integer>> counts, String entity, String currency, int run) {
    if (run == 0) {
      return false;
    }
    TreeMap<String, Integer> byCurrency = counts.computeIfAbsent(entity, e -> new TreeMap<>());
    byCurrency.merge(currency, run, Integer::sum);
    return byCurrency.size() > 1;
  }

  /** {@link #currency} of the last unit asked, remembered: consecutive facts mostly share their unit. */
  static final class UnitCurrencies {
    private Unit last;
    private String currency;

    String of(Unit unit) {
      if (unit != last) {
        last = unit;
        currency = currency(unit);
      }
      return currency;
    }
  }

  /** {@code CNY} for {@code CNY} and {@code CNY/share}; null for shares, pure and other units. */
  static String currency(Unit unit) {
    String id = unit.id();
    int slash = id.indexOf('/');
    String head = slash < 0 ? id : id.substring(0, slash);
    if (head.length() != 3 || (slash >= 0 && !id.substring(slash).equals("/share"))) {
      return null;
    }
    for (int i = 0; i < 3; i++) {
      char c = head.charAt(i);
      if (c < 'A' || c > 'Z') {
        return null;
      }
    }
    return head;
  }
}
