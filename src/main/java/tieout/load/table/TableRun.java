package tieout.load.table;

import java.util.ArrayList;
import java.util.List;

/**
 * What the presentation tables of one run share, whichever format holds them: the captions a
 * sheet adopted for the sheets after it, and every table as printed, for footing.
 */
public record TableRun(AdoptedCaptions adopted, List<FootingTable> footings) {
  /** A run that has read no table yet. */
  public static TableRun start() {
    return new TableRun(new AdoptedCaptions(), new ArrayList<>());
  }
}
