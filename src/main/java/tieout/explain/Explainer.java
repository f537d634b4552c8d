package tieout.explain;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * second fact up in a {@link ValueIndex}; triples iterate pairs of a smaller pool and look the
 * third up, so the work is bounded by the pool caps, never by the ledger's size cubed.
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
    for (Finding f : findings) {
      ImmutableList<Explanation> found = explain(f, ledger);
      if (!found.isEmpty()) {
        all.put(f, found);
      }
    }
    return all.buildKeepingLast();
  }

  /** The ranked explanations of {@code finding}'s variance; empty unless it failed. */
  public ImmutableList<Explanation> explain(Finding finding, Ledger ledger) {
    if (finding.status() != Status.FAIL || finding.variance().isEmpty()) {
      return ImmutableList.of();
    }
    BigDecimal variance = finding.variance().get();
    BigDecimal tolerance = finding.tolerance().orElse(BigDecimal.ZERO);
    if (variance.signum() == 0) {
      return ImmutableList.of();
    }
    ImmutableList<Candidate> pool = CandidatePool.of(finding, ledger, pairPool);
    Search search = new Search(variance, tolerance);
    ValueIndex index = new ValueIndex(pool);
    List<Match> found = new ArrayList<>(search.singles(index));
    if (found.size() < max) {
      found.addAll(search.pairs(pool, index));
    }
    if (found.size() < max && triplePool >= 3) {
      List<Candidate> small = pool.subList(0, Math.min(triplePool, pool.size()));
      found.addAll(search.triples(small, new ValueIndex(small)));
    }
    found.sort(Match.RANK);
    return found.stream()
        .limit(max)
        .map(Match::toExplanation)
        .collect(ImmutableList.toImmutableList());
  }

  /** A combination of signed candidates and how far its sum is from the variance. */
  private record Match(List<Term> terms, BigDecimal sum, BigDecimal residual) {
    static final Comparator<Match> RANK =
        Comparator.<Match>comparingInt(m -> m.terms.size())
            .thenComparingLong(m -> m.terms.stream().filter(t -> !t.candidate.samePeriod()).count())
            .thenComparing(Match::residual)
            .thenComparing(Match::indices, Match::lexicographic);

    List<Integer> indices() {
      return terms.stream().map(t -> t.candidate.index()).sorted().toList();
    }

    private static int lexicographic(List<Integer> a, List<Integer> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = Integer.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    /** Largest amount first, signs flipped so that it is added: "SBC - MP SBC + depreciation". */
    Explanation toExplanation() {
      List<Term> ordered = new ArrayList<>(terms);
      ordered.sort(
          Comparator.comparing((Term t) -> t.candidate.value().abs())
              .reversed()
              .thenComparingInt(t -> t.candidate.index()));
      int flip = ordered.get(0).sign;
      ImmutableList.Builder<Explanation.SignedFact> facts = ImmutableList.builder();
      BigDecimal total = BigDecimal.ZERO;
      for (Term t : ordered) {
        int sign = t.sign * flip;
        facts.add(new Explanation.SignedFact(sign, t.candidate.fact()));
        total = total.add(sign > 0 ? t.candidate.value() : t.candidate.value().negate());
      }
      return new Explanation(facts.build(), total);
    }
  }

  /** A candidate with the sign it is counted with. */
  private record Term(int sign, Candidate candidate) {
    BigDecimal signed() {
      return sign > 0 ? candidate.value() : candidate.value().negate();
    }
  }

  /** One finding's search: the target variance and the tolerance every match must meet. */
  private static final class Search {
    private final BigDecimal variance;
    private final BigDecimal tolerance;

    Search(BigDecimal variance, BigDecimal tolerance) {
      this.variance = variance;
      this.tolerance = tolerance;
    }

    List<Match> singles(ValueIndex index) {
      List<Match> found = new ArrayList<>();
      lookup(index, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, -1, found);
      return found;
    }

    List<Match> pairs(List<Candidate> pool, ValueIndex index) {
      List<Match> found = new ArrayList<>();
      for (Candidate a : pool) {
        for (int sign : SIGNS) {
          Term first = new Term(sign, a);
          lookup(index, List.of(first), first.signed(), a.halfWidth(), a.index(), found);
          if (found.size() >= MATCHES_PER_SIZE) {
            return found;
          }
        }
      }
      return found;
    }

    List<Match> triples(List<Candidate> pool, ValueIndex index) {
      List<Match> found = new ArrayList<>();
      for (int i = 0; i < pool.size(); i++) {
        Candidate a = pool.get(i);
        for (int j = i + 1; j < pool.size(); j++) {
          Candidate b = pool.get(j);
          BigDecimal halves = a.halfWidth().add(b.halfWidth());
          for (int sa : SIGNS) {
            for (int sb : SIGNS) {
              Term ta = new Term(sa, a);
              Term tb = new Term(sb, b);
              lookup(index, List.of(ta, tb), ta.signed().add(tb.signed()), halves, b.index(), found);
            }
          }
          if (found.size() >= MATCHES_PER_SIZE) {
            return found;
          }
        }
      }
      return found;
    }

    /**
     * Adds to {@code found} every completion of {@code partial} (whose signed values sum to {@code
     * partialSum}) by one candidate after {@code after} in pool order whose signed value brings the
     * sum within tolerance of the variance.
     */
    private void lookup(
        ValueIndex index,
        List<Term> partial,
        BigDecimal partialSum,
        BigDecimal partialHalves,
        int after,
        List<Match> found) {
      BigDecimal rest = variance.subtract(partialSum);
      BigDecimal reach = tolerance.add(partialHalves).add(index.widestHalf());
      for (int sign : SIGNS) {
        BigDecimal want = sign > 0 ? rest : rest.negate();
        for (Candidate c : index.between(want.subtract(reach), want.add(reach))) {
          if (c.index() <= after) {
            continue;
          }
          List<Term> terms = new ArrayList<>(partial);
          terms.add(new Term(sign, c));
          BigDecimal sum = partialSum.add(terms.get(terms.size() - 1).signed());
          BigDecimal residual = sum.subtract(variance).abs();
          if (residual.compareTo(tolerance.add(halves(terms))) <= 0 && !degenerate(terms)) {
            found.add(new Match(terms, sum, residual));
          }
        }
      }
    }

    /**
     * Whether a smaller part of {@code terms} already explains the variance, or two of them cancel
     * out: then the combination only pads a simpler explanation.
     */
    private boolean degenerate(List<Term> terms) {
      if (terms.size() < 2) {
        return false;
      }
      for (int i = 0; i < terms.size(); i++) {
        Term t = terms.get(i);
        if (matches(t.signed(), t.candidate.halfWidth())) {
          return true;
        }
        for (int j = i + 1; j < terms.size(); j++) {
          Term u = terms.get(j);
          BigDecimal pair = t.signed().add(u.signed());
          BigDecimal halves = t.candidate.halfWidth().add(u.candidate.halfWidth());
          if (pair.abs().compareTo(halves) <= 0 || (terms.size() > 2 && matches(pair, halves))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean matches(BigDecimal sum, BigDecimal halves) {
      return sum.subtract(variance).abs().compareTo(tolerance.add(halves)) <= 0;
    }

    private static BigDecimal halves(List<Term> terms) {
      BigDecimal total = BigDecimal.ZERO;
      for (Term t : terms) {
        total = total.add(t.candidate.halfWidth());
      }
      return total;
    }
  }

  private static final int[] SIGNS = {1, -1};
}
