package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import tieout.taxonomy.Concept;

/**
 * One reported figure: a concept's value for an entity, period, unit and dimensions, with its
 * precision and the place it was read.
 *
 * <p>{@code value} is empty for a nil fact (reported, but empty, as XBRL's {@code xsi:nil}); a
 * figure that was not reported at all has no fact. A printed dash is a reported zero, not nil.
 * The value is already in the concept's sign convention (negated captions are undone by the
 * loader) and scale (a "(in thousands)" table's 1,234 is 1234000 with decimals -3).
 */
public record Fact(
    Concept concept,
    String entity,
    Period period,
    Unit unit,
    Decimals decimals,
    Dimensions dimensions,
    Optional<BigDecimal> value,
    SourceRef source) {

  public Fact {
    checkNotNull(concept);
    checkArgument(entity != null && !entity.isBlank(), "a fact needs an entity");
    checkNotNull(period);
    checkNotNull(unit);
    checkNotNull(decimals);
    checkNotNull(dimensions);
    checkNotNull(value);
    checkNotNull(source);
  }

  public boolean isNil() {
    return value.isEmpty();
  }

  /** The value of a non-nil fact. */
  public BigDecimal amount() {
    return value.orElseThrow(() -> new IllegalStateException("nil fact has no amount: " + this));
  }

  /** The context this fact belongs to, the key under which the ledger indexes it. */
  public ContextKey key() {
    return new ContextKey(concept, entity, period, dimensions);
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
        + value.map(BigDecimal::toPlainString).orElse("nil")
        + " "
        + unit
        + " (decimals "
        + decimals
        + ") at "
        + source;
  }
}
