package tieout.load.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tieout.error.Diagnostic;

/** The check on a whole CSV file that no single field reveals: a file written with another delimiter. */
final class OtherDelimiter {
  private static final char[] OTHER_DELIMITERS = {';', '\t'};

  private OtherDelimiter() {}

  /**
   * A diagnostic when {@code text} splits into more fields per line at semicolons or tabs than at
   * commas (Excel in many European locales saves "CSV" with semicolons), at the first such line.
   */
  static Optional<Diagnostic> find(String name, String text, CsvSurvey byComma) {
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
}
