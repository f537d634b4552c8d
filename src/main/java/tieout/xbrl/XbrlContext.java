package tieout.xbrl;

import tieout.ledger.Dimensions;
import tieout.ledger.Period;

/**
 * One {@code xbrli:context}: the entity identifier, the period (null for {@code forever}, which a
 * tieout period cannot hold) and the explicit and typed dimensions of its segment and scenario.
 */
record XbrlContext(String id, String entity, Period period, Dimensions dimensions) {}
