package tieout.load.table;

import java.util.Optional;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;

/**
 * An amount column of a presentation table as its heading defines it: the period (complete: a
 * partial "3 Months Ended" has been given its end date), the dimension members, the unit
 * qualifier ("Shares" or "Amount") if any, and the currency an EDGAR heading names
 * ("Jun. 30, 2018GBP (£)"), if any.
 */
record Column(int index, PeriodCaption period, Dimensions members, Optional<ItemType> unit, Optional<String> currency) {
  Column(int index, PeriodCaption period, Dimensions members, Optional<ItemType> unit) {
    this(index, period, members, unit, Optional.empty());
  }
}
