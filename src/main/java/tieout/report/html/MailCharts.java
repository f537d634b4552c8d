package tieout.report.html;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.rules.Rule;
import tieout.run.RunResult;

/**
 * The roll-up charts of the HTML report for places without its style sheet, such as an email body:
 * one self-styled inline SVG per failed roll-up check, in report order.
 */
public final class MailCharts {
  /** The report's chart rules with plain colours: mail clients know no CSS variables. */
  private static final String STYLE = "<style>"
      + ".axis{stroke:#90a4ae;stroke-width:1}"
      + ".sum{stroke:#1d2430;stroke-width:1.5;stroke-dasharray:5 3}"
      + ".variance-mark{stroke:#c62828;stroke-width:2}"
      + "text{font:11px sans-serif;fill:#1d2430}"
      + ".bar-label{text-anchor:middle;font-weight:600}"
      + ".variance-text{fill:#c62828;font-weight:700}"
      + "</style>";

  private MailCharts() {}

  /** One chart and the failed check it draws (for a caption beside it). */
  public record Chart(Finding finding, String svg) {}

  /** The charts of the failed roll-ups of {@code result}; none when no failed roll-up has one. */
  public static ImmutableList<String> failedRollups(RunResult result) {
    return failedRollupCharts(result).stream().map(Chart::svg).collect(ImmutableList.toImmutableList());
  }

  /** As {@link #failedRollups}, each with its finding. */
  public static ImmutableList<Chart> failedRollupCharts(RunResult result) {
    Set<String> rollups = result.rules().rules().stream()
        .filter(r -> r instanceof Rule.Rollup)
        .map(Rule::id)
        .collect(Collectors.toUnmodifiableSet());
    ImmutableList.Builder<Chart> charts = ImmutableList.builder();
    int n = 0;
    for (Finding f : result.findings()) {
      if (f.status() != Status.FAIL || !rollups.contains(f.rule())) {
        continue;
      }
      Optional<String> svg = RollupChart.forFinding(f, "m" + (n + 1));
      if (svg.isPresent()) {
        n++;
        String s = svg.get();
        int open = s.indexOf('>') + 1;
        charts.add(new Chart(f, s.substring(0, open) + STYLE + s.substring(open)));
      }
    }
    return charts.build();
  }
}
