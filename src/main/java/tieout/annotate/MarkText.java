package tieout.annotate;

import java.math.BigDecimal;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.ledger.Amounts;

/** The words of a tick mark: the comment on a cell, and short check descriptions for CSV copies. */
final class MarkText {
  private MarkText() {}

  /** A cell comment: each failed check with its figures, then the checks the cell tied to. */
  static String comment(Mark mark) {
    StringBuilder text = new StringBuilder();
    if (mark.isFailed()) {
      text.append("tieout: FAILED\n");
      for (Finding f : mark.failed()) {
        text.append("\u2717 ").append(f.rule()).append(" (").append(f.severity().keyword()).append(") ")
            .append(context(f)).append('\n')
            .append("  ").append(f.message()).append('\n')
            .append("  reported ").append(amount(f.reported()))
            .append(", computed ").append(amount(f.computed()))
            .append(", variance ").append(amount(f.variance()))
            .append(" (tolerance ").append(amount(f.tolerance())).append(")\n");
      }
      if (!mark.passed().isEmpty()) {
        text.append("Also tied to:\n");
      }
    } else {
      text.append("tieout: tied to\n");
    }
    for (Finding f : mark.passed()) {
      text.append("\u2713 ").append(f.rule()).append(' ').append(context(f)).append(": ")
          .append(f.message()).append('\n');
    }
    return text.toString().stripTrailing();
  }

  /** One line per check for the CSV copy: {@code IS-Q2Y 2013-01-01/2013-12-31 FAIL variance -294,676}. */
  static String checks(Mark mark) {
    StringBuilder text = new StringBuilder();
    for (Finding f : mark.failed()) {
      append(text, f.rule() + " " + context(f) + " FAIL variance " + amount(f.variance()));
    }
    for (Finding f : mark.passed()) {
      append(text, f.rule() + " " + context(f) + " PASS");
    }
    return text.toString();
  }

  static String context(Finding f) {
    return f.period() + (f.dimensions().isEmpty() ? "" : " [" + f.dimensions() + "]");
  }

  static String amount(Optional<BigDecimal> value) {
    return value.map(Amounts::format).orElse("-");
  }

  private static void append(StringBuilder text, String item) {
    if (text.length() > 0) {
      text.append("; ");
    }
    text.append(item);
  }
}
