package tieout.report.html;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.explain.Explanation;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;
import tieout.report.InOrder;
import tieout.report.Numbering;
import tieout.report.Shown;
import tieout.report.TextBuffer;
import tieout.rules.Severity;
import tieout.run.RunResult;

/** Renders findings as HTML: a failed check in full, the others as rows of collapsed tables. */
final class FindingHtml {
  private final RunResult result;
  private final Set<String> rollupRules;
  private int charts;

  FindingHtml(RunResult result, Set<String> rollupRules) {
    this.result = result;
    this.rollupRules = rollupRules;
  }

  /** A failed check: heading, context, every fact with its cell, the amounts, explanations, chart. */
  void failed(Finding f, HtmlOut out) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<article class=\"finding\" data-rule=\"").append(Html.esc(f.rule())).append("\"><h3>")
        .append(badge(f.status().name())).append(Html.esc(f.rule())).append(' ');
    if (f.severity() == Severity.WARNING) {
      h.append("<span class=\"badge warning\">warning</span>");
    }
    h.append(Html.esc(f.message())).append("</h3>");
    h.append("<p class=\"ctx\">").append(Html.esc(context(f))).append("</p><div class=\"facts-wrap\">");
    h.append(factsTable(f)).append("</div><div class=\"below\">");
    out.raw(h.toString());
    Optional<List<RollupChart.Part>> parts = chartParts(f);
    if (parts.isPresent()) {
      out.raw("<figure>");
      RollupChart.write(f, parts.get(), "c" + ++charts, out);
      out.raw("<figcaption>The parts stacked (left) against the reported figure (right); the dashed line is the sum of"
          + " the parts, the red hatch the variance.</figcaption></figure>");
    }
    out.raw(explanations(f));
    out.raw("</div></article>\n");
  }

  /**
   * The passed checks in a collapsed table, with the roll-up charts after it: two passes over
   * {@code passed}, rows then charts, so that neither is held whole, each formatted in blocks on
   * two threads ({@link InOrder}).
   */
  void passedDetails(List<Finding> passed, HtmlOut out) throws IOException {
    if (passed.isEmpty()) {
      out.append("<p class=\"empty\">No check passed.</p>");
      return;
    }
    out.append("<details id=\"passed-details\"><summary>")
        .append(plural(passed.size(), "passed check")).append("</summary><div class=\"inner\"><table><thead><tr>")
        .append("<th>Rule</th><th>Period</th><th>Message</th><th class=\"num\">Reported</th>")
        .append("<th class=\"num\">Computed</th><th class=\"num\">Variance</th><th>Cells</th></tr></thead><tbody>");
    Writer page = out.flushed();
    InOrder.write(passed.size(), BLOCK, to -> {
      HtmlOut rows = new HtmlOut(to);
      return (from, end) -> {
        for (int i = from; i < end; i++) {
          row(passed.get(i), rows);
        }
        rows.flush();
      };
    }, page);
    out.append("</tbody></table>");
    // The charts, numbered through the page after the failed checks' (their pattern ids are unique).
    Numbering numbering = new Numbering((passed.size() + BLOCK - 1) / BLOCK);
    int firstId = charts + 1;
    out.flushed();
    InOrder.write(passed.size(), BLOCK, to -> {
      HtmlOut gallery = new HtmlOut(to);
      return (from, end) -> {
        List<Optional<List<RollupChart.Part>>> parts = new ArrayList<>(end - from);
        int count = 0;
        try {
          for (int i = from; i < end; i++) {
            parts.add(chartParts(passed.get(i)));
            count += parts.get(i - from).isPresent() ? 1 : 0;
          }
        } catch (RuntimeException | Error e) {
          numbering.abort();
          throw e;
        }
        int before = numbering.start(from / BLOCK, count);
        int id = firstId + before;
        for (int i = from; i < end; i++) {
          if (parts.get(i - from).isPresent()) {
            if (id == firstId) {
              gallery.append("<h3 style=\"margin:16px 0 8px\">Roll-ups</h3><div class=\"charts\">");
            }
            chart(passed.get(i), parts.get(i - from).get(), id++, gallery);
          }
        }
        gallery.flush();
      };
    }, page);
    charts += numbering.total();
    if (numbering.total() > 0) {
      out.append("</div>");
    }
    out.append("</div></details>");
  }

  /** A passed check's row in the table. */
  private static void row(Finding f, HtmlOut out) throws IOException {
    out.raw(ROW_RULE).recurring(f.rule()).raw(ROW_ENTITY).recurring(f.entity()).raw(ROW_PERIOD).period(f.period());
    if (!f.dimensions().isEmpty()) {
      out.raw(DIMENSIONS_OPEN).dimensions(f.dimensions()).raw(DIMENSIONS_CLOSE);
    }
    out.raw(ROW_MESSAGE).recurring(f.message()).raw(ROW_AMOUNTS);
    num(f.reported(), out);
    num(f.computed(), out);
    num(f.variance(), out);
    out.raw(ROW_CELLS);
    sources(f, out);
    out.raw(ROW_END);
  }

  /** A passed check's roll-up chart, numbered {@code id}, with its caption. */
  private static void chart(Finding f, List<RollupChart.Part> parts, int id, HtmlOut out) throws IOException {
    out.raw(FIGURE);
    RollupChart.write(f, parts, "c" + id, out);
    out.raw(FIGCAPTION).recurring(f.rule()).raw(MIDDLE_DOT).recurring(f.entity()).raw(MIDDLE_DOT).period(f.period());
    if (!f.dimensions().isEmpty()) {
      out.raw(MIDDLE_DOT).dimensions(f.dimensions());
    }
    out.raw(FIGURE_END);
  }

  /** Passed checks a block formatted on one thread ({@link InOrder}). */
  private static final int BLOCK = 256;

  private static final byte[] ROW_RULE = TextBuffer.ascii("<tr><td>");
  private static final byte[] ROW_ENTITY = TextBuffer.ascii("</td><td title=\"");
  private static final byte[] ROW_PERIOD = TextBuffer.ascii("\">");
  private static final byte[] DIMENSIONS_OPEN = TextBuffer.ascii("<br><small>");
  private static final byte[] DIMENSIONS_CLOSE = TextBuffer.ascii("</small>");
  private static final byte[] ROW_MESSAGE = TextBuffer.ascii("</td><td class=\"msg\">");
  private static final byte[] ROW_AMOUNTS = TextBuffer.ascii("</td>");
  private static final byte[] NUM = TextBuffer.ascii("<td class=\"num\">");
  private static final byte[] NUM_END = TextBuffer.ascii("</td>");
  private static final byte[] ROW_CELLS = TextBuffer.ascii("<td class=\"src cells\">");
  private static final byte[] ROW_END = TextBuffer.ascii("</td></tr>");
  private static final byte[] FIGURE = TextBuffer.ascii("<figure>");
  private static final byte[] FIGCAPTION = TextBuffer.ascii("<figcaption>");
  private static final byte[] MIDDLE_DOT = " \u00b7 ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
  private static final byte[] FIGURE_END = TextBuffer.ascii("</figcaption></figure>");

  private static void num(Optional<BigDecimal> amount, HtmlOut out) throws IOException {
    out.raw(NUM).amount(amount, "-").raw(NUM_END);
  }

  /** The checks that could not run, each with its reason, collapsed. */
  void notEvaluatedDetails(List<Finding> skipped, Writer out) throws IOException {
    if (skipped.isEmpty()) {
      out.append("<p class=\"empty\">Every check could be evaluated.</p>");
      return;
    }
    out.append("<details id=\"not-evaluated-details\"><summary>")
        .append(plural(skipped.size(), "check")).append(" not evaluated</summary><div class=\"inner\"><table><thead><tr>")
        .append("<th>Rule</th><th>Period</th><th>Message</th><th>Reason</th></tr></thead><tbody>");
    for (Finding f : skipped) {
      out.append("<tr><td>").append(Html.esc(f.rule())).append("</td><td>").append(Html.esc(context(f)))
          .append("</td><td>").append(Html.esc(f.message())).append("</td><td>")
          .append(Html.esc(f.reason().orElse(""))).append("</td></tr>");
    }
    out.append("</tbody></table></div></details>");
  }

  /** Period-over-period findings: flagged changes listed, the others collapsed (unless {@code shown} lists failed only). */
  void flux(List<Finding> flux, Shown shown, Writer out) throws IOException {
    out.append("<section id=\"flux\"><h2>Flux review (").append(String.valueOf(flux.size())).append(")</h2>");
    if (flux.isEmpty()) {
      out.append("<p class=\"empty\">No flux (period-over-period) rules ran.</p></section>\n");
      return;
    }
    List<Finding> flagged = flux.stream().filter(f -> f.status() == Status.FAIL).toList();
    List<Finding> others = flux.stream().filter(f -> f.status() != Status.FAIL).toList();
    out.append("<p>").append(String.valueOf(flagged.size())).append(" flagged change")
        .append(flagged.size() == 1 ? "" : "s").append(" to explain.</p>");
    if (!flagged.isEmpty()) {
      out.append(fluxTable(flagged));
    }
    if (!others.isEmpty() && shown.listsAll()) {
      out.append("<details><summary>").append(String.valueOf(others.size()))
          .append(" within thresholds or not evaluated</summary>")
          .append("<div class=\"inner\">").append(fluxTable(others)).append("</div></details>");
    }
    out.append("</section>\n");
  }

  private String fluxTable(List<Finding> findings) {
    StringBuilder h = new StringBuilder("<table class=\"flux\"><thead><tr><th>Status</th><th>Rule</th><th>Period</th>")
        .append("<th>Message</th><th class=\"num\">Reported</th><th class=\"num\">Compared with</th>")
        .append("<th class=\"num\">Change</th><th>Cells</th></tr></thead><tbody>");
    for (Finding f : findings) {
      h.append("<tr><td>").append(badge(f.status().name()));
      if (f.status() == Status.FAIL) {
        h.append("<span class=\"badge warning\">").append(Html.esc(f.severity().keyword())).append("</span>");
      }
      h.append("</td><td>").append(Html.esc(f.rule())).append("</td><td>").append(Html.esc(context(f)))
          .append("</td><td>").append(Html.esc(f.message() + f.reason().map(r -> " (" + r + ")").orElse("")))
          .append("</td>").append(num(f.reported())).append(num(f.computed())).append(num(f.variance()))
          .append("<td class=\"src cells\">").append(Html.esc(sources(f))).append("</td></tr>");
    }
    return h.append("</tbody></table>").toString();
  }

  private String factsTable(Finding f) {
    StringBuilder h = new StringBuilder("<table class=\"facts\"><thead><tr><th></th><th>Concept</th><th>Period</th>")
        .append("<th class=\"num\">Value</th><th class=\"num\">Decimals</th><th>Source</th></tr></thead><tbody>");
    boolean computedDone = false;
    for (Operand o : f.operands()) {
      String label;
      if (o.side() == Operand.Side.REPORTED) {
        label = "reported";
      } else {
        BigDecimal w = o.weight();
        String factor = w.abs().compareTo(BigDecimal.ONE) == 0 ? "" : Html.amount(w.abs()) + " \u00d7 ";
        label = (w.signum() < 0 ? "\u2212 " : "+ ") + factor;
      }
      h.append(factRow(label, o.fact()));
      if (o.side() == Operand.Side.COMPUTED) {
        computedDone = true;
      }
    }
    h.append("<tr class=\"total\"><td>computed</td><td colspan=\"2\"></td>").append(num(f.computed()))
        .append("<td></td><td></td></tr>");
    h.append("<tr class=\"var\"><td>variance</td><td colspan=\"2\">reported \u2212 computed</td>").append(num(f.variance()))
        .append("<td colspan=\"2\">tolerance ").append(Html.esc(f.tolerance().map(Html::amount).orElse("-")))
        .append("</td></tr>");
    if (!computedDone && f.operands().isEmpty()) {
      h.append("<tr><td colspan=\"6\" class=\"empty\">no facts listed</td></tr>");
    }
    return h.append("</tbody></table>").toString();
  }

  private static String factRow(String label, Fact fact) {
    return "<tr><td>" + Html.esc(label) + "</td><td>" + Html.esc(fact.concept().name())
        + (fact.dimensions().isEmpty() ? "" : " <small>[" + Html.esc(fact.dimensions().toString()) + "]</small>")
        + "</td><td>" + Html.esc(fact.period().toString()) + "</td><td class=\"num\">"
        + Html.esc(fact.value().map(Html::amount).orElse("nil")) + "</td><td class=\"num\">"
        + Html.esc(fact.decimals().toString()) + "</td><td class=\"src\">" + Html.esc(fact.source().toString())
        + (fact.source().formula() ? " (formula)" : "") + "</td></tr>";
  }

  private String explanations(Finding f) {
    List<Explanation> list = result.explanationsOf(f);
    if (list.isEmpty()) {
      return "";
    }
    StringBuilder h = new StringBuilder("<div class=\"explanations\"><h4>Likely explanations of the variance</h4><ol>");
    for (Explanation e : list) {
      h.append("<li>");
      boolean first = true;
      for (Explanation.SignedFact sf : e.facts()) {
        Fact fact = sf.fact();
        h.append(first && sf.sign() > 0 ? "" : sf.sign() < 0 ? " \u2212 " : " + ")
            .append(Html.esc(fact.concept().name())).append(' ').append(Html.esc(fact.period().toString())).append(" <b>")
            .append(Html.esc(fact.value().map(Html::amount).orElse("nil"))).append("</b> <span class=\"src\">(")
            .append(Html.esc(fact.source().toString())).append(")</span>");
        first = false;
      }
      h.append(" = ").append(Html.esc(Html.amount(e.sum()))).append("</li>");
    }
    return h.append("</ol></div>").toString();
  }

  /** The parts of {@code f}'s roll-up chart, when it is a roll-up and has one. */
  private Optional<List<RollupChart.Part>> chartParts(Finding f) {
    return rollupRules.contains(f.rule()) ? RollupChart.pictured(f) : Optional.empty();
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String badge(String status) {
    return "<span class=\"badge " + Html.esc(status) + "\">" + Html.esc(status.replace('_', ' ')) + "</span> ";
  }

  static String context(Finding f) {
    return f.entity() + " \u00b7 " + f.period() + (f.dimensions().isEmpty() ? "" : " \u00b7 " + f.dimensions());
  }

  private static String num(Optional<BigDecimal> amount) {
    return "<td class=\"num\">" + Html.esc(amount.map(Html::amount).orElse("-")) + "</td>";
  }

  /**
   * The cells of a finding, grouped so a row stays short: {@code book.xlsx!Sheet!B3, C3;
   * balances.csv lines 17, 2, 7}.
   */
  static String sources(Finding f) {
    String lines = linesOfOneFile(f);
    if (lines != null) {
      return lines;
    }
    Map<String, Map<String, List<String>>> byFile = new LinkedHashMap<>();
    for (Operand o : f.operands()) {
      SourceRef s = o.fact().source();
      String group = s.isCell() ? s.file() + "!" + s.sheet().orElseThrow() + "!" : s.file() + (s.line() > 0 ? " lines " : "");
      List<String> places = byFile.computeIfAbsent(s.file(), k -> new LinkedHashMap<>())
          .computeIfAbsent(group, k -> new ArrayList<>());
      String place = s.isCell() ? s.cell().orElseThrow() : s.line() > 0 ? String.valueOf(s.line()) : "";
      if (!places.contains(place)) {
        places.add(place);
      }
    }
    List<String> groups = new ArrayList<>();
    byFile.values().forEach(sheets -> sheets.forEach((group, places) -> groups.add(group + String.join(", ", places))));
    return String.join("; ", groups);
  }

  /**
   * {@code Html.esc(sources(f))}: a finding's lines of one file written straight out, without the
   * string {@link #linesOfOneFile} makes.
   */
  private static void sources(Finding f, HtmlOut out) throws IOException {
    List<Operand> operands = f.operands();
    int count = operands.size();
    String file = null;
    int[] lines = new int[count];
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      SourceRef s = operands.get(i).fact().source();
      if (s.isCell() || s.line() <= 0 || file != null && !file.equals(s.file())) {
        out.esc(sources(f));
        return;
      }
      file = s.file();
      int line = s.line();
      boolean repeated = false;
      for (int j = 0; j < distinct && !repeated; j++) {
        repeated = lines[j] == line;
      }
      if (!repeated) {
        lines[distinct++] = line;
      }
    }
    if (file == null) {
      out.esc(sources(f));
      return;
    }
    out.recurring(file).raw(LINES);
    for (int i = 0; i < distinct; i++) {
      if (i > 0) {
        out.raw(COMMA);
      }
      out.num(lines[i]);
    }
  }

  private static final byte[] LINES = TextBuffer.ascii(" lines ");
  private static final byte[] COMMA = TextBuffer.ascii(", ");

  /**
   * {@code ledger.csv lines 17, 2, 7} when every fact of the finding comes from a numbered line
   * of one file, as in most ledgers; otherwise null. The same text as {@link #sources}'s grouping,
   * without its maps, for the tens of thousands of passed checks of a large ledger.
   */
  private static String linesOfOneFile(Finding f) {
    List<Operand> operands = f.operands();
    if (operands.isEmpty()) {
      return null;
    }
    String file = null;
    int[] seen = new int[operands.size()];
    int distinct = 0;
    StringBuilder text = new StringBuilder();
    for (Operand o : operands) {
      SourceRef s = o.fact().source();
      if (s.isCell() || s.line() <= 0 || file != null && !file.equals(s.file())) {
        return null;
      }
      if (file == null) {
        file = s.file();
        text.append(file).append(" lines ");
      }
      int line = s.line();
      boolean repeated = false;
      for (int i = 0; i < distinct && !repeated; i++) {
        repeated = seen[i] == line;
      }
      if (!repeated) {
        text.append(distinct == 0 ? "" : ", ").append(line);
        seen[distinct++] = line;
      }
    }
    return text.toString();
  }
}
