package tieout.nightly;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.history.FindingKey;
import tieout.report.ExplanationLines;
import tieout.report.html.MailCharts;
import tieout.run.RunResult;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Label;

/**
 * What the variance email shows of tonight's run beyond the history's comparison: the flagged
 * flux changes, each failed check's likely explanations (as the report prints them), and the
 * charts of failed roll-ups with their titles. The history keeps none of these.
 *
 * @param flagged flux review findings that flagged a change, in report order
 * @param comparisons how many comparisons the flux review made
 * @param explanations per failed check, the report's explanation lines (no indent), best first
 * @param charts titled inline SVG charts
 */
public record MailDetails(
    ImmutableList<Finding> flagged,
    int comparisons,
    ImmutableMap<FindingKey, ImmutableList<String>> explanations,
    ImmutableList<TitledChart> charts) {

  /** An inline SVG chart and the title shown above it: line item and year. */
  public record TitledChart(String title, String svg) {}

  public static final MailDetails NONE = new MailDetails(ImmutableList.of(), 0, ImmutableMap.of(), ImmutableList.of());

  /** The details of {@code result}; charts only when {@code charts}. */
  public static MailDetails of(RunResult result, boolean charts) {
    ImmutableList<Finding> flagged =
        result.flux().stream().filter(f -> f.status() == Status.FAIL).collect(ImmutableList.toImmutableList());
    Map<FindingKey, ImmutableList<String>> explanations = new LinkedHashMap<>();
    for (Map.Entry<Finding, ImmutableList<tieout.explain.Explanation>> e : result.explanations().entrySet()) {
      if (!e.getValue().isEmpty()) {
        explanations.put(FindingKey.of(e.getKey()), ImmutableList.copyOf(ExplanationLines.text(e.getValue(), "")));
      }
    }
    ImmutableList<TitledChart> titled = charts
        ? MailCharts.failedRollupCharts(result).stream()
            .map(c -> new TitledChart(chartTitle(c.finding()), c.svg()))
            .collect(ImmutableList.toImmutableList())
        : ImmutableList.of();
    return new MailDetails(flagged, result.flux().size(), ImmutableMap.copyOf(explanations), titled);
  }

  /** {@code Exploration, 2013 (IS-Q2Y)}: the reported figure's line item and the year its period ends. */
  static String chartTitle(Finding f) {
    List<Operand> reported = f.operands().stream().filter(o -> o.side() == Operand.Side.REPORTED).toList();
    List<Operand> any = reported.isEmpty() ? f.operands() : reported;
    String item = any.isEmpty() ? f.rule() : lineItem(any.get(0).fact().concept());
    String year = f.period().isForever() ? f.period().toString() : String.valueOf(f.period().end().getYear());
    return item + ", " + year + " (" + f.rule() + ")";
  }

  /** The concept's first plain label (not scoped to a sheet, not negated), else its name. */
  private static String lineItem(Concept concept) {
    return concept.labels().stream()
        .filter(l -> l.scope().isEmpty() && !l.negated())
        .map(Label::text)
        .findFirst()
        .orElse(concept.name());
  }
}
