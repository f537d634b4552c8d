package tieout.engine;

import java.math.BigDecimal;
import tieout.ledger.Fact;

/**
 * The fast judge of a roll-up check: when the total and every part were each printed once (not
 * nil), {@link SimpleTie} judges them straight from the facts, in exact whole-number arithmetic
 * where it can; anything else (a figure missing or printed twice, nil, mixed units) goes to the
 * general judge, which says why.
 */
final class FastRollupJudge implements RollupJudge {
  private static final BigDecimal[] ONES = {BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE};

  private final SimpleTie tie;
  private final RollupJudge general;
  /** Scratch for the parts of one check (four at most). */
  private final Fact[] parts = new Fact[4];

  FastRollupJudge(SimpleTie tie, RollupJudge general) {
    this.tie = tie;
    this.general = general;
  }

  @Override
  public Finding decide(RollupSeries series, RollupSum sum) {
    Finding finding = tie(series, sum);
    return finding != null ? finding : general.decide(series, sum);
  }

  /** SimpleTie's finding, or null when the check is not in its form. */
  private Finding tie(RollupSeries series, RollupSum sum) {
    RollupSum.Form form = sum.form();
    Fact total = series.single(sum.year(), form.total());
    if (total == null) {
      return null;
    }
    for (int i = 0; i < form.partCount(); i++) {
      Fact part = series.single(sum.year(), form.part(i));
      if (part == null) {
        return null;
      }
      parts[i] = part;
    }
    return tie.judge(series.entity(), sum.total(), series.dimensions(), total, parts, ONES, form.partCount());
  }
}
