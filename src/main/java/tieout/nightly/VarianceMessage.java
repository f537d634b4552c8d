package tieout.nightly;

import com.google.common.collect.ImmutableList;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.history.Change;
import tieout.history.StoredFinding;
import tieout.history.VarianceEntry;
import tieout.history.VarianceReport;
import tieout.ledger.Amounts;
import tieout.load.InputProblem;
import tieout.mail.Attachment;
import tieout.mail.HeaderText;
import tieout.mail.MailContent;
import tieout.report.Summary;

/**
 * Writes the variance email: a subject to triage from the inbox, then the same content as plain
 * text and as HTML: a summary line and tables of NEW, STILL OPEN, RESOLVED and no longer verified
 * findings. Every value from a spreadsheet is escaped in HTML and cleaned in the subject.
 */
public final class VarianceMessage {
  /** The most unreadable inputs an email lists; the attached CSV report has them all. */
  private static final int SHOWN = 20;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final String prefix;
  private final String name;
  private final VarianceReport report;
  private final Summary summary;
  private final ZoneId zone;
  private final MailDetails details;
  private ImmutableList<InputProblem> unreadable = ImmutableList.of();

  public VarianceMessage(String prefix, String name, VarianceReport report, Summary summary, ZoneId zone) {
    this(prefix, name, report, summary, zone, MailDetails.NONE);
  }

  /**
   * @param details tonight's flux flags, explanations and titled charts of failed roll-ups (shown in
   *     the HTML body after the tables)
   */
  public VarianceMessage(String prefix, String name, VarianceReport report, Summary summary, ZoneId zone,
      MailDetails details) {
    // The name may come from a flag: one line everywhere, not only in the subject.
    this.prefix = HeaderText.clean(prefix);
    this.name = HeaderText.clean(name);
    this.report = report;
    this.summary = summary;
    this.zone = zone;
    this.details = details;
  }

  /**
   * This message also listing the inputs that could not be read (errors the history does not keep:
   * they are shown every night until fixed).
   */
  public VarianceMessage withUnreadable(List<InputProblem> problems) {
    VarianceMessage m = new VarianceMessage(prefix, name, report, summary, zone, details);
    m.unreadable = ImmutableList.copyOf(problems);
    return m;
  }

  /** {@code tieout: 3 new, 5 open, 2 resolved - Entrée Gold FY2013}. */
  public String subject() {
    return prefix + ": " + counts() + " - " + name;
  }

  public MailContent content(List<Attachment> attachments) {
    return new MailContent(subject(), text(attachments), html(attachments), ImmutableList.copyOf(attachments));
  }

  private String counts() {
    return report.newCount() + " new, " + report.openCount() + " open, " + report.resolvedCount() + " resolved";
  }

  private String runLine() {
    return name + ", run " + report.runId() + " at " + WHEN.format(report.startedAt().atZone(zone));
  }

  private String comparedLine() {
    return report.previousRun()
        .map(p -> "compared with run " + p.id() + " at " + WHEN.format(p.startedAt().atZone(zone)))
        .orElse("first run of this job: every open finding is new");
  }

  /**
   * The checks' counts, with the flux review's flagged changes counted as warnings (the flux review
   * is not among the checks, so {@link Summary#line} alone would say "0 warnings" beside a flag):
   * {@code 112 checks: 92 passed, 4 failed, 1 warning, 16 not evaluated (1 flagged by the flux
   * review of 5 comparisons)}.
   */
  String summaryLine() {
    int flagged = details.flagged().size();
    int warnings = summary.warnings() + flagged;
    String line = summary.checks() + (summary.checks() == 1 ? " check: " : " checks: ") + summary.passed()
        + " passed, " + summary.failed() + " failed, " + warnings + (warnings == 1 ? " warning, " : " warnings, ")
        + summary.notEvaluated() + " not evaluated";
    return flagged == 0 ? line : line + " (" + flagged + " flagged by the flux review of " + details.comparisons()
        + (details.comparisons() == 1 ? " comparison)" : " comparisons)");
  }

  /** Section titles in the order they are shown. */
  private static String title(Change c) {
    return switch (c) {
      case NEW -> "NEW";
      case STILL_OPEN -> "STILL OPEN";
      case RESOLVED -> "RESOLVED";
      case UNVERIFIED -> "NO LONGER VERIFIED (not evaluated or not checked tonight)";
    };
  }

  String text(List<Attachment> attachments) {
    StringBuilder s = new StringBuilder();
    s.append(runLine()).append('\n');
    s.append(counts()).append(" (").append(comparedLine()).append(")\n");
    s.append(summaryLine()).append(Summary.unreadable(unreadable.size())).append("\n");
    if (!unreadable.isEmpty()) {
      s.append("\nUNREADABLE INPUTS (").append(unreadable.size()).append(", errors: not loaded, the rest was checked)\n");
      for (InputProblem p : shown()) {
        s.append("  ").append(p).append('\n');
      }
      more().ifPresent(m -> s.append("  ").append(m).append('\n'));
    }
    for (Change c : Change.values()) {
      List<VarianceEntry> entries = report.of(c);
      if (entries.isEmpty() && c == Change.UNVERIFIED) {
        continue;
      }
      s.append('\n').append(title(c)).append(" (").append(entries.size()).append(")\n");
      if (entries.isEmpty()) {
        s.append("  none\n");
      }
      for (VarianceEntry e : entries) {
        StoredFinding f = e.latest();
        s.append("  ").append(e.key().label()).append("  [").append(f.severity()).append("]  ")
            .append(f.key().entity()).append('\n');
        s.append("    ").append(f.message()).append('\n');
        s.append("    ").append(detail(e)).append('\n');
        List<String> why = explanations(e);
        if (!why.isEmpty()) {
          s.append("    likely explanations (facts whose signed sum is the variance, within tolerance):\n");
          why.forEach(line -> s.append("      ").append(line).append('\n'));
        }
      }
    }
    if (!details.flagged().isEmpty()) {
      s.append("\nFLUX WARNINGS (").append(details.flagged().size()).append(")\n");
      for (Finding f : details.flagged()) {
        s.append("  ").append(f.rule()).append(' ').append(f.period()).append("  [").append(f.severity().keyword())
            .append("]  ").append(f.entity()).append('\n');
        s.append("    ").append(f.message()).append('\n');
        s.append("    ").append(flux(f)).append('\n');
      }
    }
    if (!attachments.isEmpty()) {
      s.append("\nAttached: ");
      s.append(String.join(", ", attachments.stream().map(Attachment::fileName).toList()));
      s.append(" (every check of this run).\n");
    }
    return s.toString();
  }

  /** The amounts line: reported, computed, variance, tolerance; the earlier variance if it moved. */
  private static String detail(VarianceEntry e) {
    StoredFinding f = e.latest();
    StringBuilder s = new StringBuilder();
    switch (e.change()) {
      case RESOLVED -> s.append("passes now; variance was ")
          .append(amount(e.previous().flatMap(StoredFinding::variance)));
      case UNVERIFIED -> s.append(e.current().isPresent()
          ? "not evaluated: " + e.current().get().reason().orElse("")
          : "no longer checked; variance was " + amount(e.previous().flatMap(StoredFinding::variance)));
      default -> {
        s.append("reported ").append(amount(f.reported())).append(", computed ").append(amount(f.computed()))
            .append(", variance ").append(amount(f.variance())).append(" (tolerance ")
            .append(amount(f.tolerance())).append(')');
        if (e.change() == Change.STILL_OPEN) {
          s.append("; open since ").append(f.firstSeen().map(Object::toString).orElse("?"));
          if (e.varianceChanged()) {
            s.append("; variance changed from ").append(amount(e.previous().flatMap(StoredFinding::variance)));
          }
        }
      }
    }
    return s.toString();
  }

  private static String amount(Optional<BigDecimal> v) {
    return v.map(Amounts::format).orElse("-");
  }

  String html(List<Attachment> attachments) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(subject()))
        .append("</title></head>\n<body style=\"font-family:sans-serif\">\n");
    h.append("<h2>").append(esc(runLine())).append("</h2>\n");
    h.append("<p><strong>").append(esc(counts())).append("</strong> (").append(esc(comparedLine()))
        .append(")<br>").append(esc(summaryLine() + Summary.unreadable(unreadable.size()))).append("</p>\n");
    if (!unreadable.isEmpty()) {
      h.append("<h3>UNREADABLE INPUTS (").append(unreadable.size()).append(")</h3>\n<p>Errors: not loaded;")
          .append(" the rest was checked.</p>\n<ul>\n");
      for (InputProblem p : shown()) {
        h.append("<li><code>").append(esc(p.location())).append("</code>: ").append(esc(p.message())).append("</li>\n");
      }
      more().ifPresent(m -> h.append("<li>").append(esc(m)).append("</li>\n"));
      h.append("</ul>\n");
    }
    for (Change c : Change.values()) {
      List<VarianceEntry> entries = report.of(c);
      if (entries.isEmpty() && c == Change.UNVERIFIED) {
        continue;
      }
      h.append("<h3>").append(esc(title(c))).append(" (").append(entries.size()).append(")</h3>\n");
      if (entries.isEmpty()) {
        h.append("<p>none</p>\n");
        continue;
      }
      h.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr>"
          + "<th>check</th><th>severity</th><th>entity</th><th>message</th><th>reported</th>"
          + "<th>computed</th><th>variance</th><th>tolerance</th><th>note</th><th>likely explanation</th></tr>\n");
      for (VarianceEntry e : entries) {
        StoredFinding f = e.latest();
        boolean amounts = c == Change.NEW || c == Change.STILL_OPEN;
        h.append("<tr><td>").append(esc(e.key().label())).append("</td><td>").append(esc(f.severity()))
            .append("</td><td>").append(esc(f.key().entity())).append("</td><td>").append(esc(f.message()))
            .append("</td>");
        for (Optional<BigDecimal> v : List.of(f.reported(), f.computed(), f.variance(), f.tolerance())) {
          h.append("<td align=\"right\">").append(amounts ? esc(amount(v)) : "").append("</td>");
        }
        h.append("<td>").append(esc(note(e))).append("</td><td style=\"white-space:pre;font-family:monospace\">")
            .append(esc(String.join("\n", explanations(e)))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!details.flagged().isEmpty()) {
      h.append("<h3>FLUX WARNINGS (").append(details.flagged().size()).append(")</h3>\n");
      h.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n<tr>"
          + "<th>check</th><th>severity</th><th>entity</th><th>message</th><th>change</th></tr>\n");
      for (Finding f : details.flagged()) {
        h.append("<tr><td>").append(esc(f.rule() + " " + f.period())).append("</td><td>")
            .append(esc(f.severity().keyword())).append("</td><td>").append(esc(f.entity())).append("</td><td>")
            .append(esc(f.message())).append("</td><td>").append(esc(flux(f))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!details.charts().isEmpty()) {
      // Inline SVG shows in some mail clients only; the attached report.html has the same charts.
      h.append("<h3>Failed roll-ups</h3>\n<div>");
      for (MailDetails.TitledChart c : details.charts()) {
        h.append("<h4>").append(esc(c.title())).append("</h4>\n").append(c.svg()).append("\n");
      }
      h.append("</div>\n");
    }
    if (!attachments.isEmpty()) {
      h.append("<p>Attached: ")
          .append(esc(String.join(", ", attachments.stream().map(Attachment::fileName).toList())))
          .append(" (every check of this run).</p>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  /** Tonight's likely explanations of an open finding's variance; none for other rows. */
  private List<String> explanations(VarianceEntry e) {
    if (e.change() != Change.NEW && e.change() != Change.STILL_OPEN) {
      return List.of();
    }
    return details.explanations().getOrDefault(e.key(), ImmutableList.of());
  }

  /** {@code current 5,510,641, comparative 4,295,800, change 1,214,841 (+28.3%), threshold 1,073,950}. */
  private static String flux(Finding f) {
    BigDecimal change = f.variance().orElse(BigDecimal.ZERO);
    BigDecimal comparative = f.computed().orElse(BigDecimal.ZERO);
    String percent = "";
    if (comparative.signum() != 0) {
      BigDecimal p = change.multiply(BigDecimal.valueOf(100)).divide(comparative.abs(), 1, RoundingMode.HALF_UP);
      percent = " (" + (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%)";
    }
    return "current " + amount(f.reported()) + ", comparative " + amount(f.computed()) + ", change "
        + Amounts.format(change) + percent + ", threshold " + amount(f.tolerance());
  }

  private List<InputProblem> shown() {
    return unreadable.subList(0, Math.min(SHOWN, unreadable.size()));
  }

  /** {@code 20 shown of 17,096; all in the attached findings.csv}, when the list is cut. */
  private Optional<String> more() {
    return unreadable.size() <= SHOWN ? Optional.empty() : Optional.of(String.format(java.util.Locale.ROOT,
        "%,d shown of %,d; all in the attached findings.csv", SHOWN, unreadable.size()));
  }

  private static String note(VarianceEntry e) {
    return switch (e.change()) {
      case NEW -> "";
      case STILL_OPEN -> "open since " + e.latest().firstSeen().map(Object::toString).orElse("?")
          + (e.varianceChanged()
              ? "; variance changed from " + amount(e.previous().flatMap(StoredFinding::variance)) : "");
      case RESOLVED, UNVERIFIED -> detail(e);
    };
  }

  private static String esc(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }
}
