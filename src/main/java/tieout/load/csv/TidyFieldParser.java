package tieout.load.csv;

import tieout.load.BadValueException;
import tieout.load.table.PeriodCaption;
import tieout.load.table.PeriodCaptions;
import tieout.load.table.PresentationTableReader;
import tieout.load.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import tieout.taxonomy.Dimensions;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.taxonomy.Unit;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * Turns the fields of one tidy CSV line into a {@link Fact}, or reports at {@code file.csv:LINE} why
 * it cannot. The helpers return null after reporting a problem: no Optional per field on a million
 * lines. Each distinct text (a concept, a period, a unit) is worked out once ({@link BoundedMemo}).
 */
final class TidyFieldParser {
  private static final Pattern ISO_PERIOD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(\\s*/\\s*\\d{4}-\\d{2}-\\d{2})?");

  /** What {@link #value} returns for {@code nil}: compared by identity. */
  private static final BigDecimal NIL = new BigDecimal("0");

  private final String fileName;
  private final Taxonomy taxonomy;
  private final TidyHeader header;
  private final Problems problems;
  private final String defaultEntity;
  private final BoundedMemo<String, Concept> concepts = new BoundedMemo<>(10_000);
  /** The one copy of an entity name: a million facts name a few thousand entities. */
  private final BoundedMemo<String, String> entities = new BoundedMemo<>(100_000);
  /** Parsing dates is slow; a ledger has few distinct periods. */
  private final BoundedMemo<String, Optional<Period>> periods = new BoundedMemo<>(10_000);
  /** Interned: every instant fact of a period would otherwise get its own copy of its end. */
  private final Map<Period.Duration, Period> closings = new HashMap<>();
  /** Keyed by item type and text: the parse depends on nothing else. */
  private final BoundedMemo<String, Optional<Unit>> units = new BoundedMemo<>(1_000);
  private final BoundedMemo<String, Decimals> decimals = new BoundedMemo<>(1_000);
  /** A ledger has few distinct member combinations; only those without problems are kept. */
  private final BoundedMemo<String, Dimensions> dimensions = new BoundedMemo<>(10_000);

  TidyFieldParser(String fileName, Taxonomy taxonomy, TidyHeader header, Problems problems) {
    this.fileName = fileName;
    this.taxonomy = taxonomy;
    this.header = header;
    this.problems = problems;
    this.defaultEntity = taxonomy.defaultEntity().orElse(PresentationTableReader.baseName(fileName));
  }

  /** The fact of line {@code number}, or null after reporting its problems. */
  Fact fact(int number, String[] fields) {
    if (fields.length != header.width) {
      problems.add(at(number), "expected " + header.width + " fields as in the header, found " + fields.length);
      return null;
    }
    String conceptName = field(fields, header.concept);
    Concept c = concept(conceptName);
    if (c == null) {
      problems.add(
          at(number),
          conceptName.isEmpty()
              ? "expected a concept name, found an empty field"
              : "unknown concept '" + conceptName + "'" + taxonomy.didYouMeanConcept(conceptName));
      return null;
    }
    Period period = period(field(fields, header.period), c, number);
    Dimensions dimensions = dimensions(fields, number);
    Unit unit = unit(field(fields, header.unit), c, number);
    BigDecimal value = value(field(fields, header.value), c, number);
    if (period == null || dimensions == null || unit == null || value == null) {
      return null;
    }
    BigDecimal amount = value == NIL ? null : value;
    Decimals decimals = decimals(field(fields, header.decimals), amount, number);
    if (decimals == null) {
      return null;
    }
    String entityText = field(fields, header.entity);
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
    Concept known = concepts.get(name);
    if (known == null) {
      known = taxonomy.concept(name).orElse(null);
      if (known != null) {
        concepts.remember(name, known);
      }
    }
    return known;
  }

  private String intern(String entity) {
    String known = entities.get(entity);
    if (known != null) {
      return known;
    }
    entities.remember(entity, entity);
    return entity;
  }

  private Period period(String text, Concept concept, int number) {
    Optional<Period> period = periods.get(text);
    try {
      if (period == null) {
        period = ISO_PERIOD.matcher(text).matches() ? Optional.of(isoPeriod(text)) : caption(text);
        periods.remember(text, period);
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
    if (PlainDecimals.isPlain(text)) {
      return PlainDecimals.parse(text);
    }
    problems.add(
        at(number),
        "expected a plain decimal such as -11422025 or 0.08, or nil, for '" + concept.name() + "', found "
            + (text.isEmpty() ? "an empty field" : "\"" + text + "\""));
    return null;
  }

  /** The decimals given, or the digits after the point of {@code amount} (null for nil); null after a problem. */
  private Decimals decimals(String text, BigDecimal amount, int number) {
    if (text.isEmpty()) {
      return Decimals.of(amount == null ? 0 : Math.max(0, amount.scale()));
    }
    Decimals known = decimals.get(text);
    if (known != null) {
      return known;
    }
    try {
      Decimals parsed = Decimals.parse(text);
      decimals.remember(text, parsed);
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
    String key = concept.itemType().ordinal() + unit;
    Optional<Unit> parsed = units.get(key);
    if (parsed == null) {
      parsed = parseUnit(unit, concept.itemType());
      units.remember(key, parsed);
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
    String key = axisKey(fields);
    Dimensions known = dimensions.get(key);
    if (known != null) {
      return known;
    }
    Dimensions resolved = resolveDimensions(fields, number);
    if (resolved != null) {
      dimensions.remember(key, resolved);
    }
    return resolved;
  }

  /** The stripped texts of the axis columns of a line, joined by NUL (which no field holds). */
  private String axisKey(String[] fields) {
    int[] columns = header.axisColumns;
    if (columns.length == 1) {
      return fields[columns[0]].strip();
    }
    StringBuilder key = new StringBuilder();
    for (int index : columns) {
      key.append(fields[index].strip()).append('\0');
    }
    return key.toString();
  }

  /** The members of a line's axis columns, or null after reporting each unknown one. */
  private Dimensions resolveDimensions(String[] fields, int number) {
    Map<String, String> members = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < header.axes.length; i++) {
      Axis axis = header.axes[i];
      String text = fields[header.axisColumns[i]].strip();
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
    return ok ? Dimensions.of(members) : null;
  }

  /** A member written as its caption ("1-3 Years") rather than its name. */
  private Optional<Axis.Member> memberByCaption(Axis axis, String caption) {
    return taxonomy.resolveMember(caption, fileName)
        .filter(use -> use.axis().name().equals(axis.name()))
        .map(Taxonomy.MemberUse::member);
  }
}
