package tieout.load;

import java.util.Optional;
import tieout.ledger.Dimensions;
import tieout.taxonomy.ItemType;

/**
 * An amount column of a presentation table as its heading defines it: the period (complete: a
 * partial "3 Months Ended" has been given its end date), the dimension members, and the unit
 * qualifier ("Shares" or "Amount") if any.
 */
record Column(int index, PeriodCaption period, Dimensions members, Optional<ItemType> unit) {}
