package tieout.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;
import tieout.report.ReportFormat;
import tieout.report.Summary;
import tieout.rules.Rule;
import tieout.run.RunResult;

/**
 * {@code --format html}: one self-contained page (inline CSS and SVG, no script, no external
 * resource) with the summary, the failed checks in full, the passed and not-evaluated checks
 * collapsed, the flux and narrative sections and the coverage. Every string that came from a
 * spreadsheet, a rule or a document is escaped.
 */
public final class HtmlReport implements ReportFormat {
  private static final String CSS = css();

  @Override
  public void write(RunResult result, Writer out) throws IOException {
    List<Finding> findings = result.findings();
    Summary s = Summary.of(findings);
    Coverage coverage = Coverage.of(result);
    FindingHtml html = new FindingHtml(result, rollupRules(result));
    String entities = findings.stream().map(Finding::entity).collect(Collectors.toCollection(TreeSet::new))
        .stream().collect(Collectors.joining(", "));
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>tieout report").append(entities.isEmpty() ? "" : " \u2014 " + Html.esc(entities)).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body><main>\n");
    page.append("<h1>tieout report</h1><p class=\"sub\">").append(Html.esc(entities.isEmpty() ? "no entity" : entities))
        .append(" \u00b7 ").append(coverage.loaded()).append(" facts loaded \u00b7 ").append(Html.esc(s.line() + Summary.unreadable(result.unreadable().size())))
        .append("</p>\n");
    summary(page, s, coverage, result.unreadable().size());
    unreadable(page, result);

    List<Finding> failed = findings.stream().filter(f -> f.status() == Status.FAIL).toList();
    page.append("<section id=\"failed\"><h2>Failed checks (").append(failed.size()).append(")</h2>\n");
    if (failed.isEmpty()) {
      page.append("<p class=\"empty\">Every evaluated check ties.</p>");
    }
    for (Finding f : failed) {
      page.append(html.failed(f));
    }
    page.append("</section>\n");

    List<Finding> passed = findings.stream().filter(f -> f.status() == Status.PASS).toList();
    page.append("<section id=\"passed\"><h2>Passed checks (").append(passed.size()).append(")</h2>");
    page.append(html.passedDetails(passed)).append("</section>\n");

    List<Finding> skipped = findings.stream().filter(f -> f.status() == Status.NOT_EVALUATED).toList();
    page.append("<section id=\"not-evaluated\"><h2>Not evaluated (").append(skipped.size()).append(")</h2>");
    page.append(html.notEvaluatedDetails(skipped)).append("</section>\n");

    page.append(html.flux(result.flux()));
    result.narrative().ifPresent(n -> page.append(NarrativeHtml.section(n)));
    notices(page, result);
    coverage(page, coverage);
    sheets(page, result);
    page.append("<footer>Written by tieout. Amounts as printed; variance = reported \u2212 computed; a check ties when the"
        + " difference is within the rounding of its figures plus any materiality allowance.</footer>\n");
    page.append("</main></body></html>\n");
    out.write(page.toString());
  }

  /** What in the inputs could not be read: errors, listed whole, before the checks. */
  private static void unreadable(StringBuilder page, RunResult result) {
    if (result.unreadable().isEmpty()) {
      return;
    }
    page.append("<section id=\"unreadable\"><h2>Unreadable inputs (").append(result.unreadable().size())
        .append(")</h2><p>Errors: these cells, lines, sheets or files were not loaded; the rest was loaded and checked.")
        .append("</p><ul>");
    for (tieout.load.InputProblem p : result.unreadable()) {
      page.append("<li class=\"fail\"><b>").append(tieout.load.InputProblem.STATUS).append("</b> <code>")
          .append(Html.esc(p.location())).append("</code>: ").append(Html.esc(p.message())).append("</li>");
    }
    page.append("</ul></section>\n");
  }

  /** Per sheet, its amount cells read against those present. */
  private static void sheets(StringBuilder page, RunResult result) {
    if (result.coverage().isEmpty()) {
      return;
    }
    page.append("<section id=\"sheets\"><h2>Amount cells read per sheet</h2><table><thead><tr><th>Sheet</th>")
        .append("<th class=\"num\">Read</th><th class=\"num\">Present</th></tr></thead><tbody>");
    for (tieout.load.SheetCoverage c : result.coverage()) {
      page.append("<tr><td>").append(Html.esc(c.sheet())).append("</td><td class=\"num\">").append(c.read())
          .append("</td><td class=\"num\">").append(c.present()).append("</td></tr>");
    }
    page.append("</tbody></table></section>\n");
  }

  /** Hidden sheets, rows and columns whose facts were loaded: checked, but not seen on screen. */
  private static void notices(StringBuilder page, RunResult result) {
    if (result.notices().isEmpty()) {
      return;
    }
    page.append("<section id=\"notices\"><h2>Notices (").append(result.notices().size()).append(")</h2><ul>");
    for (tieout.load.Notice notice : result.notices()) {
      page.append("<li><code>").append(Html.esc(notice.location())).append("</code>: ")
          .append(Html.esc(notice.message())).append("</li>");
    }
    page.append("</ul></section>\n");
  }

  private static void summary(StringBuilder page, Summary s, Coverage coverage, int unreadable) {
    page.append("<section id=\"summary\"><div class=\"cards\">");
    card(page, "", s.checks(), "checks");
    card(page, s.failed() > 0 ? "fail" : "", s.failed(), "failed");
    card(page, s.warnings() > 0 ? "fail" : "", s.warnings(), "warnings");
    card(page, "pass", s.passed(), "passed");
    card(page, "ne", s.notEvaluated(), "not evaluated");
    if (unreadable > 0) {
      card(page, "fail", unreadable, "unreadable inputs");
    }
    page.append("<div class=\"card\"><span class=\"n\">").append(coverage.used()).append(" / ").append(coverage.loaded())
        .append("</span><span class=\"l\">facts used by checks (").append(coverage.percent()).append("%)</span>")
        .append("<div class=\"meter\"><span style=\"width:").append(coverage.percent()).append("%\"></span></div></div>");
    page.append("</div></section>\n");
  }

  private static void card(StringBuilder page, String cls, int n, String label) {
    page.append("<div class=\"card ").append(cls).append("\"><span class=\"n\">").append(n)
        .append("</span><span class=\"l\">").append(label).append("</span></div>");
  }

  private static void coverage(StringBuilder page, Coverage coverage) {
    page.append("<section id=\"coverage\"><h2>Coverage</h2><p>").append(coverage.used()).append(" of ")
        .append(coverage.loaded()).append(" facts loaded (").append(coverage.percent())
        .append("%) took part in a passed or failed check; ").append(coverage.untested().size())
        .append(" are untested.</p>");
    if (!coverage.untested().isEmpty()) {
      page.append("<details><summary>Untested facts (").append(coverage.untested().size()).append(")</summary>")
          .append("<div class=\"inner\"><table><thead><tr><th>Concept</th><th>Period</th><th>Dimensions</th>")
          .append("<th class=\"num\">Value</th><th>Source</th></tr></thead><tbody>");
      for (Fact f : coverage.untested()) {
        page.append("<tr><td>").append(Html.esc(f.concept().name())).append("</td><td>")
            .append(Html.esc(f.period().toString())).append("</td><td>").append(Html.esc(f.dimensions().toString()))
            .append("</td><td class=\"num\">").append(Html.esc(f.value().map(Amounts::format).orElse("nil")))
            .append("</td><td class=\"src\">").append(Html.esc(f.source().toString())).append("</td></tr>");
      }
      page.append("</tbody></table></div></details>");
    }
    page.append("</section>\n");
  }

  private static java.util.Set<String> rollupRules(RunResult result) {
    return result.rules().rules().stream()
        .filter(r -> r instanceof Rule.Rollup)
        .map(Rule::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
