package tieout.explain;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.ledger.Ledger;

/**
 * Finds likely explanations of a failed check's variance: single reported facts worth the
 * variance (with either sign), then pairs and triples of facts whose signed sum is.
 *
 * <p>A combination matches when {@code |sum - variance|} is at most the finding's tolerance plus
 * the rounding half-widths of its facts. Candidates come from a {@link CandidatePool} (same
 * entity and unit, same or overlapping period, not the check's own figures). Pairs look the
 * second fact up in a {@link ValueIndex}; triples sweep a smaller pool with two pointers for
 * each first fact, so the work is bounded by the pool caps, never by the ledger's size cubed.
 *
 * <p>On a statement rounded to thousands or coarser, only explanations unlikely to be chance are
 * shown ({@link ChanceBound}).
 *
 * <p>Ranking: fewer facts first; then fewer facts from a period other than the finding's own; then
 * the closer sum; then pool order (the finding's period first, then load order).
 */
public final class Explainer {
  /** At most this many explanations per finding. */
  public static final int MAX_EXPLANATIONS = 5;
  /** Candidates searched for single facts and pairs. */
  static final int PAIR_POOL = 2_000;
  /** Candidates searched for triples: pairs of them are iterated. */
  static final int TRIPLE_POOL = 200;
  /** Matches kept per combination size before ranking; more would only be noise. */
  private static final int MATCHES_PER_SIZE = 1_000;

  private static final Explainer STANDARD = new Explainer(MAX_EXPLANATIONS, PAIR_POOL, TRIPLE_POOL);

  private final int max;
  private final int pairPool;
  private final int triplePool;

  Explainer(int max, int pairPool, int triplePool) {
    checkArgument(max > 0 && pairPool >= triplePool && triplePool >= 0, "bad limits");
    this.max = max;
    this.pairPool = pairPool;
    this.triplePool = triplePool;
  }

  public static Explainer standard() {
    return STANDARD;
  }

  /** Explanations of every failed finding that has any, in finding order. */
  public ImmutableMap<Finding, ImmutableList<Explanation>> explainFailures(
      List<Finding> findings, Ledger ledger) {
    ImmutableMap.Builder<Finding, ImmutableList<Explanation>> all = ImmutableMap.builder();
    if (findings.stream().noneMatch(f -> f.status() == Status.FAIL)) {
      return all.build();
    }
    Set<String> failedEntities = new HashSet<>();
    for (Finding f : findings) {
      if (f.status() == Status.FAIL) {
        failedEntities.add(f.entity());
      }
    }
    CandidatePool candidates = new CandidatePool(ledger, failedEntities);
    for (Finding f : findings) {
      ImmutableList<Explanation> found = explain(f, candidates);
      if (!found.isEmpty()) {
        all.put(f, found);
      }
    }
    return all.buildKeepingLast();
  }

  /** The ranked explanations of {@code finding}'s variance; empty unless it failed. */
  public ImmutableList<Explanation> explain(Finding finding, Ledger ledger) {
    if (finding.status() != Status.FAIL) {
      return ImmutableList.of();
    }
    return explain(finding, new CandidatePool(ledger, Set.of(finding.entity())));
  }

  private ImmutableList<Explanation> explain(Finding finding, CandidatePool candidates) {
    if (finding.status() != Status.FAIL || finding.variance().isEmpty()) {
      return ImmutableList.of();
    }
    BigDecimal variance = finding.variance().get();
    BigDecimal tolerance = finding.tolerance().orElse(BigDecimal.ZERO);
    if (variance.signum() == 0) {
      return ImmutableList.of();
    }
    ImmutableList<Candidate> pool = candidates.candidates(finding, pairPool);
    ScaledValues scaled = new ScaledValues(pool, variance, tolerance);
    if (!scaled.ok) {
      return ImmutableList.of();
    }
    ChanceBound chance = ChanceBound.of(finding, scaled, pairPool, triplePool);
    Search search = new Search(pool, scaled);
    ValueIndex index = new ValueIndex(scaled, pool.size());
    List<Match> found = new ArrayList<>();
    if (chance.allows(1)) {
      found.addAll(search.singles(index));
    }
    if (found.size() < max && chance.allows(2)) {
      found.addAll(search.pairs(index));
    }
    int small = Math.min(triplePool, pool.size());
    if (found.size() < max && small >= 3 && chance.allows(3)) {
      found.addAll(search.triples(small, new ValueIndex(scaled, small)));
    }
    if (chance.applies()) { // a rounded statement: near misses and likely coincidences are not shown
      found.removeIf(m -> !chance.accepts(m.indexes.length, m.residual));
      int fewest = found.stream().mapToInt(m -> m.indexes.length).min().orElse(0);
      found.removeIf(m -> m.indexes.length > fewest);
    }
    found.sort(Match.RANK);
    return found.stream()
        .limit(max)
        .map(m -> m.toExplanation(pool))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A combination: candidate indexes (ascending) with their signs, how many come from a period
   * other than the finding's, and how far (scaled) its sum is from the variance.
   */
  private record Match(int[] indexes, int[] signs, int otherPeriods, long residual) {
    static final Comparator<Match> RANK =
        Comparator.<Match>comparingInt(m -> m.indexes.length)
            .thenComparingInt(Match::otherPeriods)
            .thenComparingLong(Match::residual)
            .thenComparing(Match::indexes, Arrays::compare);

    /** Largest amount first, signs flipped so that it is added: "SBC - MP SBC + depreciation". */
    Explanation toExplanation(List<Candidate> pool) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < indexes.length; i++) {
        order.add(i);
      }
      order.sort(Comparator.comparing((Integer i) -> pool.get(indexes[i]).value().abs())
          .reversed()
          .thenComparingInt(i -> indexes[i]));
      int flip = signs[order.get(0)];
      ImmutableList.Builder<Explanation.SignedFact> facts = ImmutableList.builder();
      BigDecimal total = BigDecimal.ZERO;
      for (int i : order) {
        Candidate c = pool.get(indexes[i]);
        int sign = signs[i] * flip;
        facts.add(new Explanation.SignedFact(sign, c.fact()));
        total = total.add(sign > 0 ? c.value() : c.value().negate());
      }
      return new Explanation(facts.build(), total);
    }
  }

  /** One finding's search over scaled values: allocation happens only for matches. */
  private static final class Search {
    private final List<Candidate> pool;
    private final long[] v;
    private final long[] h;
    private final boolean[] usable;
    private final long target;
    private final long tolerance;

    Search(List<Candidate> pool, ScaledValues scaled) {
      this.pool = pool;
      this.v = scaled.values;
      this.h = scaled.halves;
      this.usable = scaled.usable;
      this.target = scaled.variance;
      this.tolerance = scaled.tolerance;
    }

    List<Match> singles(ValueIndex index) {
      List<Match> found = new ArrayList<>();
      complete(index, new int[0], new int[0], 0, 0, -1, found);
      return found;
    }

    List<Match> pairs(ValueIndex index) {
      List<Match> found = new ArrayList<>();
      for (int p = 0; p < index.size() && found.size() < MATCHES_PER_SIZE; p++) {
        int a = index.at(p);
        for (int sa : SIGNS) {
          complete(index, new int[] {a}, new int[] {sa}, sa * v[a], h[a], a, found);
        }
      }
      return found;
    }

    /**
     * Triples among candidates {@code 0 .. size-1}: for each first fact and sign, the other two
     * are found by one two-pointer sweep over the pool's signed values in order (both signs of
     * every candidate), so the work is linear in the pool per first fact, not quadratic.
     */
    List<Match> triples(int size, ValueIndex index) {
      int n = 0;
      long[] value = new long[2 * size];
      int[] cand = new int[2 * size];
      int[] sign = new int[2 * size];
      for (int p = 0; p < index.size(); p++) {
        int c = index.at(p);
        if (c < size) {
          for (int s : SIGNS) {
            value[n] = s * v[c];
            cand[n] = c;
            sign[n++] = s;
          }
        }
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.<Integer>comparingLong(i -> value[i]).thenComparingInt(i -> i));
      long widest = 2 * index.widestHalf();
      List<Match> found = new ArrayList<>();
      for (int a = 0; a < size && found.size() < MATCHES_PER_SIZE; a++) {
        if (!usable[a]) {
          continue;
        }
        for (int sa : SIGNS) {
          long rest = target - sa * v[a];
          long reach = tolerance + h[a] + widest;
          int hi = n - 1;
          for (int i = 0; i < n; i++) {
            long first = value[order[i]];
            while (hi > i && first + value[order[hi]] > rest + reach) {
              hi--;
            }
            if (hi <= i) {
              break;
            }
            int b = cand[order[i]];
            if (b <= a) {
              continue;
            }
            for (int j = hi; j > i && first + value[order[j]] >= rest - reach; j--) {
              int c = cand[order[j]];
              if (c <= a || c == b) {
                continue;
              }
              long sum = sa * v[a] + first + value[order[j]];
              long residual = Math.abs(sum - target);
              if (residual <= tolerance + h[a] + h[b] + h[c]) {
                int[] indexes = {a, Math.min(b, c), Math.max(b, c)};
                int sb = sign[order[i]];
                int sc = sign[order[j]];
                int[] signs = {sa, b < c ? sb : sc, b < c ? sc : sb};
                add(indexes, signs, residual, found);
              }
            }
          }
        }
      }
      return found;
    }

    private void add(int[] indexes, int[] signs, long residual, List<Match> found) {
      if (!degenerate(indexes, signs)) {
        int others = 0;
        for (int i : indexes) {
          others += pool.get(i).samePeriod() ? 0 : 1;
        }
        found.add(new Match(indexes, signs, others, residual));
      }
    }

    /**
     * Adds to {@code found} every completion of the partial combination (signed sum {@code
     * partialSum}, half-widths {@code partialHalves}) by one candidate with an index above {@code
     * after} whose signed value brings the sum within tolerance of the variance.
     */
    private void complete(
        ValueIndex index, int[] partial, int[] partialSigns, long partialSum, long partialHalves, int after,
        List<Match> found) {
      long rest = target - partialSum;
      long reach = tolerance + partialHalves + index.widestHalf();
      for (int sign : SIGNS) {
        long want = sign * rest;
        for (int p = index.firstAtLeast(want - reach); p < index.size() && index.valueAt(p) <= want + reach; p++) {
          int c = index.at(p);
          if (c <= after || contains(partial, c)) {
            continue;
          }
          long residual = Math.abs(partialSum + sign * v[c] - target);
          if (residual > tolerance + partialHalves + h[c]) {
            continue;
          }
          int[] indexes = Arrays.copyOf(partial, partial.length + 1);
          int[] signs = Arrays.copyOf(partialSigns, partial.length + 1);
          indexes[partial.length] = c;
          signs[partial.length] = sign;
          add(indexes, signs, residual, found);
        }
      }
    }

    private static boolean contains(int[] indexes, int c) {
      for (int i : indexes) {
        if (i == c) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a smaller part of the combination already explains the variance, or two of its facts
     * cancel out: then it only pads a simpler explanation.
     */
    private boolean degenerate(int[] indexes, int[] signs) {
      if (indexes.length < 2) {
        return false;
      }
      for (int i = 0; i < indexes.length; i++) {
        long a = signs[i] * v[indexes[i]];
        if (Math.abs(a - target) <= tolerance + h[indexes[i]]) {
          return true;
        }
        for (int j = i + 1; j < indexes.length; j++) {
          long pair = a + signs[j] * v[indexes[j]];
          long halves = h[indexes[i]] + h[indexes[j]];
          if (Math.abs(pair) <= halves
              || (indexes.length > 2 && Math.abs(pair - target) <= tolerance + halves)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static final int[] SIGNS = {1, -1};
}
