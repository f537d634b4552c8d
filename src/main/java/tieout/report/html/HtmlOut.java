package tieout.report.html;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tieout.ledger.Amounts;
import tieout.ledger.Period;
import tieout.report.TextBuffer;
import tieout.taxonomy.Dimensions;

/**
 * The HTML report's output: text escaped as {@link Html#esc} escapes it and encoded to UTF-8 in the
 * same pass ({@link TextBuffer}), amounts grouped straight into the bytes. A full report of 140,000
 * facts is 96 MB, most of it 28,000 roll-up charts and a row per passed check; built as strings it
 * spent most of its time copying them, inflating them to UTF-16 for a dash and encoding them again
 * (docs/performance.md, "Reports at scale"). Also a {@link Writer}, for the report's other parts,
 * written as they are, in order with the rest.
 */
final class HtmlOut extends Writer {
  private static final byte[][] ESCAPES = new byte[128][];

  static {
    ESCAPES['&'] = TextBuffer.ascii("&amp;");
    ESCAPES['<'] = TextBuffer.ascii("&lt;");
    ESCAPES['>'] = TextBuffer.ascii("&gt;");
    ESCAPES['"'] = TextBuffer.ascii("&quot;");
    ESCAPES['\''] = TextBuffer.ascii("&#39;");
  }

  /** The most periods (dimensions, labels) kept as text: a ledger has few, each named in many rows. */
  private static final int KEPT = 4096;
  /** The longest text {@link #recurring} keeps, in characters. */
  private static final int RECURRING_LENGTH = TextBuffer.CHUNK / 6;

  private final TextBuffer text;
  private final Map<Period, byte[]> periods = new HashMap<>();
  private final Map<Period, byte[]> labels = new HashMap<>();
  private final Map<Dimensions, byte[]> dimensions = new HashMap<>();
  /** {@link #recurring}'s table: texts and their escaped bytes, by the text's hash. */
  private final String[] recurringKeys = new String[1024];
  private final byte[][] recurringBytes = new byte[1024][];

  private final Writer out;

  HtmlOut(Writer out) {
    this.text = new TextBuffer(out);
    this.out = out;
  }

  /**
   * Hands everything written so far to the writer underneath, and returns it: for text written
   * apart ({@link tieout.report.InOrder}), in order with this writer's.
   */
  Writer flushed() throws IOException {
    text.flush();
    return out;
  }

  /** Markup, written as it is. */
  HtmlOut raw(String markup) throws IOException {
    text.append(markup);
    return this;
  }

  /** Markup encoded beforehand ({@link TextBuffer#ascii}). */
  HtmlOut raw(byte[] markup) throws IOException {
    text.append(markup);
    return this;
  }

  HtmlOut raw(char c) throws IOException {
    text.append(c);
    return this;
  }

  /** Text, escaped. */
  HtmlOut esc(String s) throws IOException {
    text.appendEscaped(s, ESCAPES);
    return this;
  }

  /**
   * Text the report writes again and again (a rule, an entity, a message, a part's label), escaped:
   * escaped and encoded the first time, copied from then on while it keeps its slot.
   */
  HtmlOut recurring(String s) throws IOException {
    if (s.length() > RECURRING_LENGTH) {
      return esc(s);
    }
    int slot = s.hashCode() & (recurringKeys.length - 1);
    String key = recurringKeys[slot];
    if (key != s && (key == null || !key.equals(s))) {
      recurringKeys[slot] = s;
      recurringBytes[slot] = text.escaped(s, ESCAPES);
    }
    text.append(recurringBytes[slot]);
    return this;
  }

  HtmlOut num(long value) throws IOException {
    text.append(value);
    return this;
  }

  /** {@code Html.esc(Html.amount(amount))}. */
  HtmlOut amount(BigDecimal amount) throws IOException {
    if (amount.scale() == 0 && amount.precision() <= 18) {
      text.appendGrouped(amount.longValue());
    } else {
      esc(Amounts.format(amount));
    }
    return this;
  }

  /** The amount, or {@code absent} (escaped) when there is none. */
  HtmlOut amount(Optional<BigDecimal> amount, String absent) throws IOException {
    return amount.isPresent() ? amount(amount.get()) : esc(absent);
  }

  /** {@code Html.esc(period.toString())}, each period's text made once. */
  HtmlOut period(Period period) throws IOException {
    return once(periods, period, Period::toString);
  }

  /** {@code Html.esc(dimensions.toString())}, made once for each set of dimensions. */
  HtmlOut dimensions(Dimensions members) throws IOException {
    return once(dimensions, members, Dimensions::toString);
  }

  /** {@code Html.esc(RollupChart.label(period))}, made once for each period. */
  HtmlOut label(Period period) throws IOException {
    return once(labels, period, RollupChart::label);
  }

  /** The escaped bytes of {@code textOf(key)}, kept in {@code texts} (up to {@link #KEPT}). */
  private <K> HtmlOut once(Map<K, byte[]> texts, K key, Function<K, String> textOf) throws IOException {
    byte[] bytes = texts.get(key);
    if (bytes == null) {
      String s = textOf.apply(key);
      if (texts.size() >= KEPT || s.length() > RECURRING_LENGTH) {
        return esc(s);
      }
      bytes = text.escaped(s, ESCAPES);
      texts.put(key, bytes);
    }
    text.append(bytes);
    return this;
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c));
  }

  @Override
  public void write(String s) throws IOException {
    text.append(s);
  }

  @Override
  public void write(String s, int offset, int length) throws IOException {
    text.append(s.substring(offset, offset + length));
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    text.append(new String(chars, offset, length));
  }

  @Override
  public Writer append(CharSequence s) throws IOException {
    text.append(String.valueOf(s));
    return this;
  }

  /** Hands everything written to the writer underneath, and flushes it. */
  @Override
  public void flush() throws IOException {
    text.flush();
  }

  /** Flushes; the writer underneath is the caller's to close. */
  @Override
  public void close() throws IOException {
    flush();
  }
}
