package tieout.engine;

/**
 * Decides one roll-up check of the series a {@link RollupSeries} is on. Two judges give the same
 * finding for every check (the engine tests run both on every case): {@link IntervalRollupJudge},
 * the general one, and {@link FastRollupJudge}, which judges the common form straight from facts.
 */
interface RollupJudge {
  Finding decide(RollupSeries series, RollupSum sum);
}
