package tieout.report.html;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.ledger.ContextKey;
import tieout.ledger.Period;

/**
 * An inline SVG picture of a roll-up: the parts (quarters, or a year-to-date figure and its last
 * quarter) stacked in one bar against the reported total in another, the sum of the parts drawn as
 * a dashed line across both and the variance marked in red between the two tops.
 */
final class RollupChart {
  static final int WIDTH = 500;
  static final int HEIGHT = 250;
  private static final int TOP = 28;
  private static final int BOTTOM = 210;
  private static final int BAR = 76;
  private static final int PARTS_X = 60;
  private static final int YEAR_X = 190;
  private static final String[] SHADES = {"#1f5f99", "#3a7fc1", "#6aa3d8", "#9cc3e8", "#c4dcf2", "#dce9f5"};

  /** A part of the stack: its label, signed amount and cell. */
  record Part(String label, BigDecimal amount, String source) {}

  private RollupChart() {}

  /** The parts of a roll-up finding: one per distinct context of the computed side, weighted. */
  static List<Part> parts(Finding f) {
    Map<ContextKey, Part> parts = new LinkedHashMap<>();
    for (Operand o : f.operands()) {
      if (o.side() == Operand.Side.COMPUTED && !o.fact().isNil()) {
        parts.putIfAbsent(o.fact().key(),
            new Part(label(o.fact().period()), o.weight().multiply(o.fact().amount()), o.fact().source().toString()));
      }
    }
    return new ArrayList<>(parts.values());
  }

  /**
   * The parts of the finding's picture, or none if it has none: it has one when evaluated, with at
   * least two parts that are durations.
   */
  private static Optional<List<Part>> pictured(Finding f) {
    if (f.reported().isEmpty() || f.computed().isEmpty() || !(f.period() instanceof Period.Duration)) {
      return Optional.empty();
    }
    List<Part> parts = parts(f);
    return parts.size() >= 2 ? Optional.of(parts) : Optional.empty();
  }

  /** {@code Jan–Mar 2013} for a quarter, {@code Jan–Jun 2013} for six months. */
  static String label(Period p) {
    if (p instanceof Period.Duration d) {
      return month(d.start().getMonth()) + "\u2013" + month(d.end().getMonth()) + " " + d.end().getYear();
    }
    return p.toString();
  }

  /** Jan to Dec, looked up once: a page of 28,000 charts names 112,000 months. */
  private static final String[] MONTHS = Arrays.stream(java.time.Month.values())
      .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toArray(String[]::new);

  private static String month(java.time.Month m) {
    return MONTHS[m.ordinal()];
  }

  private static String svg(Finding f, List<Part> parts, String id) {
    BigDecimal reported = f.reported().orElseThrow();
    BigDecimal computed = f.computed().orElseThrow();
    BigDecimal positives = BigDecimal.ZERO;
    BigDecimal negatives = BigDecimal.ZERO;
    for (Part p : parts) {
      if (p.amount().signum() >= 0) {
        positives = positives.add(p.amount());
      } else {
        negatives = negatives.add(p.amount());
      }
    }
    BigDecimal max = positives.max(reported).max(computed).max(BigDecimal.ZERO);
    BigDecimal min = negatives.min(reported).min(computed).min(BigDecimal.ZERO);
    Scale y = new Scale(min, max.compareTo(min) == 0 ? min.add(BigDecimal.ONE) : max);
    String title = f.rule() + " " + f.period() + ": parts " + Html.amount(computed) + " against reported "
        + Html.amount(reported) + ", variance " + f.variance().map(Html::amount).orElse("-");
    StringBuilder svg = new StringBuilder(4096); // a chart of four parts is about 2,200 characters
    svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
    svg.append("<title>").append(Html.esc(title)).append("</title>");
    // Zero line.
    line(svg, 40, y.at(BigDecimal.ZERO), YEAR_X + BAR + 20, y.at(BigDecimal.ZERO), "axis");
    // The stack of parts, positives up from zero and negatives down from it.
    BigDecimal up = BigDecimal.ZERO;
    BigDecimal down = BigDecimal.ZERO;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      BigDecimal from = p.amount().signum() >= 0 ? up : down;
      BigDecimal to = from.add(p.amount());
      if (p.amount().signum() >= 0) {
        up = to;
      } else {
        down = to;
      }
      String fill = SHADES[i % SHADES.length];
      svg.append("<rect class=\"part\" x=\"").append(PARTS_X).append("\" y=\"").append(y.at(from.max(to)))
          .append("\" width=\"").append(BAR).append("\" height=\"").append(Math.max(1, y.at(from.min(to)) - y.at(from.max(to))))
          .append("\" fill=\"").append(fill).append("\" stroke=\"#fff\"><title>")
          .append(Html.esc(p.label() + ": " + Html.amount(p.amount()) + " at " + p.source())).append("</title></rect>");
      // Legend, right of the bars.
      int ly = TOP + 4 + i * 18;
      svg.append("<rect x=\"292\" y=\"").append(ly).append("\" width=\"10\" height=\"10\" fill=\"").append(fill).append("\"/>");
      text(svg, 306, ly + 9, "legend", p.label() + "  " + Html.amount(p.amount()));
    }
    // The reported total.
    BigDecimal lo = reported.min(BigDecimal.ZERO);
    BigDecimal hi = reported.max(BigDecimal.ZERO);
    svg.append("<rect class=\"reported\" x=\"").append(YEAR_X).append("\" y=\"").append(y.at(hi)).append("\" width=\"")
        .append(BAR).append("\" height=\"").append(Math.max(1, y.at(lo) - y.at(hi))).append("\" fill=\"#8a8f98\"><title>")
        .append(Html.esc("reported " + Html.amount(reported))).append("</title></rect>");
    // The sum of the parts across both bars, and the variance between the tops.
    int sumY = y.at(computed);
    int reportedY = y.at(reported);
    line(svg, PARTS_X - 6, sumY, YEAR_X + BAR + 6, sumY, "sum");
    boolean ties = f.status() != tieout.engine.Status.FAIL;
    if (!ties) {
      int x = YEAR_X + BAR + 12;
      svg.append("<rect class=\"variance\" x=\"").append(YEAR_X).append("\" y=\"").append(Math.min(sumY, reportedY))
          .append("\" width=\"").append(BAR).append("\" height=\"").append(Math.max(2, Math.abs(sumY - reportedY)))
          .append("\" fill=\"url(#hatch-").append(id).append(")\" stroke=\"#c62828\" stroke-width=\"1.5\"/>");
      line(svg, x, sumY, x, reportedY, "variance-mark");
      line(svg, x - 4, sumY, x + 4, sumY, "variance-mark");
      line(svg, x - 4, reportedY, x + 4, reportedY, "variance-mark");
    }
    text(svg, PARTS_X + BAR / 2, BOTTOM + 18, "bar-label", "parts " + Html.amount(computed));
    text(svg, YEAR_X + BAR / 2, BOTTOM + 18, "bar-label", "reported " + Html.amount(reported));
    text(svg, 292, TOP + 4 + parts.size() * 18 + 16, ties ? "legend" : "legend variance-text",
        (ties ? "ties: variance " : "variance ") + f.variance().map(Html::amount).orElse("-"));
    svg.append("<defs><pattern id=\"hatch-").append(id).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde0e0\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c62828\" stroke-width=\"2\"/></pattern></defs>");
    svg.append("</svg>");
    return svg.toString();
  }

  private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String cls) {
    svg.append("<line class=\"").append(cls).append("\" x1=\"").append(x1).append("\" y1=\"").append(y1)
        .append("\" x2=\"").append(x2).append("\" y2=\"").append(y2).append("\"/>");
  }

  private static void text(StringBuilder svg, int x, int y, String cls, String text) {
    svg.append("<text class=\"").append(cls).append("\" x=\"").append(x).append("\" y=\"").append(y).append("\">")
        .append(Html.esc(text)).append("</text>");
  }

  /** Maps amounts to pixel rows: {@code max} at the top, {@code min} at the bottom. */
  private record Scale(BigDecimal min, BigDecimal max) {
    int at(BigDecimal value) {
      BigDecimal span = max.subtract(min);
      BigDecimal fraction = max.subtract(value).divide(span, MathContext.DECIMAL64);
      return TOP + fraction.multiply(BigDecimal.valueOf(BOTTOM - TOP)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
  }

  /** The chart of {@code f} when it has one; {@code id} keeps the chart's pattern ids unique in the page. */
  static Optional<String> forFinding(Finding f, String id) {
    return pictured(f).map(parts -> svg(f, parts, id));
  }
}
