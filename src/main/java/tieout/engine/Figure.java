package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;

/**
 * What the ledger holds for one context key, as a check sees it: the non-nil facts (every printing
 * of the figure), the versions to evaluate with (see {@link Duplicates#versions}), and the first
 * nil fact when nothing but nil was reported.
 */
record Figure(
    ContextKey key, ImmutableList<Fact> facts, ImmutableList<Fact> versions, Optional<Fact> nil) {

  /** One hash lookup in the ledger's context index. */
  static Figure resolve(Ledger ledger, ContextKey key) {
    ImmutableList<Fact> all = ledger.find(key);
    // Nil facts are rare: keep the ledger's list unless there is one to drop.
    boolean anyNil = false;
    for (int i = 0; i < all.size(); i++) {
      anyNil |= all.get(i).isNil();
    }
    ImmutableList<Fact> reported =
        anyNil
            ? all.stream().filter(f -> !f.isNil()).collect(ImmutableList.toImmutableList())
            : all;
    if (reported.isEmpty()) {
      return new Figure(key, reported, reported, all.isEmpty() ? Optional.empty() : Optional.of(all.get(0)));
    }
    ImmutableList<Fact> versions = reported.size() == 1 ? reported : Duplicates.versions(reported);
    return new Figure(key, reported, versions, Optional.empty());
  }

  /** A nil fact counts as not reported. */
  boolean isReported() {
    return !facts.isEmpty();
  }
}
