package tieout.narrative;

/** How a figure quoted in prose compares with the ledger, in the order reports list them. */
public enum ClaimStatus {
  /** The sentence names a concept and period the ledger holds with a different value. */
  CONTRADICTED,
  /**
   * The line item and period are identified and the value differs, but the sentence qualifies the
   * figure (a part, an estimate, a round figure, an event in a month): the auditor's call.
   */
  DIFFERS,
  /** A fact of that concept and period has that value. */
  TIED,
  /** Nothing in the ledger to compare with, or the reference is ambiguous. */
  UNTRACED
}
