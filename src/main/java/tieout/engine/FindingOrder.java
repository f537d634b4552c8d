package tieout.engine;

import java.time.LocalDate;
import java.util.Comparator;
import tieout.ledger.Period;
import tieout.taxonomy.Dimensions;

/**
 * The order of findings within one rule: by entity, period (end date, then start), dimensions (no
 * dimensions first, then axis by axis, member by member: {@link Dimensions#compare}).
 */
final class FindingOrder {
  private FindingOrder() {}

  static final Comparator<Finding> WITHIN_RULE = FindingOrder::compare;

  // Written out rather than chained with Comparator.comparing: hundreds of thousands of findings
  // are sorted, and the ledger's interned entities, periods and dimensions compare by reference.
  private static int compare(Finding a, Finding b) {
    if (a.entity() != b.entity()) {
      int c = a.entity().compareTo(b.entity());
      if (c != 0) {
        return c;
      }
    }
    if (a.period() != b.period()) {
      int c = a.period().end().compareTo(b.period().end());
      if (c == 0) {
        c = start(a.period()).compareTo(start(b.period()));
      }
      if (c != 0) {
        return c;
      }
    }
    return Dimensions.compare(a.dimensions(), b.dimensions());
  }

  /** An instant starts and ends on its date, so it sorts after durations ending that day. */
  private static LocalDate start(Period period) {
    return period instanceof Period.Duration d ? d.start() : period.end();
  }
}
