package tieout.load;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tieout.error.Suggestions;
import tieout.ledger.Decimals;
import tieout.ledger.Dimensions;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.ledger.Unit;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * Reads the tidy CSV layout: one fact per line.
 *
 * <pre>
 * concept,period,value,decimals,Region
 * NetIncomeLoss,2013-01-01/2013-12-31,-11422025,0,
 * MineralPropertyExpenditures,FY2013,3940264,,US
 * </pre>
 *
 * <p>Columns, named in any case: {@code concept}, {@code period} ({@code 2013-12-31},
 * {@code 2013-01-01/2013-12-31} or a caption such as {@code FY2013} or {@code Q1 2013}) and
 * {@code value} (a plain decimal such as {@code -11422025} or {@code 0.08}, or {@code nil}) are
 * required; {@code entity} (default: the taxonomy's, else the file name), {@code unit} (default: the
 * concept's), {@code decimals} ({@code INF} or a whole number; default: the digits after the point in
 * the value), {@code label} (ignored, for people) and one column per axis, named after the axis, are
 * optional. A duration given for an instant concept means its end, as in a presentation table.
 *
 * <p>Every bad line is reported at {@code file.csv:LINE}; a bad header stops the file.
 */
public final class TidyCsvReader {
  private static final List<String> REQUIRED = List.of("concept", "period", "value");
  private static final List<String> KNOWN =
      List.of("concept", "period", "value", "entity", "unit", "decimals", "label");
  private static final Pattern ISO_PERIOD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(\\s*/\\s*\\d{4}-\\d{2}-\\d{2})?");

  private final String fileName;
  private final Taxonomy taxonomy;
  private final Problems problems;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final Map<Axis, Integer> axisColumns = new LinkedHashMap<>();
  private final Map<String, Optional<Period>> periods = new java.util.HashMap<>();
  private final Map<String, Dimensions> dimensionsByText = new java.util.HashMap<>();

  private TidyCsvReader(String fileName, Taxonomy taxonomy, Problems problems) {
    this.fileName = fileName;
    this.taxonomy = taxonomy;
    this.problems = problems;
  }

  /** Whether a CSV header names the tidy layout: it has {@code concept} and {@code value} columns. */
  public static boolean isTidyHeader(List<String> header) {
    List<String> names = header.stream().map(TidyCsvReader::columnName).toList();
    return names.contains("concept") && names.contains("value");
  }

  /**
   * The facts of CSV {@code text} (a leading byte order mark is skipped) of file {@code fileName}, a base name.
   *
   * @throws tieout.error.UserException listing every bad line (at most 20)
   */
  public static ImmutableList<Fact> read(String fileName, String text, Taxonomy taxonomy) {
    Problems problems = new Problems();
    ImmutableList<Fact> facts = read(fileName, text, taxonomy, problems);
    problems.throwIfAny();
    return facts;
  }

  static ImmutableList<Fact> read(String fileName, String text, Taxonomy taxonomy, Problems problems) {
    return read(fileName, text, taxonomy, problems, LoadProgress.NONE);
  }

  static ImmutableList<Fact> read(String fileName, String text, Taxonomy taxonomy, Problems problems,
      LoadProgress progress) {
    // Streamed: a million-line file never holds all its records at once (docs/performance.md).
    try (CsvRecordStream records = new CsvRecordStream(fileName, text)) {
      if (!records.hasNext()) {
        problems.add(fileName, "expected a header line such as concept,period,value, found an empty file");
        return ImmutableList.of();
      }
      TidyCsvReader reader = new TidyCsvReader(fileName, taxonomy, problems);
      CsvRecords.Line header = records.next();
      if (!reader.readHeader(header)) {
        return ImmutableList.of();
      }
      ImmutableList.Builder<Fact> facts = ImmutableList.builder();
      while (records.hasNext()) {
        CsvRecords.Line line = records.next();
        if (line.number() % 65_536 == 0) {
          progress.advance(records.position()); // characters read, for a progress bar
        }
        if (!CsvRecordStream.isBlank(line)) {
          reader.readLine(line, header.fields().size()).ifPresent(facts::add);
        }
      }
      return facts.build();
    }
  }

  private static String columnName(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  private boolean readHeader(CsvRecords.Line header) {
    String where = fileName + ":" + header.number();
    Map<String, Axis> axes = new LinkedHashMap<>();
    taxonomy.axes().values().forEach(a -> axes.put(columnName(a.name()), a));
    int problemsBefore = problems.size();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = columnName(header.fields().get(i));
      if (name.isEmpty()) {
        problems.add(where, "column " + (i + 1) + " has no name in the header: name it or delete the column");
      } else if (columns.containsKey(name) || axisColumns.containsKey(axes.get(name))) {
        problems.add(where, "column '" + header.fields().get(i).strip() + "' appears twice in the header");
      } else if (KNOWN.contains(name)) {
        columns.put(name, i);
      } else if (axes.containsKey(name)) {
        axisColumns.put(axes.get(name), i);
      } else {
        List<String> expected = new ArrayList<>(KNOWN);
        taxonomy.axes().keySet().forEach(expected::add);
        String found = header.fields().get(i).strip();
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
    return problems.size() == problemsBefore;
  }

  private Optional<Fact> readLine(CsvRecords.Line line, int width) {
    String where = fileName + ":" + line.number();
    if (line.fields().size() != width) {
      problems.add(where, "expected " + width + " fields as in the header, found " + line.fields().size());
      return Optional.empty();
    }
    String conceptName = field(line, "concept").orElse("");
    Optional<Concept> concept = taxonomy.concept(conceptName);
    if (concept.isEmpty()) {
      problems.add(
          where,
          conceptName.isEmpty()
              ? "expected a concept name, found an empty field"
              : "unknown concept '" + conceptName + "'" + taxonomy.didYouMeanConcept(conceptName));
      return Optional.empty();
    }
    Concept c = concept.get();
    Optional<Period> period = period(field(line, "period").orElse(""), c, where);
    Optional<Dimensions> dimensions = dimensions(line, where);
    Optional<Unit> unit = unit(field(line, "unit"), c, where);
    String valueText = field(line, "value").orElse("");
    Optional<Optional<BigDecimal>> value = value(valueText, c, where);
    if (period.isEmpty() || dimensions.isEmpty() || unit.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Decimals> decimals = decimals(field(line, "decimals"), value.get(), where);
    if (decimals.isEmpty()) {
      return Optional.empty();
    }
    String entity = field(line, "entity")
        .or(taxonomy::defaultEntity)
        .orElse(PresentationTableReader.baseName(fileName));
    return Optional.of(
        new Fact(
            c, entity, period.get(), unit.get(), decimals.get(), dimensions.get(), value.get(),
            SourceRef.line(fileName, line.number())));
  }

  /** A column's stripped value, empty when the column is absent or the field empty. */
  private Optional<String> field(CsvRecords.Line line, String column) {
    Integer index = columns.get(column);
    if (index == null) {
      return Optional.empty();
    }
    String value = line.fields().get(index).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private Optional<Period> period(String text, Concept concept, String where) {
    Optional<Period> period = periods.get(text);
    try {
      if (period == null) {
        period = ISO_PERIOD.matcher(text).matches() ? Optional.of(isoPeriod(text)) : caption(text);
        if (periods.size() < 10_000) {
          periods.put(text, period); // a ledger has few distinct periods; parsing dates is slow
        }
      }
    } catch (BadValueException e) {
      problems.add(where, e.getMessage());
      return Optional.empty();
    }
    if (period.isEmpty()) {
      problems.add(
          where,
          "expected a period such as 2013-12-31, 2013-01-01/2013-12-31 or FY2013 for '" + concept.name()
              + "', found " + (text.isEmpty() ? "an empty field" : "\"" + text + "\""));
      return Optional.empty();
    }
    if (period.get() instanceof Period.Duration d && concept.periodType() == PeriodType.INSTANT) {
      return Optional.of(d.closing());
    }
    if (period.get().isInstant() && concept.periodType() == PeriodType.DURATION) {
      problems.add(
          where,
          "expected a period of time for '" + concept.name() + "' (a duration concept), found the date " + text
              + ": write it as start/end, e.g. 2013-01-01/2013-12-31, or as a caption such as FY2013");
      return Optional.empty();
    }
    return period;
  }

  private static Period isoPeriod(String text) {
    String[] parts = text.split("/");
    try {
      if (parts.length == 1) {
        return Period.instant(LocalDate.parse(parts[0].strip()));
      }
      LocalDate start = LocalDate.parse(parts[0].strip());
      LocalDate end = LocalDate.parse(parts[1].strip());
      if (end.isBefore(start)) {
        throw new BadValueException("expected a period that ends after it starts, found \"" + text + "\"");
      }
      return Period.duration(start, end);
    } catch (DateTimeParseException e) {
      throw new BadValueException("impossible date in period \"" + text + "\"");
    }
  }

  private Optional<Period> caption(String text) {
    Optional<PeriodCaption> caption = PeriodCaptions.parse(text, taxonomy.fiscalYearEnd());
    if (caption.isPresent() && caption.get().isPartial()) {
      throw new BadValueException(
          "expected a complete period, found \"" + text + "\" without its end date, e.g. \"" + text
              + " December 31, 2013\"");
    }
    // Instant concepts take a duration's end; the caller decides, so ask for the duration itself.
    return caption.map(p -> p.periodFor(PeriodType.DURATION).or(() -> p.periodFor(PeriodType.INSTANT)).orElseThrow());
  }

  private Optional<Optional<BigDecimal>> value(String text, Concept concept, String where) {
    if (text.equalsIgnoreCase("nil")) {
      return Optional.of(Optional.empty());
    }
    if (isPlainDecimal(text)) {
      return Optional.of(Optional.of(new BigDecimal(text)));
    }
    problems.add(
        where,
        "expected a plain decimal such as -11422025 or 0.08, or nil, for '" + concept.name() + "', found "
            + (text.isEmpty() ? "an empty field" : "\"" + text + "\""));
    return Optional.empty();
  }

  /** {@code -?\d+(\.\d+)?} without a regex matcher: every line of a million-line file has a value. */
  static boolean isPlainDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int digits = 0;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i++) != '.' || i == text.length()) {
      return false;
    }
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i == text.length();
  }

  private Optional<Decimals> decimals(Optional<String> text, Optional<BigDecimal> value, String where) {
    if (text.isEmpty()) {
      return Optional.of(Decimals.of(value.map(v -> Math.max(0, v.scale())).orElse(0)));
    }
    try {
      return Optional.of(Decimals.parse(text.get()));
    } catch (IllegalArgumentException e) {
      problems.add(where, "expected decimals INF or a whole number such as 0, -3 or 2, found \"" + text.get() + "\"");
      return Optional.empty();
    }
  }

  private Optional<Unit> unit(Optional<String> text, Concept concept, String where) {
    if (text.isEmpty()) {
      return Optional.of(concept.defaultUnit());
    }
    String unit = text.get();
    Optional<Unit> parsed =
        switch (concept.itemType()) {
          case MONETARY -> currency(unit).map(Unit::of);
          case PER_SHARE -> unit.toLowerCase(Locale.ROOT).endsWith("/share")
              ? currency(unit.substring(0, unit.length() - "/share".length())).map(c -> Unit.of(c + "/share"))
              : Optional.empty();
          case SHARES -> unit.equalsIgnoreCase("shares") ? Optional.of(Unit.SHARES) : Optional.empty();
          case PERCENT -> unit.equalsIgnoreCase("pure") ? Optional.of(Unit.PURE) : Optional.empty();
        };
    if (parsed.isEmpty()) {
      problems.add(
          where,
          "unknown unit '" + unit + "' for " + concept.itemType().keyword() + " concept '" + concept.name()
              + "': expected " + expectedUnits(concept.itemType()));
    }
    return parsed;
  }

  private static Optional<String> currency(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{3}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Currency.getInstance(upper).getCurrencyCode());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String expectedUnits(ItemType type) {
    return switch (type) {
      case MONETARY -> "a currency code such as USD or CAD";
      case PER_SHARE -> "a currency per share such as USD/share";
      case SHARES -> "shares";
      case PERCENT -> "pure";
    };
  }

  private Optional<Dimensions> dimensions(CsvRecords.Line line, String where) {
    // A ledger has few distinct member combinations: resolve each once (only those without problems).
    String key = axisKey(line);
    Dimensions known = dimensionsByText.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Dimensions> resolved = resolveDimensions(line, where);
    if (resolved.isPresent() && dimensionsByText.size() < 10_000) {
      dimensionsByText.put(key, resolved.get());
    }
    return resolved;
  }

  /** The stripped texts of the axis columns of {@code line}, joined by NUL (which no field holds). */
  private String axisKey(CsvRecords.Line line) {
    if (axisColumns.size() == 1) {
      return line.fields().get(axisColumns.values().iterator().next()).strip();
    }
    StringBuilder key = new StringBuilder();
    for (int index : axisColumns.values()) {
      key.append(line.fields().get(index).strip()).append('\0');
    }
    return key.toString();
  }

  private Optional<Dimensions> resolveDimensions(CsvRecords.Line line, String where) {
    Map<String, String> members = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<Axis, Integer> column : axisColumns.entrySet()) {
      Axis axis = column.getKey();
      String text = line.fields().get(column.getValue()).strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<Axis.Member> member = axis.member(text).or(() -> memberByCaption(axis, text));
      if (member.isPresent()) {
        members.put(axis.name(), member.get().name());
      } else {
        List<String> names = axis.members().stream().map(Axis.Member::name).collect(Collectors.toList());
        problems.add(
            where, "axis '" + axis.name() + "' has no member '" + text + "'" + Suggestions.didYouMean(text, names));
        ok = false;
      }
    }
    return ok ? Optional.of(Dimensions.of(members)) : Optional.empty();
  }

  /** A member written as its caption ("1-3 Years") rather than its name. */
  private Optional<Axis.Member> memberByCaption(Axis axis, String caption) {
    return taxonomy.resolveMember(caption, fileName)
        .filter(use -> use.axis().name().equals(axis.name()))
        .map(Taxonomy.MemberUse::member);
  }
}
