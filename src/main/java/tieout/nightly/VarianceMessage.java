package tieout.nightly;

import com.google.common.collect.ImmutableList;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import tieout.history.Change;
import tieout.history.StoredFinding;
import tieout.history.VarianceEntry;
import tieout.history.VarianceReport;
import tieout.load.InputProblem;
import tieout.mail.Attachment;
import tieout.mail.HeaderText;
import tieout.mail.MailContent;
import tieout.report.Amounts;
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
  private final ImmutableList<String> charts;
  private ImmutableList<InputProblem> unreadable = ImmutableList.of();

  public VarianceMessage(String prefix, String name, VarianceReport report, Summary summary, ZoneId zone) {
    this(prefix, name, report, summary, zone, List.of());
  }

  /** @param charts inline SVG charts of failed roll-ups, shown in the HTML body after the tables */
  public VarianceMessage(String prefix, String name, VarianceReport report, Summary summary, ZoneId zone,
      List<String> charts) {
    // The name may come from a flag: one line everywhere, not only in the subject.
    this.prefix = HeaderText.clean(prefix);
    this.name = HeaderText.clean(name);
    this.report = report;
    this.summary = summary;
    this.zone = zone;
    this.charts = ImmutableList.copyOf(charts);
  }

  /**
   * This message also listing the inputs that could not be read (errors the history does not keep:
   * they are shown every night until fixed).
   */
  public VarianceMessage withUnreadable(List<InputProblem> problems) {
    VarianceMessage m = new VarianceMessage(prefix, name, report, summary, zone, charts);
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
    s.append(summary.line()).append(Summary.unreadable(unreadable.size())).append("\n");
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
        .append(")<br>").append(esc(summary.line() + Summary.unreadable(unreadable.size()))).append("</p>\n");
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
          + "<th>computed</th><th>variance</th><th>tolerance</th><th>note</th></tr>\n");
      for (VarianceEntry e : entries) {
        StoredFinding f = e.latest();
        boolean amounts = c == Change.NEW || c == Change.STILL_OPEN;
        h.append("<tr><td>").append(esc(e.key().label())).append("</td><td>").append(esc(f.severity()))
            .append("</td><td>").append(esc(f.key().entity())).append("</td><td>").append(esc(f.message()))
            .append("</td>");
        for (Optional<BigDecimal> v : List.of(f.reported(), f.computed(), f.variance(), f.tolerance())) {
          h.append("<td align=\"right\">").append(amounts ? esc(amount(v)) : "").append("</td>");
        }
        h.append("<td>").append(esc(note(e))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!charts.isEmpty()) {
      // Inline SVG shows in some mail clients only; the attached report.html has the same charts.
      h.append("<h3>Failed roll-ups</h3>\n<div>");
      charts.forEach(c -> h.append(c).append("\n"));
      h.append("</div>\n");
    }
    if (!attachments.isEmpty()) {
      h.append("<p>Attached: ")
          .append(esc(String.join(", ", attachments.stream().map(Attachment::fileName).toList())))
          .append(" (every check of this run).</p>\n");
    }
    return h.append("</body></html>\n").toString();
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
