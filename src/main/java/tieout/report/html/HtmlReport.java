package tieout.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.HashSet;
import java.util.stream.Collectors;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.ledger.Fact;
import tieout.report.ReportFormat;
import tieout.report.Shown;
import tieout.report.Summary;
import tieout.rules.Rule;
import tieout.run.RunResult;

/**
 * {@code --format html}: one self-contained page (inline CSS and SVG, no script, no external
 * resource) with the summary, the failed checks in full, the passed and not-evaluated checks
 * collapsed (counted only, with {@link Shown#FAILED}), the flux and narrative sections and the
 * coverage. Every string that came from a spreadsheet, a rule or a document is escaped. Written
 * as it goes, a finding at a time: a report of 100,000 checks is never held whole.
 */
public final class HtmlReport implements ReportFormat {
  private static final String CSS = css();

  @Override
  public void write(RunResult result, Writer to, Shown shown) throws IOException {
    HtmlOut out = new HtmlOut(to);
    List<Finding> findings = result.findings();
    Summary s = Summary.of(findings);
    Coverage coverage = Coverage.of(result);
    FindingHtml html = new FindingHtml(result, rollupRules(result));
    // Collected in a hash set and then sorted: the findings name few entities, a hundred thousand times.
    String entities = findings.stream().map(Finding::entity).collect(Collectors.toCollection(HashSet::new))
        .stream().sorted().collect(Collectors.joining(", "));
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>tieout report").append(entities.isEmpty() ? "" : " \u2014 " + Html.esc(entities)).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body><main>\n");
    out.append("<h1>tieout report</h1><p class=\"sub\">").append(Html.esc(entities.isEmpty() ? "no entity" : entities))
        .append(" \u00b7 ").append(String.valueOf(coverage.loaded())).append(" facts loaded \u00b7 ")
        .append(Html.esc(s.line() + Summary.unreadable(result.unreadable().size()))).append("</p>\n");
    summary(out, s, coverage, result.unreadable().size());
    unreadable(out, result);

    out.append("<section id=\"failed\"><h2>Failed checks (").append(String.valueOf(s.failed() + s.warnings()))
        .append(")</h2>\n");
    if (s.failed() + s.warnings() == 0) {
      out.append("<p class=\"empty\">Every evaluated check ties.</p>");
    }
    for (Finding f : findings) {
      if (f.status() == Status.FAIL) {
        html.failed(f, out);
      }
    }
    out.append("</section>\n");

    out.append("<section id=\"passed\"><h2>Passed checks (").append(String.valueOf(s.passed())).append(")</h2>");
    if (shown.listsAll()) {
      html.passedDetails(findings.stream().filter(f -> f.status() == Status.PASS).toList(), out);
    } else {
      notListed(out, s.passed(), FindingHtml.plural(s.passed(), "passed check"));
    }
    out.append("</section>\n");

    out.append("<section id=\"not-evaluated\"><h2>Not evaluated (").append(String.valueOf(s.notEvaluated()))
        .append(")</h2>");
    if (shown.listsAll()) {
      html.notEvaluatedDetails(findings.stream().filter(f -> f.status() == Status.NOT_EVALUATED).toList(), out);
    } else {
      notListed(out, s.notEvaluated(), FindingHtml.plural(s.notEvaluated(), "check") + " not evaluated");
    }
    out.append("</section>\n");

    html.flux(result.flux(), shown, out);
    if (result.narrative().isPresent()) {
      out.append(NarrativeHtml.section(result.narrative().get()));
    }
    notices(out, result);
    coverage(out, coverage, shown);
    sheets(out, result);
    out.append("<footer>Written by tieout. Amounts as printed; variance = reported \u2212 computed; a check ties when the"
        + " difference is within the rounding of its figures plus any materiality allowance.</footer>\n");
    out.append("</main></body></html>\n");
    out.flush();
  }

  /** What {@code --only failed} left out of a section ({@code what}: its {@code count} checks). */
  private static void notListed(Writer out, int count, String what) throws IOException {
    if (count > 0) {
      out.append("<p class=\"empty\">").append(what)
          .append(", not listed: this report lists failed checks only (--only failed).</p>");
    }
  }

  /** What in the inputs could not be read: errors, listed whole, before the checks. */
  private static void unreadable(Writer out, RunResult result) throws IOException {
    if (result.unreadable().isEmpty()) {
      return;
    }
    out.append("<section id=\"unreadable\"><h2>Unreadable inputs (").append(String.valueOf(result.unreadable().size()))
        .append(")</h2><p>Errors: these cells, lines, sheets or files were not loaded; the rest was loaded and checked.")
        .append("</p><ul>");
    for (tieout.load.InputProblem p : result.unreadable()) {
      out.append("<li class=\"fail\"><b>").append(tieout.load.InputProblem.STATUS).append("</b> <code>")
          .append(Html.esc(p.location())).append("</code>: ").append(Html.esc(p.message())).append("</li>");
    }
    out.append("</ul></section>\n");
  }

  /** Per sheet, its amount cells read against those present. */
  private static void sheets(Writer out, RunResult result) throws IOException {
    if (result.coverage().isEmpty()) {
      return;
    }
    out.append("<section id=\"sheets\"><h2>Amount cells read per sheet</h2><table><thead><tr><th>Sheet</th>")
        .append("<th class=\"num\">Read</th><th class=\"num\">Present</th></tr></thead><tbody>");
    for (tieout.load.SheetCoverage c : result.coverage()) {
      out.append("<tr><td>").append(Html.esc(c.sheet())).append("</td><td class=\"num\">").append(String.valueOf(c.read()))
          .append("</td><td class=\"num\">").append(String.valueOf(c.present())).append("</td></tr>");
    }
    out.append("</tbody></table></section>\n");
  }

  /** Hidden sheets, rows and columns whose facts were loaded: checked, but not seen on screen. */
  private static void notices(Writer out, RunResult result) throws IOException {
    if (result.notices().isEmpty()) {
      return;
    }
    out.append("<section id=\"notices\"><h2>Notices (").append(String.valueOf(result.notices().size())).append(")</h2><ul>");
    for (tieout.load.Notice notice : result.notices()) {
      out.append("<li><code>").append(Html.esc(notice.location())).append("</code>: ")
          .append(Html.esc(notice.message())).append("</li>");
    }
    out.append("</ul></section>\n");
  }

  private static void summary(Writer out, Summary s, Coverage coverage, int unreadable) throws IOException {
    out.append("<section id=\"summary\"><div class=\"cards\">");
    card(out, "", s.checks(), "checks");
    card(out, s.failed() > 0 ? "fail" : "", s.failed(), "failed");
    card(out, s.warnings() > 0 ? "fail" : "", s.warnings(), "warnings");
    card(out, "pass", s.passed(), "passed");
    card(out, "ne", s.notEvaluated(), "not evaluated");
    if (unreadable > 0) {
      card(out, "fail", unreadable, "unreadable inputs");
    }
    out.append("<div class=\"card\"><span class=\"n\">").append(String.valueOf(coverage.used())).append(" / ")
        .append(String.valueOf(coverage.loaded()))
        .append("</span><span class=\"l\">facts used by checks (").append(String.valueOf(coverage.percent())).append("%)</span>")
        .append("<div class=\"meter\"><span style=\"width:").append(String.valueOf(coverage.percent()))
        .append("%\"></span></div></div>");
    out.append("</div></section>\n");
  }

  private static void card(Writer out, String cls, int n, String label) throws IOException {
    out.append("<div class=\"card ").append(cls).append("\"><span class=\"n\">").append(String.valueOf(n))
        .append("</span><span class=\"l\">").append(label).append("</span></div>");
  }

  /** How many facts took part in a check; the untested ones listed unless {@code --only failed}. */
  private static void coverage(Writer out, Coverage coverage, Shown shown) throws IOException {
    out.append("<section id=\"coverage\"><h2>Coverage</h2><p>").append(String.valueOf(coverage.used())).append(" of ")
        .append(String.valueOf(coverage.loaded())).append(" facts loaded (").append(String.valueOf(coverage.percent()))
        .append("%) took part in a passed or failed check; ").append(String.valueOf(coverage.untested().size()))
        .append(" are untested.</p>");
    if (!coverage.untested().isEmpty() && shown.listsAll()) {
      out.append("<details><summary>Untested facts (").append(String.valueOf(coverage.untested().size()))
          .append(")</summary>")
          .append("<div class=\"inner\"><table><thead><tr><th>Concept</th><th>Period</th><th>Dimensions</th>")
          .append("<th class=\"num\">Value</th><th>Source</th></tr></thead><tbody>");
      for (Fact f : coverage.untested()) {
        out.append("<tr><td>").append(Html.esc(f.concept().name())).append("</td><td>")
            .append(Html.esc(f.period().toString())).append("</td><td>").append(Html.esc(f.dimensions().toString()))
            .append("</td><td class=\"num\">").append(Html.esc(f.value().map(Html::amount).orElse("nil")))
            .append("</td><td class=\"src\">").append(Html.esc(f.source().toString())).append("</td></tr>");
      }
      out.append("</tbody></table></div></details>");
    }
    out.append("</section>\n");
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
