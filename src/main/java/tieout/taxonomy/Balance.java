package tieout.taxonomy;

/**
 * The sign convention of a monetary concept, as XBRL's {@code balance}: a debit concept (an expense,
 * an asset) is positive when it increases debits; a credit concept (income, a liability, net
 * income) is positive when it increases credits. A net loss is a negative {@code credit} value.
 */
public enum Balance {
  DEBIT,
  CREDIT,
  NONE
}
