package tieout.narrative;

/** How a figure quoted in prose compares with the ledger. */
public enum ClaimStatus {
  /** A fact of that concept and period has that value. */
  TIED,
  /** The sentence names a concept and period the ledger holds with a different value. */
  CONTRADICTED,
  /** Nothing in the ledger to compare with, or the reference is ambiguous. */
  UNTRACED
}
