package tieout.report.html;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.ledger.ContextKey;
import tieout.ledger.Period;
import tieout.report.TextBuffer;

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

  /** A part of the stack: its period, signed amount and cell. */
  record Part(Period period, BigDecimal amount, String source) {
    String label() {
      return RollupChart.label(period);
    }
  }

  private RollupChart() {}

  /** The parts of a roll-up finding: one per distinct context of the computed side, weighted. */
  static List<Part> parts(Finding f) {
    // A roll-up has a handful of parts: a list searched through, not a map made per chart.
    List<ContextKey> keys = new ArrayList<>(4);
    List<Part> parts = new ArrayList<>(4);
    for (Operand o : f.operands()) {
      if (o.side() == Operand.Side.COMPUTED && !o.fact().isNil()) {
        ContextKey key = o.fact().key();
        if (!keys.contains(key)) {
          keys.add(key);
          parts.add(new Part(o.fact().period(), o.weight().multiply(o.fact().amount()), o.fact().source().toString()));
        }
      }
    }
    return parts;
  }

  /**
   * The parts of the finding's picture, or none if it has none: it has one when evaluated, with at
   * least two parts that are durations.
   */
  static Optional<List<Part>> pictured(Finding f) {
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

  /** The chart of {@code f}, whose parts are {@code parts} ({@link #pictured}), written to {@code svg}. */
  static void write(Finding f, List<Part> parts, String id, HtmlOut svg) throws IOException {
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
    svg.raw(SVG_OPEN);
    title(f, computed, reported, svg);
    svg.raw(TITLE_OPEN);
    title(f, computed, reported, svg);
    svg.raw(TITLE_CLOSE);
    // Zero line.
    int zero = y.at(BigDecimal.ZERO);
    line(svg, 40, zero, YEAR_X + BAR + 20, zero, AXIS);
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
      byte[] fill = SHADE_BYTES[i % SHADE_BYTES.length];
      int top = y.at(from.max(to));
      svg.raw(PART_Y).num(top).raw(PART_WIDTH).num(Math.max(1, y.at(from.min(to)) - top))
          .raw(FILL).raw(fill).raw(PART_TITLE).label(p.period()).raw(COLON).amount(p.amount()).raw(AT).esc(p.source())
          .raw(RECT_TITLE_CLOSE);
      // Legend, right of the bars.
      int ly = TOP + 4 + i * 18;
      svg.raw(LEGEND_Y).num(ly).raw(LEGEND_FILL).raw(fill).raw(LEGEND_CLOSE);
      textOpen(svg, 306, ly + 9, LEGEND);
      svg.label(p.period()).raw(TWO_SPACES).amount(p.amount()).raw(TEXT_CLOSE);
    }
    // The reported total.
    int hi = y.at(reported.max(BigDecimal.ZERO));
    int lo = y.at(reported.min(BigDecimal.ZERO));
    svg.raw(REPORTED_Y).num(hi).raw(REPORTED_WIDTH).num(Math.max(1, lo - hi)).raw(REPORTED_TITLE)
        .amount(reported).raw(RECT_TITLE_CLOSE);
    // The sum of the parts across both bars, and the variance between the tops.
    int sumY = y.at(computed);
    int reportedY = y.at(reported);
    line(svg, PARTS_X - 6, sumY, YEAR_X + BAR + 6, sumY, SUM);
    boolean ties = f.status() != tieout.engine.Status.FAIL;
    if (!ties) {
      int x = YEAR_X + BAR + 12;
      svg.raw(VARIANCE_Y).num(Math.min(sumY, reportedY)).raw(VARIANCE_HEIGHT).num(Math.max(2, Math.abs(sumY - reportedY)))
          .raw(VARIANCE_FILL).raw(id).raw(VARIANCE_CLOSE);
      line(svg, x, sumY, x, reportedY, VARIANCE_MARK);
      line(svg, x - 4, sumY, x + 4, sumY, VARIANCE_MARK);
      line(svg, x - 4, reportedY, x + 4, reportedY, VARIANCE_MARK);
    }
    textOpen(svg, PARTS_X + BAR / 2, BOTTOM + 18, BAR_LABEL);
    svg.raw(PARTS_LABEL).amount(computed).raw(TEXT_CLOSE);
    textOpen(svg, YEAR_X + BAR / 2, BOTTOM + 18, BAR_LABEL);
    svg.raw(REPORTED_LABEL).amount(reported).raw(TEXT_CLOSE);
    textOpen(svg, 292, TOP + 4 + parts.size() * 18 + 16, ties ? LEGEND : LEGEND_VARIANCE);
    svg.raw(ties ? TIES : VARIANCE_LABEL).amount(f.variance(), "-").raw(TEXT_CLOSE);
    svg.raw(PATTERN_ID).raw(id).raw(PATTERN_REST);
  }

  /** {@code rule period: parts C against reported R, variance V}, escaped. */
  private static void title(Finding f, BigDecimal computed, BigDecimal reported, HtmlOut svg) throws IOException {
    svg.recurring(f.rule()).raw(' ').period(f.period()).raw(TITLE_PARTS).amount(computed).raw(TITLE_AGAINST).amount(reported)
        .raw(TITLE_VARIANCE).amount(f.variance(), "-");
  }

  private static void line(HtmlOut svg, int x1, int y1, int x2, int y2, byte[] cls) throws IOException {
    svg.raw(LINE_CLASS).raw(cls).raw(X1).num(x1).raw(Y1).num(y1).raw(X2).num(x2).raw(Y2).num(y2).raw(LINE_CLOSE);
  }

  /** {@code <text class="cls" x="x" y="y">}: the text and {@link #TEXT_CLOSE} are the caller's. */
  private static void textOpen(HtmlOut svg, int x, int y, byte[] cls) throws IOException {
    svg.raw(TEXT_CLASS).raw(cls).raw(X).num(x).raw(Y).num(y).raw(TAG_END);
  }

  private static byte[] ascii(String markup) {
    return TextBuffer.ascii(markup);
  }

  private static final byte[][] SHADE_BYTES = Arrays.stream(SHADES).map(RollupChart::ascii).toArray(byte[][]::new);
  private static final byte[] SVG_OPEN = ascii("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
      + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"");
  private static final byte[] TITLE_OPEN = ascii("\"><title>");
  private static final byte[] TITLE_CLOSE = ascii("</title>");
  private static final byte[] TITLE_PARTS = ascii(": parts ");
  private static final byte[] TITLE_AGAINST = ascii(" against reported ");
  private static final byte[] TITLE_VARIANCE = ascii(", variance ");
  private static final byte[] PART_Y = ascii("<rect class=\"part\" x=\"" + PARTS_X + "\" y=\"");
  private static final byte[] PART_WIDTH = ascii("\" width=\"" + BAR + "\" height=\"");
  private static final byte[] FILL = ascii("\" fill=\"");
  private static final byte[] PART_TITLE = ascii("\" stroke=\"#fff\"><title>");
  private static final byte[] COLON = ascii(": ");
  private static final byte[] AT = ascii(" at ");
  private static final byte[] RECT_TITLE_CLOSE = ascii("</title></rect>");
  private static final byte[] LEGEND_Y = ascii("<rect x=\"292\" y=\"");
  private static final byte[] LEGEND_FILL = ascii("\" width=\"10\" height=\"10\" fill=\"");
  private static final byte[] LEGEND_CLOSE = ascii("\"/>");
  private static final byte[] TWO_SPACES = ascii("  ");
  private static final byte[] REPORTED_Y = ascii("<rect class=\"reported\" x=\"" + YEAR_X + "\" y=\"");
  private static final byte[] REPORTED_WIDTH = ascii("\" width=\"" + BAR + "\" height=\"");
  private static final byte[] REPORTED_TITLE = ascii("\" fill=\"#8a8f98\"><title>reported ");
  private static final byte[] VARIANCE_Y = ascii("<rect class=\"variance\" x=\"" + YEAR_X + "\" y=\"");
  private static final byte[] VARIANCE_HEIGHT = ascii("\" width=\"" + BAR + "\" height=\"");
  private static final byte[] VARIANCE_FILL = ascii("\" fill=\"url(#hatch-");
  private static final byte[] VARIANCE_CLOSE = ascii(")\" stroke=\"#c62828\" stroke-width=\"1.5\"/>");
  private static final byte[] PARTS_LABEL = ascii("parts ");
  private static final byte[] REPORTED_LABEL = ascii("reported ");
  private static final byte[] TIES = ascii("ties: variance ");
  private static final byte[] VARIANCE_LABEL = ascii("variance ");
  private static final byte[] PATTERN_ID = ascii("<defs><pattern id=\"hatch-");
  private static final byte[] PATTERN_REST = ascii("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
      + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde0e0\"/>"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c62828\" stroke-width=\"2\"/></pattern></defs></svg>");
  private static final byte[] AXIS = ascii("axis");
  private static final byte[] SUM = ascii("sum");
  private static final byte[] VARIANCE_MARK = ascii("variance-mark");
  private static final byte[] LEGEND = ascii("legend");
  private static final byte[] LEGEND_VARIANCE = ascii("legend variance-text");
  private static final byte[] BAR_LABEL = ascii("bar-label");
  private static final byte[] LINE_CLASS = ascii("<line class=\"");
  private static final byte[] X1 = ascii("\" x1=\"");
  private static final byte[] Y1 = ascii("\" y1=\"");
  private static final byte[] X2 = ascii("\" x2=\"");
  private static final byte[] Y2 = ascii("\" y2=\"");
  private static final byte[] LINE_CLOSE = ascii("\"/>");
  private static final byte[] TEXT_CLASS = ascii("<text class=\"");
  private static final byte[] X = ascii("\" x=\"");
  private static final byte[] Y = ascii("\" y=\"");
  private static final byte[] TAG_END = ascii("\">");
  private static final byte[] TEXT_CLOSE = ascii("</text>");

  /**
   * Maps amounts to pixel rows: {@code max} at the top, {@code min} at the bottom. A chart asks for
   * most rows twice (a part's top is the next one's bottom; the zero line, the reported bar):
   * each amount's row is worked out once.
   */
  private static final class Scale {
    private final BigDecimal max;
    private final BigDecimal span;
    private final BigDecimal[] amounts = new BigDecimal[16];
    private final int[] rows = new int[16];
    private int known;

    Scale(BigDecimal min, BigDecimal max) {
      this.max = max;
      this.span = max.subtract(min);
    }

    int at(BigDecimal value) {
      for (int i = 0; i < known; i++) {
        if (amounts[i].compareTo(value) == 0) {
          return rows[i];
        }
      }
      BigDecimal fraction = max.subtract(value).divide(span, MathContext.DECIMAL64);
      int row = TOP + fraction.multiply(BigDecimal.valueOf(BOTTOM - TOP)).setScale(0, RoundingMode.HALF_UP).intValue();
      if (known < amounts.length) {
        amounts[known] = value;
        rows[known++] = row;
      }
      return row;
    }
  }

  /** The chart of {@code f} when it has one; {@code id} keeps the chart's pattern ids unique in the page. */
  static Optional<String> forFinding(Finding f, String id) {
    Optional<List<Part>> parts = pictured(f);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    StringWriter svg = new StringWriter(4096);
    try {
      HtmlOut out = new HtmlOut(svg);
      write(f, parts.get(), id, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return Optional.of(svg.toString());
  }
}
