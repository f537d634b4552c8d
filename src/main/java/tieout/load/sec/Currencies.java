package tieout.load.sec;

import java.util.Arrays;
import tieout.taxonomy.Unit;

/**
 * A filing that reports in several currencies (Baidu: CNY, with a convenience translation into
 * USD) has its figures in each currency checked on their own: the figures in any currency but the
 * filing's main one (the currency of most of its figures; on a tie the first alphabetically) get
 * the dimension {@code Currency=XXX}. The checks and DUPLICATE then never set a translated figure
 * against the original, and the translation's own statements still tie among themselves.
 *
 * <p>An instance counts one filing's figures by currency as they are read ({@link Tallies}).
 */
final class Currencies {
  /** The axis a second currency's figures are set apart on. */
  static final String AXIS = "Currency";

  // A filing has one currency, rarely two or three: arrays scanned, not a map.
  private String[] names = new String[2];
  private int[] counts = new int[2];
  private int size;

  /** Counts one figure in {@code currency}. */
  void add(String currency) {
    for (int i = 0; i < size; i++) {
      if (names[i] == currency || names[i].equals(currency)) {
        counts[i]++;
        return;
      }
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    names[size] = currency;
    counts[size++] = 1;
  }

  /**
   * The filing's main currency when its figures are in several (most figures; on a tie the first
   * alphabetically); null when they are all in one.
   */
  String mainOfSeveral() {
    if (size < 2) {
      return null;
    }
    int best = 0;
    for (int i = 1; i < size; i++) {
      if (counts[i] > counts[best] || (counts[i] == counts[best] && names[i].compareTo(names[best]) < 0)) {
        best = i;
      }
    }
    return names[best];
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
