package tieout.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A line item of the taxonomy: its name, how it is measured, and the captions it appears under.
 *
 * <p>Concepts are compared by identity of name; one {@link Taxonomy} holds one instance per name.
 */
public record Concept(
    String name,
    PeriodType periodType,
    ItemType itemType,
    Balance balance,
    boolean additive,
    ImmutableList<Label> labels) {

  public Concept {
    checkArgument(name != null && name.matches("[A-Za-z_][A-Za-z0-9_.-]*"), "bad concept name: %s", name);
    checkNotNull(periodType);
    checkNotNull(itemType);
    checkNotNull(balance);
    checkNotNull(labels);
  }

  /** A concept with the item type's default additivity and no labels. */
  public static Concept of(String name, PeriodType periodType, ItemType itemType, Balance balance) {
    return new Concept(name, periodType, itemType, balance, itemType.additiveByDefault(), ImmutableList.of());
  }

  public Unit defaultUnit() {
    return itemType.defaultUnit();
  }

  /** Additive duration concepts are the ones whose quarters sum to the year. */
  public boolean addsAcrossPeriods() {
    return additive && periodType == PeriodType.DURATION;
  }

  /** Concepts are identified by name: a taxonomy holds one per name, and lookups hash it often. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Concept other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
