package tieout.load.xbrl;

import tieout.ledger.Period;
import tieout.taxonomy.Dimensions;

/**
 * One {@code xbrli:context}: the entity identifier, the period ({@link Period#FOREVER} for
 * {@code <forever/>}) and the explicit and typed dimensions of its segment and scenario.
 */
record XbrlContext(String id, String entity, Period period, Dimensions dimensions) {}
