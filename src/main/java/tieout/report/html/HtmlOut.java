package tieout.report.html;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tieout.ledger.Amounts;
import tieout.ledger.Period;
import tieout.report.TextBuffer;

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

  /** The most periods kept as text: a ledger has few, and each is named in every row. */
  private static final int PERIODS_KEPT = 4096;

  private final TextBuffer text;
  private final Map<Period, String> periods = new HashMap<>();

  HtmlOut(Writer out) {
    this.text = new TextBuffer(out);
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
    String s = periods.get(period);
    if (s == null) {
      s = period.toString();
      if (periods.size() < PERIODS_KEPT) {
        periods.put(period, s);
      }
    }
    return esc(s);
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
