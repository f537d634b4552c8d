package tieout.explain;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Interval;
import tieout.engine.Operand;
import tieout.ledger.ContextKey;
import tieout.ledger.Fact;

/**
 * The whole computation of one finding, as {@code tieout explain} shows it: every operand with
 * the interval it stands for and whether it was counted (a figure printed twice counts once), the
 * intervals of both sides, the rounding part of the tolerance, and the likely explanations.
 *
 * @param reported the interval of the reported side; empty when the check was not evaluated
 * @param computed the interval of the computed side; empty when the check was not evaluated
 * @param rounding the half-widths of both sides: the tolerance less any materiality allowance
 */
public record Trace(
    Finding finding,
    ImmutableList<Row> rows,
    Optional<Interval> reported,
    Optional<Interval> computed,
    Optional<BigDecimal> rounding,
    ImmutableList<Explanation> explanations) {

  public Trace {
    checkNotNull(finding);
    checkNotNull(rows);
    checkNotNull(reported);
    checkNotNull(computed);
    checkNotNull(rounding);
    checkNotNull(explanations);
  }

  /**
   * One operand: its fact's own interval (unweighted; empty for nil) and whether it counted, false
   * for a further printing of a figure already counted.
   */
  public record Row(Operand operand, Optional<Interval> interval, boolean counted) {}

  /**
   * The trace of {@code finding}. Of several printings of one figure on one side, the most
   * precise counts (the first among equals), as in the engine; each side's interval is centred
   * on the finding's figure for that side and as wide as its counted facts' weighted half-widths.
   */
  public static Trace of(Finding finding, List<Explanation> explanations) {
    Map<String, Fact> counted = new LinkedHashMap<>();
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (Operand o : finding.operands()) {
      if (o.fact().isNil()) {
        continue;
      }
      String group = o.side() + " " + o.weight().toPlainString() + " " + key(o.fact().key());
      Fact best = counted.get(group);
      if (best == null || o.fact().decimals().compareTo(best.decimals()) > 0) {
        counted.put(group, o.fact());
        weights.put(group, o.weight());
      }
    }
    Set<Fact> countedFacts = new HashSet<>(counted.values());
    BigDecimal reportedHalf = BigDecimal.ZERO;
    BigDecimal computedHalf = BigDecimal.ZERO;
    for (Map.Entry<String, Fact> e : counted.entrySet()) {
      BigDecimal half = e.getValue().decimals().halfWidth().multiply(weights.get(e.getKey()).abs());
      if (e.getKey().startsWith(Operand.Side.REPORTED.name())) {
        reportedHalf = reportedHalf.add(half);
      } else {
        computedHalf = computedHalf.add(half);
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (Operand o : finding.operands()) {
      Fact f = o.fact();
      Optional<Interval> interval =
          f.isNil() ? Optional.empty() : Optional.of(Interval.of(f.amount(), f.decimals()));
      rows.add(new Row(o, interval, countedFacts.contains(f)));
    }
    BigDecimal rh = reportedHalf;
    BigDecimal ch = computedHalf;
    return new Trace(
        finding,
        rows.build(),
        finding.reported().map(v -> around(v, rh)),
        finding.computed().map(v -> around(v, ch)),
        finding.reported().map(v -> rh.add(ch).stripTrailingZeros()),
        ImmutableList.copyOf(explanations));
  }

  private static Interval around(BigDecimal value, BigDecimal half) {
    return new Interval(value.subtract(half), value.add(half));
  }

  /** Identity by value, so two printings of one figure (equal keys) group together. */
  private static String key(ContextKey key) {
    return key.concept().name() + "|" + key.entity() + "|" + key.period() + "|" + key.dimensions();
  }
}
