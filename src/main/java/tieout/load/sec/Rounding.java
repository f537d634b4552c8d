package tieout.load.sec;

import java.util.Arrays;
import tieout.taxonomy.Dimensions;

/**
 * A filing's rounding, for data sets without a {@code dcml} column. A value's own trailing zeros
 * understate its precision when it happens to be round: in a statement in hundred-thousands
 * (AK Steel: 2,002,800,000), total assets of 4,682,000,000 read alone look rounded to millions, a
 * tolerance ten times too wide. So each amount of money gets the decimals that more than half of its
 * filing's figures in that unit show, unless its own digits are finer; a zero gets them too. A
 * filing without such a majority keeps each figure's own.
 *
 * <p>An instance counts one filing's amounts of money by unit and decimals as they are read
 * ({@link Tallies}): the non-zero ones with finite decimals on a line of the filing's own statements.
 */
final class Rounding {
  /** What {@link #mode} gives for a unit without a majority rounding. */
  static final int NONE = Integer.MIN_VALUE;

  // A filing has a unit or two and a few roundings: arrays scanned, not maps.
  private String[] units = new String[4];
  private int[] digits = new int[4];
  private int[] counts = new int[4];
  private int size;
  /** After {@link #settle}: each unit's majority rounding, side by side with the unit. */
  private String[] modeUnits;
  private int[] modes;

  /** Counts one amount of unit {@code unit} (its id) with {@code decimals} digits. */
  void add(String unit, int decimals) {
    for (int i = 0; i < size; i++) {
      if (digits[i] == decimals && (units[i] == unit || units[i].equals(unit))) {
        counts[i]++;
        return;
      }
    }
    if (size == units.length) {
      units = Arrays.copyOf(units, size * 2);
      digits = Arrays.copyOf(digits, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    units[size] = unit;
    digits[size] = decimals;
    counts[size++] = 1;
  }

  /** Finds each unit's rounding: the one more than half of its amounts show (only such a majority says it). */
  void settle() {
    modeUnits = new String[size];
    modes = new int[size];
    int found = 0;
    for (int i = 0; i < size; i++) {
      int total = 0;
      for (int j = 0; j < size; j++) {
        if (units[j].equals(units[i])) {
          total += counts[j];
        }
      }
      if (2 * counts[i] > total) {
        modeUnits[found] = units[i];
        modes[found++] = digits[i];
      }
    }
    modeUnits = Arrays.copyOf(modeUnits, found);
    modes = Arrays.copyOf(modes, found);
  }

  /** Whether {@link #settle} found a rounding for any unit. */
  boolean any() {
    return modes.length > 0;
  }

  /** The rounding of unit {@code unit} (its id) found by {@link #settle}, or {@link #NONE}. */
  int mode(String unit) {
    for (int i = 0; i < modes.length; i++) {
      if (modeUnits[i] == unit || modeUnits[i].equals(unit)) {
        return modes[i];
      }
    }
    return NONE;
  }

  /**
   * Whether a fact of {@code dimensions} is a line of the filing's own statements (no axis but a co-registrant's or a
   * second currency's): the older layouts carry only these, so both layouts of a quarter find the
   * same rounding.
   */
  static boolean statementLine(Dimensions dimensions) {
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
