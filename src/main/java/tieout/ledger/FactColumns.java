package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntPredicate;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * Facts read from the lines of one text file, kept column by column in arrays rather than as an
 * object each: a quarterly SEC data set's 3.5 million facts were 3.5 million objects that the
 * collector copied out of the young generation (its pauses were 1.5-2.3 s of a 6-7 s run's CPU;
 * docs/performance.md, "Fourth round"). {@link #get}
 * makes the fact when asked, equal to the one {@link Fact#atLine} would have made, but a new
 * object each time: code that compares facts by reference must take them from one list
 * ({@link Ledger#factsOf}, {@link Ledger#find} and {@link Ledger#repeatedContexts} hand out lists
 * of facts made once).
 *
 * <p>A reader fills it ({@link #add}, then {@link #setDecimals} and {@link #setDimensions} while it
 * settles each fact's precision and dimensions); as a {@link java.util.List} it cannot be changed.
 * Nil facts are not kept: the SEC data sets leave them out.
 */
public final class FactColumns extends AbstractList<Fact> implements RandomAccess {
  /**
   * In {@link #scales}: the amount is a {@code BigDecimal} in {@link #amounts}, not a long and a scale
   * (the scale a {@link Fact} of a {@code BigDecimal} holds).
   */
  private static final int LARGE = Integer.MIN_VALUE;

  /**
   * Each column is held in blocks of this many facts, filled one after another: a column never
   * grows by copying (doubled arrays, with their copies, were as many bytes for the young
   * collections to move as the facts had been), and each block is moved out of the young
   * generation once.
   */
  private static final int BLOCK_BITS = 16;
  private static final int BLOCK = 1 << BLOCK_BITS;
  private static final int IN_BLOCK = BLOCK - 1;

  private final String file;
  private Concept[][] concepts = new Concept[16][];
  private String[][] entities = new String[16][];
  private Period[][] periods = new Period[16][];
  private Unit[][] units = new Unit[16][];
  private Decimals[][] decimals = new Decimals[16][];
  private Dimensions[][] dimensions = new Dimensions[16][];
  private long[][] unscaled = new long[16][];
  private int[][] scales = new int[16][];
  private int[][] lines = new int[16][];
  /** The amounts that are no long and scale (more than 18 digits), by position: rare. */
  private final Map<Integer, BigDecimal> amounts = new HashMap<>();
  private int size;

  /** Facts read from text file {@code file} ({@link SourceRef#line}). */
  public FactColumns(String file) {
    this.file = checkNotNull(file);
  }

  /**
   * Adds the fact {@link Fact#atLine(Concept, String, Period, Unit, Decimals, Dimensions, long, int,
   * String, int)} makes of these, with this list's file, and checks them as it does.
   */
  public void add(Concept concept, String entity, Period period, Unit unit, Decimals decimals,
      Dimensions dimensions, long unscaled, int scale, int line) {
    checkArgument(scale != LARGE, "scale out of range: %s", scale);
    append(concept, entity, period, unit, decimals, dimensions, unscaled, scale, line);
  }

  /** Adds the fact of {@code amount} (not null: no nil facts here) read at {@code line}. */
  public void add(Concept concept, String entity, Period period, Unit unit, Decimals decimals,
      Dimensions dimensions, BigDecimal amount, int line) {
    checkNotNull(amount, "a fact of these columns needs an amount");
    append(concept, entity, period, unit, decimals, dimensions, 0L, LARGE, line);
    amounts.put(size - 1, amount);
  }

  private void append(Concept concept, String entity, Period period, Unit unit, Decimals decimals,
      Dimensions dimensions, long unscaled, int scale, int line) {
    // The checks of Fact's constructor, made now rather than when the fact is asked for.
    checkNotNull(concept);
    checkArgument(entity != null && !entity.isBlank(), "a fact needs an entity");
    checkNotNull(period);
    checkNotNull(unit);
    checkNotNull(decimals);
    checkNotNull(dimensions);
    checkArgument(line >= 0, "line must be >= 0, was %s", line);
    int b = size >>> BLOCK_BITS;
    int j = size & IN_BLOCK;
    if (j == 0) {
      addBlock(b);
    }
    size++;
    this.concepts[b][j] = concept;
    this.entities[b][j] = entity;
    this.periods[b][j] = period;
    this.units[b][j] = unit;
    this.decimals[b][j] = decimals;
    this.dimensions[b][j] = dimensions;
    this.unscaled[b][j] = unscaled;
    this.scales[b][j] = scale;
    this.lines[b][j] = line;
  }

  private void addBlock(int b) {
    if (b == lines.length) {
      int blocks = b * 2;
      concepts = Arrays.copyOf(concepts, blocks);
      entities = Arrays.copyOf(entities, blocks);
      periods = Arrays.copyOf(periods, blocks);
      units = Arrays.copyOf(units, blocks);
      decimals = Arrays.copyOf(decimals, blocks);
      dimensions = Arrays.copyOf(dimensions, blocks);
      unscaled = Arrays.copyOf(unscaled, blocks);
      scales = Arrays.copyOf(scales, blocks);
      lines = Arrays.copyOf(lines, blocks);
    }
    concepts[b] = new Concept[BLOCK];
    entities[b] = new String[BLOCK];
    periods[b] = new Period[BLOCK];
    units[b] = new Unit[BLOCK];
    decimals[b] = new Decimals[BLOCK];
    dimensions[b] = new Dimensions[BLOCK];
    unscaled[b] = new long[BLOCK];
    scales[b] = new int[BLOCK];
    lines[b] = new int[BLOCK];
  }

  @Override
  public Fact get(int i) {
    Objects.checkIndex(i, size);
    int b = i >>> BLOCK_BITS;
    int j = i & IN_BLOCK;
    int scale = scales[b][j];
    // Checked when added: made without Fact's checks (an entity's isBlank alone was a tenth of the checks' time).
    return scale == LARGE
        ? Fact.ofColumns(concepts[b][j], entities[b][j], periods[b][j], units[b][j], decimals[b][j], dimensions[b][j],
            amounts.get(i), 0L, LARGE, file, lines[b][j])
        : Fact.ofColumns(concepts[b][j], entities[b][j], periods[b][j], units[b][j], decimals[b][j], dimensions[b][j],
            null, unscaled[b][j], scale, file, lines[b][j]);
  }

  @Override
  public int size() {
    return size;
  }

  /** Of fact {@code i}, as {@link #get}{@code (i).concept()} without making the fact; so the others. */
  public Concept concept(int i) {
    Objects.checkIndex(i, size);
    return concepts[i >>> BLOCK_BITS][i & IN_BLOCK];
  }

  public String entity(int i) {
    Objects.checkIndex(i, size);
    return entities[i >>> BLOCK_BITS][i & IN_BLOCK];
  }

  public Period period(int i) {
    Objects.checkIndex(i, size);
    return periods[i >>> BLOCK_BITS][i & IN_BLOCK];
  }

  public Unit unit(int i) {
    Objects.checkIndex(i, size);
    return units[i >>> BLOCK_BITS][i & IN_BLOCK];
  }

  public Decimals decimals(int i) {
    Objects.checkIndex(i, size);
    return decimals[i >>> BLOCK_BITS][i & IN_BLOCK];
  }

  public Dimensions dimensions(int i) {
    Objects.checkIndex(i, size);
    return dimensions[i >>> BLOCK_BITS][i & IN_BLOCK];
  }

  /** The sign of fact {@code i}'s amount. */
  public int signum(int i) {
    Objects.checkIndex(i, size);
    int b = i >>> BLOCK_BITS;
    int j = i & IN_BLOCK;
    return scales[b][j] == LARGE ? amounts.get(i).signum() : Long.signum(unscaled[b][j]);
  }

  /**
   * Whether fact {@code i}'s amount is below 10^{@code power} either side of zero, as {@code
   * get(i).amount().abs().compareTo(BigDecimal.TEN.pow(power)) < 0} ({@code power} >= 0) without
   * making the fact or the amount: a check on every fact of a quarter made 3.5 million of each.
   */
  public boolean amountBelowPowerOfTen(int i, int power) {
    Objects.checkIndex(i, size);
    checkArgument(power >= 0, "power must be >= 0, was %s", power);
    int b = i >>> BLOCK_BITS;
    int j = i & IN_BLOCK;
    int scale = scales[b][j];
    if (scale == LARGE) {
      return amounts.get(i).abs().compareTo(BigDecimal.TEN.pow(power)) < 0;
    }
    long u = unscaled[b][j];
    if (u == 0) {
      return true;
    }
    // |u| has d digits, so 10^(d-1) <= |u| < 10^d and the amount |u| * 10^-scale lies in
    // [10^(d-1-scale), 10^(d-scale)): below 10^power exactly when d - scale <= power.
    return (long) digits(u) - scale <= power;
  }

  /** The number of decimal digits of {@code |u|}, {@code u} not 0 (Long.MIN_VALUE included: 19). */
  private static int digits(long u) {
    // Counted on the negative side, which holds Long.MIN_VALUE.
    long n = u < 0 ? u : -u;
    int d = 1;
    for (long bound = -10; d < 19 && n <= bound; bound *= 10) {
      d++;
    }
    return d;
  }

  /**
   * The facts of these columns that {@code keep} accepts by position, as new columns of the same
   * file in the same order (no fact is made).
   */
  public FactColumns filter(IntPredicate keep) {
    FactColumns kept = new FactColumns(file);
    for (int i = 0; i < size; i++) {
      if (!keep.test(i)) {
        continue;
      }
      int b = i >>> BLOCK_BITS;
      int j = i & IN_BLOCK;
      kept.append(concepts[b][j], entities[b][j], periods[b][j], units[b][j], decimals[b][j], dimensions[b][j],
          unscaled[b][j], scales[b][j], lines[b][j]);
      if (scales[b][j] == LARGE) {
        kept.amounts.put(kept.size - 1, amounts.get(i));
      }
    }
    return kept;
  }

  /** Fact {@code i} becomes {@link Fact#withDecimals}{@code (decimals)}. */
  public void setDecimals(int i, Decimals decimals) {
    Objects.checkIndex(i, size);
    this.decimals[i >>> BLOCK_BITS][i & IN_BLOCK] = checkNotNull(decimals);
  }

  /** Fact {@code i} becomes {@link Fact#withDimensions}{@code (dimensions)}. */
  public void setDimensions(int i, Dimensions dimensions) {
    Objects.checkIndex(i, size);
    this.dimensions[i >>> BLOCK_BITS][i & IN_BLOCK] = checkNotNull(dimensions);
  }
}
