package tieout.report.html;

import java.util.List;
import tieout.ledger.Amounts;
import tieout.narrative.ClaimStatus;
import tieout.narrative.NarrativeClaim;
import tieout.narrative.NarrativeReport;
import tieout.narrative.NarrativeResult;

/** The narrative section: figures quoted in prose, contradictions and differing figures first, then every claim collapsed. */
final class NarrativeHtml {
  private NarrativeHtml() {}

  static String section(NarrativeResult n) {
    StringBuilder h = new StringBuilder("<section id=\"narrative\"><h2>Figures in the prose</h2><p>")
        .append(Html.esc(n.file())).append(": ").append(n.claims().size()).append(" amounts \u00b7 ")
        .append(n.count(ClaimStatus.TIED)).append(" tied \u00b7 ").append(n.count(ClaimStatus.CONTRADICTED))
        .append(" contradicted \u00b7 ").append(n.count(ClaimStatus.DIFFERS)).append(" differing \u00b7 ")
        .append(n.count(ClaimStatus.UNTRACED)).append(" untraced</p>");
    List<NarrativeClaim> contradicted = NarrativeReport.ordered(n).stream()
        .filter(c -> c.status() == ClaimStatus.CONTRADICTED || c.status() == ClaimStatus.DIFFERS).toList();
    if (!contradicted.isEmpty()) {
      h.append(table(contradicted));
    }
    if (!n.claims().isEmpty()) {
      h.append("<details><summary>All ").append(n.claims().size()).append(" amounts</summary><div class=\"inner\">")
          .append(table(NarrativeReport.ordered(n))).append("</div></details>");
    }
    return h.append("</section>\n").toString();
  }

  private static String table(List<NarrativeClaim> claims) {
    StringBuilder h = new StringBuilder("<table class=\"narrative\"><thead><tr><th>Status</th><th>Where</th>")
        .append("<th>Amount</th><th>Refers to</th><th class=\"num\">Ledger</th><th class=\"num\">Variance</th>")
        .append("<th>Sentence</th></tr></thead><tbody>");
    for (NarrativeClaim c : claims) {
      String refersTo = c.concept().map(x -> x.name()).orElse("?") + c.period().map(p -> " " + p).orElse("");
      h.append("<tr><td>").append(FindingHtml.badge(c.status().name())).append("</td><td class=\"src\">")
          .append(Html.esc(c.location())).append("</td><td>").append(Html.esc(c.amountText())).append("</td><td>")
          .append(Html.esc(refersTo)).append("</td><td class=\"num\">")
          .append(Html.esc(c.fact().flatMap(f -> f.value()).map(Amounts::format).orElse("")))
          .append(c.fact().map(f -> "<br><span class=\"src\">" + Html.esc(f.source().toString()) + "</span>").orElse(""))
          .append("</td><td class=\"num\">").append(Html.esc(c.variance().map(Amounts::format).orElse("")))
          .append("</td><td><blockquote>").append(Html.esc(c.excerpt())).append("</blockquote><small>")
          .append(Html.esc(c.reason() + c.note().map(x -> "; note: " + x).orElse(""))).append("</small></td></tr>");
    }
    return h.append("</tbody></table>").toString();
  }
}
