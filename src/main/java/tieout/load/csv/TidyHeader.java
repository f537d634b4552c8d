package tieout.load.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tieout.load.Problems;
import tieout.error.Suggestions;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Taxonomy;

/**
 * The header of a tidy CSV mapped to column positions: which field of a line holds the concept, the
 * period, the value, and so on ({@link TidyCsvReader} describes the columns). A position is -1 when
 * the column is absent.
 */
public final class TidyHeader {
  /** UTF-8's byte order mark, read as ISO-8859-1. */
  private static final String UTF8_BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";
  private static final List<String> REQUIRED = List.of("concept", "period", "value");
  private static final List<String> KNOWN =
      List.of("concept", "period", "value", "entity", "unit", "decimals", "label");

  /** The fields of the header: every line must have as many. */
  final int width;
  final int concept;
  final int period;
  final int value;
  final int entity;
  final int unit;
  final int decimals;
  /** The axes named by columns, in header order, and their positions. */
  final Axis[] axes;
  final int[] axisColumns;

  private TidyHeader(int width, Map<String, Integer> columns, Map<Axis, Integer> axisColumns) {
    this.width = width;
    this.concept = columns.getOrDefault("concept", -1);
    this.period = columns.getOrDefault("period", -1);
    this.value = columns.getOrDefault("value", -1);
    this.entity = columns.getOrDefault("entity", -1);
    this.unit = columns.getOrDefault("unit", -1);
    this.decimals = columns.getOrDefault("decimals", -1);
    this.axes = axisColumns.keySet().toArray(new Axis[0]);
    this.axisColumns = axisColumns.values().stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether a CSV file's first line is a tidy header, read without reading the rest (a header's
   * names are ASCII whatever the file's encoding); an empty file counts as tidy, so that the loader
   * says it is empty as it says it of any file.
   */
  public static boolean isTidyFile(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String first = in.readLine();
      if (first == null || first.isBlank()) {
        return true;
      }
      if (first.startsWith(UTF8_BOM_AS_LATIN1)) {
        first = first.substring(UTF8_BOM_AS_LATIN1.length());
      }
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(first)).getRecords();
      return !records.isEmpty() && isTidy(records.get(0).toList());
    }
  }

  /** Whether a CSV header names the tidy layout: it has {@code concept} and {@code value} columns. */
  public static boolean isTidy(List<String> header) {
    List<String> names = header.stream().map(TidyHeader::columnName).toList();
    return names.contains("concept") && names.contains("value");
  }

  /**
   * The columns of header {@code fields} on line {@code number} of {@code fileName}, or null after
   * adding to {@code problems} every column that is unnamed, repeated, unknown or missing.
   */
  static TidyHeader map(String fileName, int number, List<String> fields, Taxonomy taxonomy, Problems problems) {
    String where = fileName + ":" + number;
    Map<String, Axis> axes = new LinkedHashMap<>();
    taxonomy.axes().values().forEach(a -> axes.put(columnName(a.name()), a));
    Map<String, Integer> columns = new LinkedHashMap<>();
    Map<Axis, Integer> axisColumns = new LinkedHashMap<>();
    int problemsBefore = problems.size();
    for (int i = 0; i < fields.size(); i++) {
      String name = columnName(fields.get(i));
      if (name.isEmpty()) {
        problems.add(where, "column " + (i + 1) + " has no name in the header: name it or delete the column");
      } else if (columns.containsKey(name) || axisColumns.containsKey(axes.get(name))) {
        problems.add(where, "column '" + fields.get(i).strip() + "' appears twice in the header");
      } else if (KNOWN.contains(name)) {
        columns.put(name, i);
      } else if (axes.containsKey(name)) {
        axisColumns.put(axes.get(name), i);
      } else {
        List<String> expected = new ArrayList<>(KNOWN);
        taxonomy.axes().keySet().forEach(expected::add);
        String found = fields.get(i).strip();
        problems.add(
            where,
            "unknown column '" + found + "'"
                + Suggestions.closest(found, expected).map(s -> "; did you mean '" + s + "'?")
                    .orElse(": expected " + String.join(", ", expected)));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add(where, "missing column '" + required + "': a tidy CSV needs concept, period and value columns");
      }
    }
    return problems.size() == problemsBefore ? new TidyHeader(fields.size(), columns, axisColumns) : null;
  }

  private static String columnName(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }
}
