package tieout.taxonomy;

/** Whether a concept is a balance at a point in time or a flow over a period. */
public enum PeriodType {
  INSTANT,
  DURATION
}
