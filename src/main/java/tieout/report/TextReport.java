package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
import tieout.narrative.NarrativeReport;
import tieout.run.RunResult;

/**
 * The console report: one summary line, then every failed check with both sides, the facts that
 * make them up and the cell of each, then one line per check that could not be evaluated.
 *
 * <pre>
 * FAIL IS-Q2Y (error) The quarters of each year sum to the year
 *      Entrée Gold Inc. · 2013-01-01/2013-12-31
 *      reported    5,808,316  ExplorationExpense 2013-01-01/2013-12-31  entree-gold-2013.xlsx!Results of Operations!B4
 *      computed    6,102,992
 *             +    1,603,790  ExplorationExpense 2013-01-01/2013-03-31  entree-gold-2013.xlsx!Quarterly 2013!E4
 *      variance     -294,676  tolerance 2.5
 * </pre>
 */
public final class TextReport implements ReportFormat {
  /** The most unreadable inputs listed; the JSON, CSV and HTML reports list them all. */
  static final int SHOWN = 20;

  @Override
  public void write(RunResult result, Writer out, Shown shown) throws IOException {
    List<Finding> unpassed = new ArrayList<>();
    out.write("tieout: " + Summary.of(result.findings(), unpassed).line()
        + Summary.unreadable(result.unreadable().size())
        + result.narrative().map(n -> "; " + NarrativeReport.phrase(n)).orElse("") + "\n");
    writeUnreadable(result.unreadable(), out);
    for (Finding f : unpassed) {
      if (f.status() == Status.FAIL) {
        out.write("\n");
        writeFailure(f, out);
        writeExplanations(result.explanationsOf(f), out);
      }
    }
    List<Finding> skipped = unpassed.stream().filter(f -> f.status() == Status.NOT_EVALUATED).toList();
    if (!skipped.isEmpty() && shown.listsAll()) {
      out.write("\nNot evaluated:\n");
      for (Finding f : skipped) {
        out.write("  " + f.rule() + "  " + context(f) + ": " + f.reason().orElseThrow() + "\n");
      }
    }
    if (!result.flux().isEmpty()) {
      new FluxText(out).write(result.flux(), shown);
    }
    if (result.narrative().isPresent()) {
      out.write("\n");
      NarrativeReport.writeText(result.narrative().get(), out);
    }
    List<SheetCoverage> partial = result.coverage().stream().filter(c -> !c.complete()).toList();
    if (!partial.isEmpty()) {
      // Sheets read in full are in the JSON, CSV and HTML reports; here only those that were not.
      out.write("\nSheets not read in full:\n");
      for (SheetCoverage c : partial) {
        out.write("  " + c + "\n");
      }
    }
    if (!result.notices().isEmpty()) {
      out.write("\nNotices:\n");
      for (Notice notice : result.notices()) {
        out.write("  " + notice + "\n");
      }
    }
  }

  /** The inputs that could not be read, before the checks: at most {@link #SHOWN}, then the total. */
  private static void writeUnreadable(List<InputProblem> unreadable, Writer out) throws IOException {
    if (unreadable.isEmpty()) {
      return;
    }
    out.write("\nUnreadable (error; the rest was loaded and checked):\n");
    for (InputProblem p : unreadable.subList(0, Math.min(SHOWN, unreadable.size()))) {
      out.write("  " + InputProblem.STATUS + " " + p + "\n");
    }
    if (unreadable.size() > SHOWN) {
      out.write(String.format(Locale.ROOT, "  %,d shown of %,d; all in --format json%n", SHOWN, unreadable.size()));
    }
  }

  private static void writeExplanations(List<tieout.explain.Explanation> explanations, Writer out)
      throws IOException {
    if (explanations.isEmpty()) {
      return;
    }
    out.write("     likely explanations (facts whose signed sum is the variance, within tolerance):\n");
    for (String line : ExplanationLines.text(explanations, "       ")) {
      out.write(line.stripTrailing() + "\n");
    }
  }

  private static void writeFailure(Finding f, Writer out) throws IOException {
    out.write("FAIL " + f.rule() + " (" + f.severity().keyword() + ") " + f.message() + "\n");
    out.write("     " + context(f) + "\n");
    List<String[]> rows = new ArrayList<>();
    // Each row: label, sign, amount, description. Amounts are right-aligned in one column.
    boolean computedHeaderDone = false;
    for (Operand o : f.operands()) {
      if (o.side() == Operand.Side.REPORTED) {
        rows.add(row("reported", "", o.fact().value(), describe(o.fact())));
      } else {
        if (!computedHeaderDone) {
          rows.add(row("computed", "", f.computed(), ""));
          computedHeaderDone = true;
        }
        String sign = o.weight().signum() < 0 ? "-" : "+";
        BigDecimal weight = o.weight().abs();
        String factor = weight.compareTo(BigDecimal.ONE) == 0 ? "" : Amounts.format(weight) + " x ";
        rows.add(row("", sign, o.fact().value(), factor + describe(o.fact())));
      }
    }
    if (!computedHeaderDone) {
      rows.add(row("computed", "", f.computed(), ""));
    }
    rows.add(row("variance", "", f.variance(), "tolerance " + f.tolerance().map(t -> Amounts.format(t.stripTrailingZeros())).orElse("-")));
    int width = rows.stream().mapToInt(r -> r[2].length()).max().orElse(0);
    for (String[] r : rows) {
      String line =
          "     "
              + pad(r[0], 9)
              + pad(r[1], 2)
              + " ".repeat(width - r[2].length())
              + r[2]
              + (r[3].isEmpty() ? "" : "  " + r[3]);
      out.write(line.stripTrailing() + "\n");
    }
  }

  private static String[] row(String label, String sign, Optional<BigDecimal> amount, String description) {
    return new String[] {label, sign, amount.map(Amounts::format).orElse("nil"), description};
  }

  private static String describe(Fact fact) {
    return fact.concept().name()
        + (fact.dimensions().isEmpty() ? "" : " [" + fact.dimensions() + "]")
        + " "
        + fact.period()
        + "  "
        + fact.source();
  }

  static String context(Finding f) {
    return f.entity()
        + " · "
        + f.period()
        + (f.dimensions().isEmpty() ? "" : " · " + f.dimensions());
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
