package tieout.load.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.Diagnostic;
import tieout.ledger.Fact;
import tieout.load.Limits;
import tieout.load.Problems;

/**
 * Checks on a whole loaded file that no single cell reveals: a CSV written with another delimiter,
 * and amounts too large to be real figures.
 */
public final class InputChecks {
  private static final char[] OTHER_DELIMITERS = {';', '\t'};

  private InputChecks() {}

  /**
   * A diagnostic when {@code text} splits into more fields per line at semicolons or tabs than at
   * commas (Excel in many European locales saves "CSV" with semicolons), at the first such line.
   */
  static Optional<Diagnostic> otherDelimiter(String name, String text, CsvSurvey byComma) {
    return otherDelimiter(name, text, byComma.multiFieldLines(), delimiter -> {
      int line = delimiter == ';' ? byComma.firstSemicolonLine() : byComma.firstTabLine();
      return line == 0 ? 1 : line;
    });
  }

  private static Optional<Diagnostic> otherDelimiter(
      String name, String text, long commaLines, java.util.function.IntUnaryOperator firstLineWith) {
    for (char delimiter : OTHER_DELIMITERS) {
      if (text.indexOf(delimiter) < 0 || multiFieldLines(text, delimiter) <= commaLines) {
        continue;
      }
      int line = firstLineWith.applyAsInt(delimiter);
      String shown = delimiter == ';' ? "';'" : "tabs";
      return Optional.of(
          Diagnostic.at(
              name + ":" + line,
              "expected comma-separated values, found fields separated by " + shown
                  + ": save the file as CSV (Comma delimited)"));
    }
    return Optional.empty();
  }

  private static long multiFieldLines(String text, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
    long count = 0;
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        if (record.size() > 1) {
          count++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return 0; // not valid with this delimiter either: the comma reading's error stands
    }
    return count;
  }

  /** Whether {@code |amount|} reaches {@link Limits#MAX_AMOUNT}, without building the absolute value. */
  public static boolean tooLarge(BigDecimal amount) {
    return amount.compareTo(Limits.MAX_AMOUNT) >= 0 || amount.compareTo(MIN_AMOUNT) <= 0;
  }

  private static final BigDecimal MIN_AMOUNT = Limits.MAX_AMOUNT.negate();

  /** Reports each fact whose amount reaches {@link Limits#MAX_AMOUNT}, at its cell or line. */
  public static void amountsInRange(List<Fact> facts, Problems problems) {
    for (Fact fact : facts) {
      if (fact.isNil() || !tooLarge(fact.amount())) {
        continue;
      }
      problems.add(
          fact.source().toString(),
          "expected an amount below 10^18 for '" + fact.concept().name() + "', found "
              + fact.amount().stripTrailingZeros().toString() + ": no financial statement reports such a figure;"
              + " check the cell's format, the table's scale and any formula");
    }
  }
}
