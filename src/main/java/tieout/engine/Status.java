package tieout.engine;

/** The outcome of one check. NOT_EVALUATED always carries a reason: it is never a silent pass. */
public enum Status {
  PASS,
  FAIL,
  NOT_EVALUATED
}
