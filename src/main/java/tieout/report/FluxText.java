package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Amounts;

/**
 * The flux review section of the text report: the counts, each flagged change with both figures,
 * their cells, the change (also as a percentage) and the threshold, then one line per comparison
 * without a comparative figure.
 *
 * <pre>
 * Flux review: 4 comparisons: 1 flagged, 1 within thresholds, 2 not evaluated
 *
 * FLAG FLUX-IS (warning) G&amp;A moved more than 25% and $1,000,000
 *      Entrée Gold Inc. · 2013-01-01/2013-12-31
 *      current      5,510,641  GeneralAndAdministrativeExpense 2013-01-01/2013-12-31  x.xlsx!S!B4
 *      comparative  4,295,800  GeneralAndAdministrativeExpense 2012-01-01/2012-12-31  x.xlsx!S!C4
 *      change       1,214,841  +28.3%  threshold 1,073,950
 * </pre>
 */
final class FluxText {
  private final Writer out;

  FluxText(Writer out) {
    this.out = out;
  }

  /** The summary of every comparison, each flagged one, and the not-evaluated ones when {@code shown} lists all. */
  void write(List<Finding> flux, Shown shown) throws IOException {
    out.write("\nFlux review: " + FluxSummary.of(flux).line() + "\n");
    for (Finding f : flux) {
      if (f.status() == Status.FAIL) {
        out.write("\n");
        flagged(f);
      }
    }
    List<Finding> skipped = flux.stream().filter(f -> f.status() == Status.NOT_EVALUATED).toList();
    if (!skipped.isEmpty() && shown.listsAll()) {
      out.write("\nFlux not evaluated:\n");
      for (Finding f : skipped) {
        out.write("  " + f.rule() + "  " + TextReport.context(f) + ": " + f.reason().orElseThrow() + "\n");
      }
    }
  }

  private void flagged(Finding f) throws IOException {
    out.write("FLAG " + f.rule() + " (" + f.severity().keyword() + ") " + f.message() + "\n");
    out.write("     " + TextReport.context(f) + "\n");
    List<String[]> rows = new ArrayList<>();
    for (Operand o : f.operands()) {
      String label = o.side() == Operand.Side.REPORTED ? "current" : "comparative";
      rows.add(new String[] {label, Amounts.format(o.fact().amount()), ExplanationLines.describe(o.fact())});
    }
    BigDecimal change = f.variance().orElseThrow();
    String percent = percent(change, f.computed().orElseThrow());
    rows.add(new String[] {"change", Amounts.format(change),
        (percent.isEmpty() ? "" : percent + "  ") + "threshold " + Amounts.format(f.tolerance().orElseThrow())});
    int width = rows.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    for (String[] r : rows) {
      String line = "     " + r[0] + " ".repeat(13 - r[0].length())
          + " ".repeat(width - r[1].length()) + r[1] + "  " + r[2];
      out.write(line.stripTrailing() + "\n");
    }
  }

  /** {@code +28.3%}: the change relative to the comparative's magnitude; empty when it is zero. */
  static String percent(BigDecimal change, BigDecimal comparative) {
    if (comparative.signum() == 0) {
      return "";
    }
    BigDecimal p = change.multiply(BigDecimal.valueOf(100)).divide(comparative.abs(), 1, RoundingMode.HALF_UP);
    return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
  }
}
