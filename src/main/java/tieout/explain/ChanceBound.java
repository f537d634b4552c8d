package tieout.explain;

import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.ledger.Fact;

/**
 * Whether an explanation of a check on a rounded statement (thousands or coarser) could be chance.
 * Such a statement's figures lie on a coarse grid, so among a few hundred of them some sum of two or
 * three lands on almost any variance. An explanation is shown only when (1) its sum is the variance
 * exactly, not merely within the rounding tolerance, and (2) the expected number of exact chance
 * matches of its size is at most {@link #MAX_EXPECTED}: with N usable candidates, largest magnitude
 * M and grid step u (the finest rounding among the check's own figures), there are 2N signed
 * singles, 2N(N-1) signed pairs and (4/3)N(N-1)(N-2) signed triples, and a sum of k of them falls
 * on one of about 2kM/u grid points; and (3) no explanation of fewer facts is shown (a larger
 * combination then either splits the same amount, gross less accumulated depreciation for net, or
 * is chance). Statements rounded finer than thousands are not bounded.
 */
final class ChanceBound {
  /** At most this many chance matches expected: about one finding in twenty shows a coincidence. */
  static final double MAX_EXPECTED = 0.05;
  /** A grid step below this (in units) is not a rounded statement. */
  private static final int ROUNDED_FROM = -3;

  private final boolean applies;
  private final double[] allowed = new double[4];

  private ChanceBound(boolean applies) {
    this.applies = applies;
  }

  /** The bound for {@code finding} over the first {@code pairPool} (singles, pairs) and {@code triplePool} candidates. */
  static ChanceBound of(Finding finding, ScaledValues scaled, int pairPool, int triplePool) {
    Integer finest = null;
    for (Operand o : finding.operands()) {
      Fact f = o.fact();
      if (f.decimals().infinite()) {
        return new ChanceBound(false);
      }
      finest = finest == null ? f.decimals().digits() : Math.max(finest, f.decimals().digits());
    }
    if (finest == null || finest > ROUNDED_FROM || scaled.scale - finest > 18) {
      return new ChanceBound(false);
    }
    ChanceBound bound = new ChanceBound(true);
    double step = Math.pow(10, scaled.scale - finest);
    bound.allowed[1] = expected(1, scaled, pairPool, step);
    bound.allowed[2] = expected(2, scaled, pairPool, step);
    bound.allowed[3] = expected(3, scaled, triplePool, step);
    return bound;
  }

  /** Whether a rounded statement's explanations are bounded at all. */
  boolean applies() {
    return applies;
  }

  /** Whether combinations of {@code size} facts may be shown. */
  boolean allows(int size) {
    return !applies || allowed[size] <= MAX_EXPECTED;
  }

  /** Whether a combination of {@code size} facts whose sum misses the variance by {@code residual} may be shown. */
  boolean accepts(int size, long residual) {
    return !applies || (residual == 0 && allowed[size] <= MAX_EXPECTED);
  }

  private static double expected(int k, ScaledValues scaled, int poolSize, double step) {
    int limit = Math.min(poolSize, scaled.values.length);
    double n = 0;
    double largest = 0;
    for (int i = 0; i < limit; i++) {
      if (scaled.usable[i]) {
        n++;
        largest = Math.max(largest, Math.abs((double) scaled.values[i]));
      }
    }
    double combinations = k == 1 ? 2 * n : k == 2 ? 2 * n * (n - 1) : 4.0 / 3 * n * (n - 1) * (n - 2);
    double points = Math.max(1, 2 * k * largest / step);
    return combinations / points;
  }
}
