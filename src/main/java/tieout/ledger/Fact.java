package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * One reported figure: a concept's value for an entity, period, unit and dimensions, with its
 * precision and the place it was read.
 *
 * <p>{@code value} is empty for a nil fact (reported, but empty, as XBRL's {@code xsi:nil}); a
 * figure that was not reported at all has no fact. A printed dash is a reported zero, not nil.
 * The value is already in the concept's sign convention (negated captions are undone by the
 * loader) and scale (a "(in thousands)" table's 1,234 is 1234000 with decimals -3).
 *
 * <p>A value class with the accessors and equality of a record: a ledger holds millions of facts,
 * so the amount is kept as a nullable field rather than an {@link Optional} of its own, or, for a
 * loader that has it so ({@link #atLine(Concept, String, Period, Unit, Decimals, Dimensions, long,
 * int, String, int)}), as an unscaled long and a scale: no {@code BigDecimal} object a fact, which
 * {@link #amount()} makes when asked (a quarter's 3.5 million facts are then 3.5 million objects
 * fewer for the collector to copy, and 24 bytes a fact smaller).
 */
public final class Fact {
  private final Concept concept;
  private final String entity;
  private final Period period;
  private final Unit unit;
  private final Decimals decimals;
  private final Dimensions dimensions;
  /** Null for a nil fact or a compact amount ({@link #scale}). */
  private final BigDecimal amount;
  /** The unscaled value of a compact amount. */
  private final long unscaled;
  /** When {@link #amount} is null: the scale of a compact amount, or {@link #NIL} for a nil fact. */
  private final int scale;

  private static final int NIL = Integer.MIN_VALUE;
  /**
   * The {@link SourceRef}, or for a line of a text file just the file name, with {@link #line}: a
   * million CSV facts then need no source object each (the fact stays 48 bytes).
   */
  private final Object source;
  private final int line;

  public Fact(
      Concept concept,
      String entity,
      Period period,
      Unit unit,
      Decimals decimals,
      Dimensions dimensions,
      Optional<BigDecimal> value,
      SourceRef source) {
    this(concept, entity, period, unit, decimals, dimensions, checkNotNull(value).orElse(null), 0L, NIL,
        checkNotNull(source), 0);
  }

  private Fact(
      Concept concept,
      String entity,
      Period period,
      Unit unit,
      Decimals decimals,
      Dimensions dimensions,
      BigDecimal amount,
      long unscaled,
      int scale,
      Object source,
      int line) {
    this.concept = checkNotNull(concept);
    checkArgument(entity != null && !entity.isBlank(), "a fact needs an entity");
    this.entity = entity;
    this.period = checkNotNull(period);
    this.unit = checkNotNull(unit);
    this.decimals = checkNotNull(decimals);
    this.dimensions = checkNotNull(dimensions);
    this.amount = amount;
    this.unscaled = unscaled;
    this.scale = scale;
    this.source = checkNotNull(source);
    this.line = line;
  }

  /**
   * As the constructor above, without its checks (its parameters end in another order, so that no
   * call meant for that one comes here): for {@link FactColumns}, which made them when the
   * fact was added, and then makes the same fact each time it is asked (millions of times a run).
   */
  private Fact(
      Concept concept,
      String entity,
      Period period,
      Unit unit,
      Decimals decimals,
      Dimensions dimensions,
      BigDecimal amount,
      long unscaled,
      int scale,
      int line,
      String file) {
    this.concept = concept;
    this.entity = entity;
    this.period = period;
    this.unit = unit;
    this.decimals = decimals;
    this.dimensions = dimensions;
    this.amount = amount;
    this.unscaled = unscaled;
    this.scale = scale;
    this.source = file;
    this.line = line;
  }

  /**
   * The fact {@link #atLine} makes of these, for {@link FactColumns}, which has checked them: an
   * amount, or when {@code amount} is null {@code unscaled} and {@code scale} (not {@link #NIL}).
   */
  static Fact ofColumns(Concept concept, String entity, Period period, Unit unit, Decimals decimals,
      Dimensions dimensions, BigDecimal amount, long unscaled, int scale, String file, int line) {
    return new Fact(concept, entity, period, unit, decimals, dimensions, amount, unscaled, scale, line, file);
  }

  /** A fact of {@code amount}, or a nil fact when it is null, without wrapping it first. */
  public static Fact of(
      Concept concept,
      String entity,
      Period period,
      Unit unit,
      Decimals decimals,
      Dimensions dimensions,
      BigDecimal amount,
      SourceRef source) {
    return new Fact(concept, entity, period, unit, decimals, dimensions, amount, 0L, NIL, checkNotNull(source), 0);
  }

  /**
   * A fact read from line {@code line} of text file {@code file} (its {@link #source()} is {@link
   * SourceRef#line}), of {@code amount}, or a nil fact when it is null.
   */
  public static Fact atLine(
      Concept concept,
      String entity,
      Period period,
      Unit unit,
      Decimals decimals,
      Dimensions dimensions,
      BigDecimal amount,
      String file,
      int line) {
    checkArgument(line >= 0, "line must be >= 0, was %s", line);
    return new Fact(concept, entity, period, unit, decimals, dimensions, amount, 0L, NIL, checkNotNull(file), line);
  }

  /**
   * A fact read from line {@code line} of text file {@code file}, of the amount {@code unscaled}
   * times ten to the power of minus {@code scale} ({@link BigDecimal#valueOf(long, int)}), kept so
   * until {@link #amount()} is asked for it.
   */
  public static Fact atLine(
      Concept concept,
      String entity,
      Period period,
      Unit unit,
      Decimals decimals,
      Dimensions dimensions,
      long unscaled,
      int scale,
      String file,
      int line) {
    checkArgument(line >= 0, "line must be >= 0, was %s", line);
    checkArgument(scale != NIL, "scale out of range: %s", scale);
    return new Fact(concept, entity, period, unit, decimals, dimensions, null, unscaled, scale, checkNotNull(file), line);
  }

  /** This fact with another entity, period and dimensions (the same values, interned by a ledger). */
  Fact withContext(String entity, Period period, Dimensions dimensions) {
    return new Fact(concept, entity, period, unit, decimals, dimensions, amount, unscaled, scale, source, line);
  }

  /** This fact with other decimals, read from the same place. */
  public Fact withDecimals(Decimals decimals) {
    return new Fact(concept, entity, period, unit, decimals, dimensions, amount, unscaled, scale, source, line);
  }

  /** This fact with other dimensions, read from the same place. */
  public Fact withDimensions(Dimensions dimensions) {
    return new Fact(concept, entity, period, unit, decimals, dimensions, amount, unscaled, scale, source, line);
  }

  public Concept concept() {
    return concept;
  }

  public String entity() {
    return entity;
  }

  public Period period() {
    return period;
  }

  public Unit unit() {
    return unit;
  }

  public Decimals decimals() {
    return decimals;
  }

  public Dimensions dimensions() {
    return dimensions;
  }

  /** The amount, empty for a nil fact. */
  public Optional<BigDecimal> value() {
    return isNil() ? Optional.empty() : Optional.of(amount());
  }

  public SourceRef source() {
    return source instanceof SourceRef ref ? ref : SourceRef.line((String) source, line);
  }

  public boolean isNil() {
    return amount == null && scale == NIL;
  }

  /** The value of a non-nil fact. */
  public BigDecimal amount() {
    if (amount != null) {
      return amount;
    }
    return compactAmount();
  }

  /** A compact amount made a {@code BigDecimal}, apart so that {@link #amount()} stays short enough to inline. */
  private BigDecimal compactAmount() {
    if (scale == NIL) {
      throw nilAmount();
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * The exception of {@link #amount()} for a nil fact, made apart: the message's concatenation
   * would otherwise make the accessor too long for the quick compiler to inline where it is hot.
   */
  private IllegalStateException nilAmount() {
    return new IllegalStateException("nil fact has no amount: " + this);
  }

  /** The context this fact belongs to, the key under which the ledger indexes it. */
  public ContextKey key() {
    return new ContextKey(concept, entity, period, dimensions);
  }

  /** Equal when every component is equal, as for a record. */
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Fact f
            && concept.equals(f.concept)
            && entity.equals(f.entity)
            && period.equals(f.period)
            && unit.equals(f.unit)
            && decimals.equals(f.decimals)
            && dimensions.equals(f.dimensions)
            && Objects.equals(value(), f.value())
            && source().equals(f.source()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(concept, entity, period, unit, decimals, dimensions, value(), source());
  }

  @Override
  public String toString() {
    return concept.name()
        + "["
        + entity
        + ", "
        + period
        + (dimensions.isEmpty() ? "" : ", " + dimensions)
        + "] = "
        + (isNil() ? "nil" : amount().toPlainString())
        + " "
        + unit
        + " (decimals "
        + decimals
        + ") at "
        + source();
  }
}
