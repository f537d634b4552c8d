package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Interval;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.explain.Trace;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;
import tieout.rules.Rule;

/**
 * {@code tieout explain}'s rendering of one check for a terminal: a table of every fact (side,
 * weight, value, decimals, interval, concept, period, cell) in aligned columns, then both sides'
 * figures and intervals, the variance, the tolerance, the verdict and the likely explanations. A
 * flux finding reads as current against comparative, change and threshold.
 */
public final class TraceText {
  private static final String[] HEADINGS = {
    "side", "weight", "value", "decimals", "interval", "concept", "period", "source", ""
  };
  /** Columns of numbers, right-aligned. */
  private static final boolean[] RIGHT = {false, true, true, true, false, false, false, false, false};

  private final Writer out;

  public TraceText(Writer out) {
    this.out = out;
  }

  /** Writes {@code trace}; {@code rule} is its rule when declared (the built-in DUPLICATE is not). */
  public void write(Trace trace, Optional<Rule> rule) throws IOException {
    Finding f = trace.finding();
    boolean flux = rule.isPresent() && rule.get() instanceof Rule.Flux;
    out.write(f.rule() + " (" + f.severity().keyword() + ") " + f.message() + "\n");
    out.write(TextReport.context(f) + "\n\n");
    facts(trace, flux);
    out.write("\n");
    List<String[]> lines = new ArrayList<>();
    if (f.status() != Status.NOT_EVALUATED) {
      String reported = flux ? "current" : "reported";
      String computed = flux ? "comparative" : "computed";
      lines.add(new String[] {reported, amount(f.reported()), "interval " + interval(trace.reported().orElseThrow())});
      lines.add(new String[] {computed, amount(f.computed()), "interval " + interval(trace.computed().orElseThrow())});
      lines.add(new String[] {flux ? "change" : "variance", amount(f.variance()), reported + " - " + computed
          + (flux ? percentNote(f) : "")});
      // A tolerance is a sum of half-units (2.0 for four items to the dollar): printed as the JSON prints it.
      lines.add(new String[] {flux ? "threshold" : "tolerance", amount(f.tolerance().map(BigDecimal::stripTrailingZeros)),
          toleranceNote(trace, rule)});
    }
    lines.add(new String[] {"verdict", "", verdict(f, flux)});
    int label = lines.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 2;
    int width = lines.stream().mapToInt(r -> r[1].length()).max().orElse(0);
    for (String[] r : lines) {
      String amount = r[1].isEmpty() ? "" : " ".repeat(width - r[1].length()) + r[1] + "  ";
      String line = "  " + r[0] + " ".repeat(label - r[0].length()) + amount + r[2];
      out.write(line.stripTrailing() + "\n");
    }
    if (!trace.explanations().isEmpty()) {
      out.write("\n  likely explanations (facts whose signed sum is the variance, within tolerance):\n");
      for (String line : ExplanationLines.text(trace.explanations(), "    ")) {
        out.write(line.stripTrailing() + "\n");
      }
    }
  }

  private void facts(Trace trace, boolean flux) throws IOException {
    List<String[]> table = new ArrayList<>();
    table.add(HEADINGS);
    for (Trace.Row row : trace.rows()) {
      Operand o = row.operand();
      Fact fact = o.fact();
      String side = o.side() == Operand.Side.REPORTED
          ? (flux ? "current" : "reported")
          : (flux ? "comparative" : "computed");
      table.add(new String[] {
        side,
        Amounts.format(o.weight()),
        fact.value().map(Amounts::format).orElse("nil"),
        fact.decimals().toString(),
        row.interval().map(TraceText::interval).orElse("-"),
        fact.concept().name() + (fact.dimensions().isEmpty() ? "" : " [" + fact.dimensions() + "]"),
        fact.period().toString(),
        fact.source().toString(),
        fact.isNil() ? "(nil: not counted)" : row.counted() ? "" : "(same figure printed again: counted once)"
      });
    }
    int[] widths = new int[HEADINGS.length];
    for (String[] r : table) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    for (String[] r : table) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < r.length; i++) {
        String pad = " ".repeat(widths[i] - r[i].length());
        line.append(RIGHT[i] ? pad + r[i] : r[i] + pad).append("  ");
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
  }

  private static String toleranceNote(Trace trace, Optional<Rule> rule) {
    if (rule.isPresent() && rule.get() instanceof Rule.Flux flux) {
      Finding f = trace.finding();
      BigDecimal relative = f.computed().orElseThrow().abs().multiply(flux.percent()).movePointLeft(2);
      return "the larger of " + Amounts.plain(flux.percent()) + "% of |comparative| ("
          + Amounts.format(relative.stripTrailingZeros()) + ") and " + Amounts.format(flux.amount());
    }
    BigDecimal rounding = trace.rounding().orElseThrow();
    BigDecimal allowance = trace.finding().tolerance().orElseThrow().subtract(rounding);
    return "rounding " + Amounts.format(rounding)
        + (allowance.signum() == 0 ? "" : " + materiality " + Amounts.format(allowance.stripTrailingZeros()));
  }

  private static String percentNote(Finding f) {
    String percent = FluxText.percent(f.variance().orElseThrow(), f.computed().orElseThrow());
    return percent.isEmpty() ? "" : " (" + percent + ")";
  }

  private static String verdict(Finding f, boolean flux) {
    if (f.status() == Status.NOT_EVALUATED) {
      return "NOT_EVALUATED: " + f.reason().orElseThrow();
    }
    BigDecimal size = f.variance().orElseThrow().abs();
    BigDecimal tolerance = f.tolerance().orElseThrow();
    boolean beyond = size.compareTo(tolerance) > 0;
    String what = flux ? "threshold" : "tolerance";
    String change = flux ? "|change| " : "|variance| ";
    if (f.status() == Status.FAIL) {
      String head = flux ? "FAIL (flagged for review)" : "FAIL";
      return beyond
          ? head + ": " + change + Amounts.format(size) + " exceeds the " + what + " " + Amounts.format(tolerance)
              + (flux ? "" : "; the intervals do not overlap")
          : head;
    }
    return beyond
        ? "PASS"
        : "PASS: " + change + Amounts.format(size) + " is within the " + what + " " + Amounts.format(tolerance);
  }

  private static String amount(Optional<BigDecimal> value) {
    return value.map(Amounts::format).orElse("");
  }

  private static String interval(Interval i) {
    return "[" + Amounts.format(i.lo().stripTrailingZeros()) + " .. " + Amounts.format(i.hi().stripTrailingZeros()) + "]";
  }
}
