package tieout.load;

import static com.google.common.base.Preconditions.checkNotNull;

import tieout.ledger.Period;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/**
 * An amount cell whose line item and column were understood but whose content was not an amount:
 * the fact it would have been, minus the value. A check that misses this fact names the cell
 * rather than saying the figure was never reported.
 *
 * @param location the cell, e.g. {@code entree.xlsx!Q2!D7}
 */
public record UnreadableAmount(String location, Concept concept, String entity, Period period, Dimensions dimensions) {
  public UnreadableAmount {
    checkNotNull(location);
    checkNotNull(concept);
    checkNotNull(entity);
    checkNotNull(period);
    checkNotNull(dimensions);
  }
}
