package tieout.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tieout.explain.Explanation;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;

/**
 * Renders variance explanations for people (numbered, amounts right-aligned, each fact with its
 * cell) and as one line for a CSV cell; the text report and {@code tieout explain} share it.
 */
public final class ExplanationLines {
  private ExplanationLines() {}

  /**
   * Text lines, each starting with {@code indent}: {@code 1. + 294,676  Concept period  source};
   * a combination lists one fact a line and ends with {@code = sum}.
   */
  public static List<String> text(List<Explanation> explanations, String indent) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < explanations.size(); i++) {
      Explanation e = explanations.get(i);
      String number = (i + 1) + ". ";
      String blank = " ".repeat(number.length());
      int width = Amounts.format(e.sum().abs()).length();
      for (Explanation.SignedFact sf : e.facts()) {
        width = Math.max(width, Amounts.format(sf.fact().amount().abs()).length());
      }
      for (int j = 0; j < e.facts().size(); j++) {
        Explanation.SignedFact sf = e.facts().get(j);
        String amount = Amounts.format(sf.fact().amount().abs());
        lines.add(
            indent + (j == 0 ? number : blank) + (sf.sign() > 0 ? "+ " : "- ")
                + " ".repeat(width - amount.length()) + amount + "  " + describe(sf.fact()));
      }
      if (e.facts().size() > 1) {
        String sum = Amounts.format(e.sum().abs());
        lines.add(indent + blank + (e.sum().signum() < 0 ? "= -" : "= ")
            + " ".repeat(width - sum.length()) + sum);
      }
    }
    return lines;
  }

  /**
   * {@code A=1422297 2013-01-01/2013-12-31 @ file!Sheet!B6; - B=294676 ... @ ...}: the first fact
   * is added, the others carry their sign; explanations are separated by {@code |}.
   */
  public static String oneLine(List<Explanation> explanations) {
    return explanations.stream()
        .map(e -> {
          StringBuilder line = new StringBuilder();
          for (Explanation.SignedFact sf : e.facts()) {
            // The first fact is always added; writing its sign would only make CSV see a formula.
            line.append(line.length() == 0 ? "" : sf.sign() > 0 ? "; + " : "; - ")
                .append(sf.fact().concept().name()).append('=').append(Amounts.plain(sf.fact().amount()))
                .append(' ').append(sf.fact().period()).append(" @ ").append(sf.fact().source());
          }
          return line.toString();
        })
        .collect(Collectors.joining(" | "));
  }

  static String describe(Fact fact) {
    return fact.concept().name()
        + (fact.dimensions().isEmpty() ? "" : " [" + fact.dimensions() + "]")
        + " " + fact.period() + "  " + fact.source();
  }
}
