package tieout.load.sec;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tieout.error.UserException;

/**
 * The columns of a tab-separated SEC file, found by their names in its header line (so that older
 * data sets without {@code segments}, with {@code coreg} before {@code ddate}, or with columns
 * added later read the same), and the fields of a line by column name.
 *
 * <p>The files are not quoted. Should a free-text column ({@code footnote}) hold a tab, the line
 * has more fields than the header: the surplus belongs to that column, so the columns after it are
 * counted from the end of the line.
 */
final class Header {
  private final Map<String, Integer> columns;
  private final int width;
  private final int freeText;

  private Header(Map<String, Integer> columns, int width, int freeText) {
    this.columns = columns;
    this.width = width;
    this.freeText = freeText;
  }

  /**
   * Reads header {@code line} of {@code where} (such as {@code 2025q1.zip!num.txt:1}).
   *
   * @throws UserException naming the first required column missing
   */
  static Header of(String line, String where, String freeTextColumn, String... required) {
    Map<String, Integer> columns = new HashMap<>();
    String[] names = line == null ? new String[0] : line.split("\t", -1);
    for (int i = 0; i < names.length; i++) {
      columns.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String r : required) {
      if (!columns.containsKey(r)) {
        throw UserException.at(where, "expected a tab-separated header with column '" + r + "', found "
            + (line == null ? "an empty file" : "\"" + line + "\""));
      }
    }
    return new Header(columns, names.length, columns.getOrDefault(freeTextColumn, -1));
  }

  /** Whether the file has column {@code name}. */
  boolean has(String name) {
    return columns.containsKey(name);
  }

  /** The number of columns the header names. */
  int width() {
    return width;
  }

  /** The field of column {@code name} (present in the header) of a line split at tabs with at least {@link #width()} fields. */
  String field(String[] fields, String name) {
    return fields[at(column(name), fields.length)];
  }

  /** The position of column {@code name} (present in the header) in the header. */
  int column(String name) {
    return columns.get(name);
  }

  /** Where {@code column} is in a line of {@code fieldCount} fields (at least {@link #width()}). */
  int at(int column, int fieldCount) {
    return freeText >= 0 && column > freeText ? column + fieldCount - width : column;
  }
}
