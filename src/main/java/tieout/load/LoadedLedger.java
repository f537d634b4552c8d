package tieout.load;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import tieout.ledger.Ledger;

/** A loaded ledger together with the notices its loading raised (hidden sheets, rows, columns). */
public record LoadedLedger(Ledger ledger, ImmutableList<Notice> notices) {
  public LoadedLedger {
    checkNotNull(ledger);
    checkNotNull(notices);
  }
}
