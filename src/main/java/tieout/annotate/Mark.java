package tieout.annotate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import tieout.engine.Finding;

/**
 * What the checks say about one cell (or CSV line): the evaluated checks it took part in, failed
 * and passed. A cell with a failed check is red whatever else it tied to.
 */
record Mark(ImmutableList<Finding> failed, ImmutableList<Finding> passed) {
  Mark {
    checkNotNull(failed);
    checkNotNull(passed);
  }

  boolean isFailed() {
    return !failed.isEmpty();
  }
}
