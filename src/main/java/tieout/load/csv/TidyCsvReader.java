package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tieout.error.Suggestions;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.load.BadValueException;
import tieout.load.Problems;
import tieout.load.table.GridCell;
import tieout.load.table.PeriodCaption;
import tieout.load.table.PeriodCaptions;
import tieout.load.table.PresentationTableReader;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

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

  /** What {@link #value} returns for {@code nil}: compared by identity. */
  private static final BigDecimal NIL = new BigDecimal("0");

  private final String fileName;
  private final Taxonomy taxonomy;
  private final Problems problems;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final Map<Axis, Integer> axisColumns = new LinkedHashMap<>();
  private final Map<String, Optional<Period>> periods = new HashMap<>();
  private final Map<String, Dimensions> dimensionsByText = new HashMap<>();
  /** Distinct texts of a million-line file are few: each is resolved or interned once. */
  private final Map<String, Concept> conceptsByText = new HashMap<>();
  private final Map<String, String> entities = new HashMap<>();
  private final Map<String, Optional<Unit>> unitsByText = new HashMap<>();
  private final Map<String, Decimals> decimalsByText = new HashMap<>();
  private final Map<Period.Duration, Period> closings = new HashMap<>();
  /** Column positions, -1 when absent; set by {@link #readHeader}. */
  private int conceptColumn = -1;
  private int periodColumn = -1;
  private int valueColumn = -1;
  private int entityColumn = -1;
  private int unitColumn = -1;
  private int decimalsColumn = -1;
  private int[] axisIndexes = new int[0];
  private Axis[] axisList = new Axis[0];
  private String defaultEntity;

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
    // The loader's own pass (CsvScan with Lines), so that there is one way to read a tidy file.
    Lines lines = new Lines(fileName, taxonomy, Long.MAX_VALUE);
    CsvScan.scan(fileName, text, lines);
    if (lines.header == null) {
      problems.add(fileName, "expected a header line such as concept,period,value, found an empty file");
      return ImmutableList.of();
    }
    if (!lines.isTidy()) {
      // Named as a tidy file, so say what its header lacks.
      new TidyCsvReader(fileName, taxonomy, problems).readHeader(lines.headerLine, lines.header);
      return ImmutableList.of();
    }
    problems.addAll(lines.problems());
    return lines.facts();
  }

  /**
   * A {@link CsvScan.Sink} that reads a tidy file while it is scanned: its first record is the
   * header, the others facts. It reads nothing more when the first record is not a tidy header
   * (see {@link #isTidy()}), after a bad header, and once {@code maxCells} fields have been passed,
   * since such a file is rejected whatever its lines say.
   */
  static final class Lines implements CsvScan.Sink {
    private final String fileName;
    private final Taxonomy taxonomy;
    private final Problems problems = new Problems();
    private final TidyCsvReader reader;
    private final long maxCells;
    private final ImmutableList.Builder<Fact> facts = ImmutableList.builder();
    private int width = -1;
    private int headerLine;
    private List<String> header;
    private boolean tidy;
    private boolean reading = true;
    private long cells;
    /** The reader of the rest of the file when it is read in two halves. */
    private Lines rest;

    Lines(String fileName, Taxonomy taxonomy, long maxCells) {
      this.fileName = fileName;
      this.taxonomy = taxonomy;
      this.reader = new TidyCsvReader(fileName, taxonomy, problems);
      this.maxCells = maxCells;
    }

    @Override
    public void record(int line, String[] fields) {
      cells += fields.length;
      if (!reading || cells > maxCells) {
        reading = false;
        return;
      }
      if (width < 0) {
        width = fields.length;
        headerLine = line;
        header = List.of(fields);
        tidy = isTidyHeader(header);
        reading = tidy && reader.readHeader(line, header);
      } else if (!isBlank(fields)) {
        Fact fact = reader.readLine(line, fields, width);
        if (fact != null) {
          facts.add(fact);
        }
      }
    }

    /**
     * A reader for the lines after those this one reads, with the same header, or null when there is
     * nothing to read (no good tidy header so far). Its facts and problems follow this one's.
     */
    Lines rest() {
      if (width < 0 || !reading || rest != null) {
        return null;
      }
      Lines next = new Lines(fileName, taxonomy, maxCells);
      next.width = width;
      next.tidy = true;
      next.reading = next.reader.readHeader(headerLine, header);
      rest = next;
      return next;
    }

    /** Whether the first record was a tidy header (concept and value columns). */
    public boolean isTidy() {
      return tidy;
    }

    /** The facts read, in line order. */
    public ImmutableList<Fact> facts() {
      ImmutableList<Fact> own = facts.build();
      if (rest == null) {
        return own;
      }
      ImmutableList<Fact> more = rest.facts();
      return ImmutableList.<Fact>builderWithExpectedSize(own.size() + more.size()).addAll(own).addAll(more).build();
    }

    /** The bad lines (and header), in line order. */
    public Problems problems() {
      if (rest == null) {
        return problems;
      }
      Problems all = new Problems();
      all.addAll(problems);
      all.addAll(rest.problems());
      return all;
    }
  }

  /** {@link CsvRecords.Line#isBlank()} of a record's fields. */
  private static boolean isBlank(String[] fields) {
    for (String field : fields) {
      if (!GridCell.isBlankText(field)) {
        return false;
      }
    }
    return true;
  }

  private static String columnName(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  private boolean readHeader(int number, List<String> fields) {
    String where = fileName + ":" + number;
    Map<String, Axis> axes = new LinkedHashMap<>();
    taxonomy.axes().values().forEach(a -> axes.put(columnName(a.name()), a));
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
    conceptColumn = columns.getOrDefault("concept", -1);
    periodColumn = columns.getOrDefault("period", -1);
    valueColumn = columns.getOrDefault("value", -1);
    entityColumn = columns.getOrDefault("entity", -1);
    unitColumn = columns.getOrDefault("unit", -1);
    decimalsColumn = columns.getOrDefault("decimals", -1);
    axisList = axisColumns.keySet().toArray(new Axis[0]);
    axisIndexes = axisColumns.values().stream().mapToInt(Integer::intValue).toArray();
    defaultEntity = taxonomy.defaultEntity().orElse(PresentationTableReader.baseName(fileName));
    return problems.size() == problemsBefore;
  }

  /**
   * The fact of one line, or null after reporting its problems. The helpers below return null after
   * reporting a problem: no Optional per field on a million lines.
   */
  private Fact readLine(int number, String[] fields, int width) {
    if (fields.length != width) {
      problems.add(at(number), "expected " + width + " fields as in the header, found " + fields.length);
      return null;
    }
    String conceptName = field(fields, conceptColumn);
    Concept c = concept(conceptName);
    if (c == null) {
      problems.add(
          at(number),
          conceptName.isEmpty()
              ? "expected a concept name, found an empty field"
              : "unknown concept '" + conceptName + "'" + taxonomy.didYouMeanConcept(conceptName));
      return null;
    }
    Period period = period(field(fields, periodColumn), c, number);
    Dimensions dimensions = dimensions(fields, number);
    Unit unit = unit(field(fields, unitColumn), c, number);
    String valueText = field(fields, valueColumn);
    BigDecimal value = value(valueText, c, number);
    if (period == null || dimensions == null || unit == null || value == null) {
      return null;
    }
    BigDecimal amount = value == NIL ? null : value;
    Decimals decimals = decimals(field(fields, decimalsColumn), amount, number);
    if (decimals == null) {
      return null;
    }
    String entityText = field(fields, entityColumn);
    String entity = entityText.isEmpty() ? defaultEntity : intern(entityText);
    return Fact.atLine(c, entity, period, unit, decimals, dimensions, amount, fileName, number);
  }

  private String at(int number) {
    return fileName + ":" + number;
  }

  /** A column's stripped value, empty when the column is absent or the field empty. */
  private static String field(String[] fields, int index) {
    return index < 0 ? "" : fields[index].strip();
  }

  private Concept concept(String name) {
    Concept known = conceptsByText.get(name);
    if (known == null) {
      known = taxonomy.concept(name).orElse(null);
      if (known != null && conceptsByText.size() < 10_000) {
        conceptsByText.put(name, known);
      }
    }
    return known;
  }

  /** The one copy of an entity name: a million facts name a few thousand entities. */
  private String intern(String entity) {
    String known = entities.get(entity);
    if (known != null) {
      return known;
    }
    if (entities.size() < 100_000) {
      entities.put(entity, entity);
    }
    return entity;
  }

  private Period period(String text, Concept concept, int number) {
    Optional<Period> period = periods.get(text);
    try {
      if (period == null) {
        period = ISO_PERIOD.matcher(text).matches() ? Optional.of(isoPeriod(text)) : caption(text);
        if (periods.size() < 10_000) {
          periods.put(text, period); // a ledger has few distinct periods; parsing dates is slow
        }
      }
    } catch (BadValueException e) {
      problems.add(at(number), e.getMessage());
      return null;
    }
    if (period.isEmpty()) {
      problems.add(
          at(number),
          "expected a period such as 2013-12-31, 2013-01-01/2013-12-31 or FY2013 for '" + concept.name()
              + "', found " + (text.isEmpty() ? "an empty field" : "\"" + text + "\""));
      return null;
    }
    if (period.get() instanceof Period.Duration d && concept.periodType() == PeriodType.INSTANT) {
      // Interned: every instant fact of the period would otherwise get its own copy.
      return closings.computeIfAbsent(d, Period.Duration::closing);
    }
    if (period.get().isInstant() && concept.periodType() == PeriodType.DURATION) {
      problems.add(
          at(number),
          "expected a period of time for '" + concept.name() + "' (a duration concept), found the date " + text
              + ": write it as start/end, e.g. 2013-01-01/2013-12-31, or as a caption such as FY2013");
      return null;
    }
    return period.get();
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

  /** The amount, {@link #NIL} for nil. */
  private BigDecimal value(String text, Concept concept, int number) {
    if (text.equalsIgnoreCase("nil")) {
      return NIL;
    }
    if (isPlainDecimal(text)) {
      return plainDecimal(text);
    }
    problems.add(
        at(number),
        "expected a plain decimal such as -11422025 or 0.08, or nil, for '" + concept.name() + "', found "
            + (text.isEmpty() ? "an empty field" : "\"" + text + "\""));
    return null;
  }

  /**
   * {@code new BigDecimal(text)} of a plain decimal, from its digits when they fit a long: the same
   * value and scale without the parser's copies.
   */
  static BigDecimal plainDecimal(String text) {
    int length = text.length();
    // 18 digits, a sign and a point always fit a long.
    if (length > 20) {
      return new BigDecimal(text);
    }
    boolean negative = text.charAt(0) == '-';
    long unscaled = 0;
    int scale = 0;
    int digits = 0;
    boolean fraction = false;
    for (int i = negative ? 1 : 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        fraction = true;
        continue;
      }
      unscaled = unscaled * 10 + (c - '0');
      digits++;
      if (fraction) {
        scale++;
      }
    }
    if (digits > 18) {
      return new BigDecimal(text);
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
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

  /** The decimals given, or the digits after the point of {@code amount} (null for nil); null after a problem. */
  private Decimals decimals(String text, BigDecimal amount, int number) {
    if (text.isEmpty()) {
      return Decimals.of(amount == null ? 0 : Math.max(0, amount.scale()));
    }
    Decimals known = decimalsByText.get(text);
    if (known != null) {
      return known;
    }
    try {
      Decimals parsed = Decimals.parse(text);
      if (decimalsByText.size() < 1_000) {
        decimalsByText.put(text, parsed);
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      problems.add(at(number), "expected decimals INF or a whole number such as 0, -3 or 2, found \"" + text + "\"");
      return null;
    }
  }

  private Unit unit(String unit, Concept concept, int number) {
    if (unit.isEmpty()) {
      return concept.defaultUnit();
    }
    // Keyed by item type and text: the parse depends on nothing else.
    String key = concept.itemType().ordinal() + unit;
    Optional<Unit> parsed = unitsByText.get(key);
    if (parsed == null) {
      parsed = parseUnit(unit, concept.itemType());
      if (unitsByText.size() < 1_000) {
        unitsByText.put(key, parsed);
      }
    }
    if (parsed.isEmpty()) {
      problems.add(
          at(number),
          "unknown unit '" + unit + "' for " + concept.itemType().keyword() + " concept '" + concept.name()
              + "': expected " + expectedUnits(concept.itemType()));
    }
    return parsed.orElse(null);
  }

  private static Optional<Unit> parseUnit(String unit, ItemType type) {
    return switch (type) {
      case MONETARY -> currency(unit).map(Unit::of);
      case PER_SHARE -> unit.toLowerCase(Locale.ROOT).endsWith("/share")
          ? currency(unit.substring(0, unit.length() - "/share".length())).map(c -> Unit.of(c + "/share"))
          : Optional.empty();
      case SHARES -> unit.equalsIgnoreCase("shares") ? Optional.of(Unit.SHARES) : Optional.empty();
      case PERCENT -> unit.equalsIgnoreCase("pure") ? Optional.of(Unit.PURE) : Optional.empty();
    };
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

  private Dimensions dimensions(String[] fields, int number) {
    // A ledger has few distinct member combinations: resolve each once (only those without problems).
    String key = axisKey(fields);
    Dimensions known = dimensionsByText.get(key);
    if (known != null) {
      return known;
    }
    Optional<Dimensions> resolved = resolveDimensions(fields, number);
    if (resolved.isPresent() && dimensionsByText.size() < 10_000) {
      dimensionsByText.put(key, resolved.get());
    }
    return resolved.orElse(null);
  }

  /** The stripped texts of the axis columns of {@code line}, joined by NUL (which no field holds). */
  private String axisKey(String[] fields) {
    if (axisIndexes.length == 1) {
      return fields[axisIndexes[0]].strip();
    }
    StringBuilder key = new StringBuilder();
    for (int index : axisIndexes) {
      key.append(fields[index].strip()).append('\0');
    }
    return key.toString();
  }

  private Optional<Dimensions> resolveDimensions(String[] fields, int number) {
    Map<String, String> members = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<Axis, Integer> column : axisColumns.entrySet()) {
      Axis axis = column.getKey();
      String text = fields[column.getValue()].strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<Axis.Member> member = axis.member(text).or(() -> memberByCaption(axis, text));
      if (member.isPresent()) {
        members.put(axis.name(), member.get().name());
      } else {
        List<String> names = axis.members().stream().map(Axis.Member::name).collect(Collectors.toList());
        problems.add(
            at(number), "axis '" + axis.name() + "' has no member '" + text + "'" + Suggestions.didYouMean(text, names));
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
