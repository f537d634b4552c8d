package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Why a differing figure may not be a contradiction, as read from its sentence: {@code text} is
 * what the reason quotes ("qualified by 'related to the Sandstorm financing agreement'").
 */
record Caution(Kind kind, String text) {
  enum Kind {
    /** A clause makes it a part of the line ("related to ...", ", excluding ..., "): DIFFERS when it differs. */
    QUALIFIED,
    /** "approximately": ties at the precision of its trailing zeros, DIFFERS beyond. */
    APPROXIMATE,
    /** "over", "more than", "at least": the ledger's magnitude should not be below it. */
    AT_LEAST,
    /** "less than", "up to", "at most", "under": the ledger's magnitude should not be above it. */
    AT_MOST,
    /** A word narrows the caption to another, narrower line ("Mongolian exploration"): UNTRACED. */
    NARROWED
  }

  Caution {
    checkNotNull(kind);
    checkNotNull(text);
  }
}
