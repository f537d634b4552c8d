package tieout.load.sec;

import java.util.Arrays;
import tieout.ledger.Decimals;
import tieout.ledger.FactColumns;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * Each filing's currencies ({@link Currencies}) and roundings ({@link Rounding}), counted as its
 * facts are read, and the one pass that then remakes the facts they change. A quarter's 3.5 million
 * facts are then walked once more instead of four times (two counting passes keyed by entity and
 * two that copied the list), and the counting costs an array scan on a filing in hand per fact.
 */
final class Tallies {
  /** Whether roundings are counted and applied: for sets without the filer's decimals ({@code dcml}). */
  private final boolean rounding;
  private final Currencies[] currencies;
  private final Rounding[] roundings;
  /** The filing number of each fact, in the order they were added. */
  private int[] filingOf = new int[1 << 16];
  private int size;
  private Dimensions lastDimensions;
  private boolean lastStatementLine;

  /** For {@code filings} filings, numbered from 0. */
  Tallies(int filings, boolean rounding) {
    this.rounding = rounding;
    this.currencies = new Currencies[filings];
    this.roundings = new Rounding[filings];
  }

  /**
   * Counts the next fact read: of filing number {@code filing}, in {@code unit} whose currency
   * ({@link Currencies#currency}) is {@code currency} (null for none), its amount's sign {@code signum}.
   */
  void add(int filing, Unit unit, String currency, Decimals decimals, int signum, Dimensions dimensions) {
    if (size == filingOf.length) {
      filingOf = Arrays.copyOf(filingOf, size * 2);
    }
    filingOf[size++] = filing;
    if (currency == null) {
      return;
    }
    Currencies c = currencies[filing];
    if (c == null) {
      c = currencies[filing] = new Currencies();
    }
    c.add(currency);
    // Amounts of money only: share counts are mostly exact (1,200,000,000 authorized), ratios and
    // per-share amounts are not scaled.
    if (rounding && unit.id().length() == 3 && !decimals.infinite() && signum != 0
        && statementLine(dimensions)) {
      Rounding r = roundings[filing];
      if (r == null) {
        r = roundings[filing] = new Rounding();
      }
      r.add(unit.id(), decimals.digits());
    }
  }

  private boolean statementLine(Dimensions dimensions) {
    if (dimensions != lastDimensions) {
      lastDimensions = dimensions;
      lastStatementLine = Rounding.statementLine(dimensions);
    }
    return lastStatementLine;
  }

  /**
   * Remakes the facts a filing's tallies change, in place: {@code facts} are those counted, in the
   * same order. A figure in a filing's second currency gets {@code Currency=XXX}; an amount of money
   * coarser than its filing's rounding in its unit (or zero) gets that rounding.
   */
  void apply(FactColumns facts) {
    if (facts.size() != size) {
      throw new IllegalStateException("counted " + size + " facts, given " + facts.size());
    }
    String[] mainCurrency = new String[currencies.length];
    boolean[] changes = new boolean[currencies.length];
    for (int i = 0; i < currencies.length; i++) {
      mainCurrency[i] = currencies[i] == null ? null : currencies[i].mainOfSeveral();
      if (roundings[i] != null) {
        roundings[i].settle();
      }
      changes[i] = mainCurrency[i] != null || (roundings[i] != null && roundings[i].any());
    }
    Currencies.UnitCurrencies unitCurrencies = new Currencies.UnitCurrencies();
    for (int i = 0; i < size; i++) {
      int filing = filingOf[i];
      if (!changes[filing]) {
        continue;
      }
      Unit unit = facts.unit(i);
      String currency = unitCurrencies.of(unit);
      if (currency == null) {
        continue;
      }
      String main = mainCurrency[filing];
      if (main != null && !currency.equals(main)) {
        facts.setDimensions(i, facts.dimensions(i).with(Currencies.AXIS, currency));
      }
      Rounding r = roundings[filing];
      Decimals decimals = facts.decimals(i);
      if (r != null && unit.id().length() == 3 && !decimals.infinite()) {
        int mode = r.mode(unit.id());
        int digits = decimals.digits();
        if (mode != Rounding.NONE && digits != mode && (digits < mode || facts.signum(i) == 0)) {
          facts.setDecimals(i, Decimals.of(mode));
        }
      }
    }
  }
}
