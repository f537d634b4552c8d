package tieout.explain;

import java.math.BigDecimal;
import tieout.ledger.Fact;

/**
 * A reported fact that might explain a variance, with what the search needs at hand: its value,
 * its rounding half-width, whether its period is the finding's own, and its place in the pool.
 */
record Candidate(int index, Fact fact, BigDecimal value, BigDecimal halfWidth, boolean samePeriod) {}
