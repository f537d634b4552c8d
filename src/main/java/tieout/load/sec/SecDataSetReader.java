package tieout.load.sec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.FactColumns;
import tieout.ledger.Period;
import tieout.load.LoadProgress;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/**
 * Reads an SEC Financial Statement Data Set ({@code 2025q2.zip}, or a daily {@code 20250701.zip})
 * into facts: {@code sub.txt} names the filings, {@code num.txt} holds their numbers, both
 * tab-separated with a header line that names the columns (found by name: data sets of different
 * years order them differently; see {@link Header}). An empty {@code value} (nil) is left out.
 *
 * <ul>
 *   <li>entity: the filing, {@code NAME (CIK cik, adsh)}, so that each filing is checked on its own
 *       (an amendment and the filing it amends too; their names say which is which);
 *   <li>concept: the tag; a tag the rules' taxonomy does not declare becomes a concept on the fly:
 *       instant when {@code qtrs} is 0, else duration; per-share when the tag ends in
 *       {@code PerShare}, shares for {@code uom} shares, monetary for a currency, otherwise percent
 *       (not additive);
 *   <li>period: {@code qtrs} 0 is the instant {@code ddate}; {@code qtrs} n the n quarters ending on
 *       {@code ddate};
 *   <li>unit: {@code uom} ({@code USD}, {@code shares}, {@code pure}, ...); the SEC's per-share
 *       {@code USD/shares} is tieout's {@code USD/share}, and makes an undeclared tag per-share;
 *   <li>dimensions: each pair of {@code segments}, in either of the SEC's forms, under the SEC's
 *       short names ({@code ClassOfStock=CommonClassB}); {@code coreg} as {@code LegalEntity}; a
 *       filing's figures in a second currency under {@code Currency} ({@link Currencies});
 *   <li>decimals: the filer's {@code dcml} when the set has it; otherwise inferred from the value
 *       (the digits after the point without trailing zeros, or minus the number of trailing zeros
 *       of a whole number: {@code 2462313000} has -3, {@code 0.001} 3, {@code 0} 0), then set to
 *       the rounding most of the filing's amounts share when the value's own zeros say coarser
 *       ({@link Rounding});
 *   <li>source: {@code 20250701.zip!num.txt:LINE}.
 * </ul>
 */
public final class SecDataSetReader {
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  /** How many problems are kept to be shown; the rest are only counted. */
  static final int SHOWN = 20;
  /** The axis of a co-registrant ({@code coreg}). */
  static final String LEGAL_ENTITY = "LegalEntity";

  private final String fileName;
  private final Taxonomy taxonomy;
  private final Map<String, Concept> created = new HashMap<>();
  private final Map<String, Concept> instantConcepts = new HashMap<>();
  private final Map<String, Concept> durationConcepts = new HashMap<>();
  /** ddate to its periods by qtrs (0 the instant), filled as they are met. */
  private final Map<String, Period[]> periods = new HashMap<>();
  private final Map<String, Dimensions> dimensions = new HashMap<>();
  // num.txt's repeating fields by their bytes: a quarter has 3.5 million lines but thousands of each.
  private final BytesTable<Filing> adshs = new BytesTable<>();
  private final BytesTable<Concept> instantTags = new BytesTable<>();
  private final BytesTable<Concept> durationTags = new BytesTable<>();
  private final BytesTable<Dimensions> segmentDimensions = new BytesTable<>();
  private final BytesTable<String> ddates = new BytesTable<>();
  private final BytesTable<UnitOf> units = new BytesTable<>();
  /** Currency codes, one string each, so that a filing's tally compares them by reference. */
  private final Map<String, String> currencyCodes = new HashMap<>();
  /** The dimensions of a line with neither segments nor coreg, once read. */
  private Dimensions undimensioned;
  private final List<Diagnostic> problems = new ArrayList<>();
  /**
   * The most line problems kept (some 25 MB): every one is a finding in the report, but a bad 400 MB
   * file must not fill the heap with them; beyond, one more says how many there are.
   */
  static final int KEPT = 100_000;

  private long problemCount;
  private String firstUnlisted;

  /** A filing of sub.txt, numbered from 0; {@code entity} null for an adsh sub.txt does not list. */
  private record Filing(String adsh, String entity, int number) {}

  /** A unit and its currency ({@link Currencies#currency}; null for none). */
  private record UnitOf(Unit unit, String currency) {}

  private SecDataSetReader(String fileName, Taxonomy taxonomy) {
    this.fileName = fileName;
    this.taxonomy = taxonomy;
  }

  /** Whether {@code zip} is a data set: it has {@code sub.txt} and {@code num.txt}. */
  public static boolean isDataSet(ZipFile zip) {
    return zip.getEntry("sub.txt") != null && zip.getEntry("num.txt") != null;
  }

  /**
   * The facts of data set {@code path}.
   *
   * @throws UserException when the file is not a data set or a line is malformed (all lines' problems, at most
   *     {@link #KEPT} and then their total)
   */
  public static List<Fact> read(Path path, Taxonomy taxonomy) throws IOException {
    return read(path, taxonomy, Long.MAX_VALUE, LoadProgress.NONE);
  }

  /**
   * The facts of data set {@code path}, at most {@code maxFacts} of them; {@code progress} is
   * started with the bytes of {@code num.txt} (uncompressed) and told how many are read. Both files
   * are streamed from the zip a line at a time: a quarterly {@code num.txt} (about 400 MB) is never
   * held whole, only the facts it yields.
   *
   * @throws UserException when the file is not a data set, a line is malformed (all lines' problems,
   *     at most {@link #KEPT} and then their total), or it holds more than {@code maxFacts} numbers (the message says how many)
   */
  public static List<Fact> read(Path path, Taxonomy taxonomy, long maxFacts, LoadProgress progress)
      throws IOException {
    List<Diagnostic> lineProblems = new ArrayList<>();
    List<Fact> facts = read(path, taxonomy, maxFacts, progress, lineProblems);
    if (!lineProblems.isEmpty()) {
      throw new UserException(withTotal(path.getFileName().toString(), lineProblems));
    }
    return facts;
  }

  /** The first {@link #SHOWN} problems and a last line with their total ({@code 20 shown of 17,096}). */
  private static List<Diagnostic> withTotal(String fileName, List<Diagnostic> problems) {
    List<Diagnostic> shown = new ArrayList<>(problems.subList(0, Math.min(SHOWN, problems.size())));
    String count = problems.size() > SHOWN ? grouped(SHOWN) + " shown of " + grouped(problems.size())
        : grouped(problems.size()) + (problems.size() == 1 ? " problem" : " problems") + " in all";
    shown.add(Diagnostic.at(fileName, count + "; every other line was read"));
    return shown;
  }

  /**
   * As {@link #read(Path, Taxonomy, long, LoadProgress)}, but a malformed line is added to
   * {@code lineProblems} (at most {@link #KEPT}, then one with the total) and the good lines' facts
   * returned.
   *
   * @throws UserException when the file is not a data set or holds more than {@code maxFacts} numbers
   */
  public static List<Fact> read(Path path, Taxonomy taxonomy, long maxFacts, LoadProgress progress,
      List<Diagnostic> lineProblems) throws IOException {
    String name = path.getFileName().toString();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (!isDataSet(zip)) {
        throw UserException.at(name, "expected an SEC Financial Statement Data Set (a zip with sub.txt and num.txt),"
            + " found a zip without them");
      }
      SecDataSetReader reader = new SecDataSetReader(name, taxonomy);
      Map<String, Filing> filings = reader.filings(zip, zip.getEntry("sub.txt"));
      ZipEntry num = zip.getEntry("num.txt");
      progress.start(name, Math.max(0, num.getSize()));
      List<Fact> facts = reader.numbers(zip, num, filings, maxFacts, progress);
      lineProblems.addAll(reader.problems);
      if (reader.problemCount > reader.problems.size()) {
        lineProblems.add(Diagnostic.at(reader.firstUnlisted, "and more from here: " + reader.problems.size()
            + " listed of " + String.format(java.util.Locale.ROOT, "%,d", reader.problemCount)
            + " lines not read (the rest are not kept: a bad 400 MB file would fill the memory)"));
      }
      return facts;
    } catch (java.util.zip.ZipException e) {
      throw UserException.at(name, "expected a zip file (an SEC data set), but it is damaged: " + e.getMessage());
    }
  }

  /** adsh to filing, with its entity name. */
  private Map<String, Filing> filings(ZipFile zip, ZipEntry entry) throws IOException {
    Map<String, Filing> entities = new LinkedHashMap<>();
    try (TabLines in = lines(zip, entry)) {
      Header columns = Header.of(in.next(), fileName + "!sub.txt:1", "", "adsh", "cik", "name");
      String line;
      int number = 1;
      while ((line = in.next()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns.width()) {
          problem(fileName + "!sub.txt:" + number,
              "expected " + columns.width() + " tab-separated fields as in the header, found " + f.length);
          continue;
        }
        String adsh = columns.field(f, "adsh").strip();
        String entity = unquoted(columns.field(f, "name").strip()) + " (CIK " + columns.field(f, "cik").strip() + ", "
            + adsh + amendment(columns, f) + ")";
        Filing earlier = entities.get(adsh);
        // A repeated adsh keeps its first number and takes the last name, as a map put did.
        entities.put(adsh, new Filing(adsh, entity, earlier == null ? entities.size() : earlier.number()));
      }
    }
    return entities;
  }

  /**
   * What the entity name says of an amendment: {@code , 10-K/A} for an amending filing ({@code form}
   * ending in {@code /A}, or {@code amendflag} 1), {@code , amended later} for one that a later
   * filing in the set amends ({@code prevrpt} 1). Each filing stays an entity of its own, so an
   * amendment and its original are never compared; the name tells them apart.
   */
  private static String amendment(Header columns, String[] f) {
    String form = columns.has("form") ? columns.field(f, "form").strip() : "";
    boolean amends = form.endsWith("/A") || (columns.has("amendflag") && flag(columns.field(f, "amendflag")));
    boolean amended = columns.has("prevrpt") && flag(columns.field(f, "prevrpt"));
    return (amends ? ", " + (form.isEmpty() ? "amendment" : form) : "") + (amended ? ", amended later" : "");
  }

  private static boolean flag(String field) {
    String t = field.strip();
    return t.equals("1") || t.equalsIgnoreCase("true");
  }

  private List<Fact> numbers(ZipFile zip, ZipEntry entry, Map<String, Filing> filings, long maxFacts,
      LoadProgress progress) throws IOException {
    String source = fileName + "!num.txt"; // one string for every fact's source, not one per line
    // Column by column, not an object a fact: millions of facts the collector need not copy.
    FactColumns facts = new FactColumns(source);
    long values = 0; // lines with a value; past maxFacts they are only counted, for the message
    // Read ahead: the zip inflates on a second thread, which also finds the tabs and line breaks,
    // while the lines are parsed.
    try (TabLines in = new TabLines(new ReadAhead(zip.getInputStream(entry)))) {
      Header c = Header.of(in.next(), fileName + "!num.txt:1", "footnote",
          "adsh", "tag", "ddate", "qtrs", "uom", "value");
      boolean segments = c.has("segments");
      // The Financial Statement and Notes sets name a row's dimensions by a hash (dimh) into dim.txt.
      Map<String, String> dimTable = !segments && c.has("dimh") ? dimensionTable(zip) : null;
      boolean coreg = c.has("coreg");
      boolean dcml = c.has("dcml"); // the filer's own decimals, in sets that carry them
      // Without the filer's decimals they are inferred, then set to the filing's rounding (Rounding).
      Tallies tallies = new Tallies(filings.size(), !dcml);
      int valueColumn = c.column("value");
      int adshColumn = c.column("adsh");
      int qtrsColumn = c.column("qtrs");
      int ddateColumn = c.column("ddate");
      int uomColumn = c.column("uom");
      int tagColumn = c.column("tag");
      int segmentsColumn = segments ? c.column("segments") : dimTable != null ? c.column("dimh") : -1;
      int coregColumn = coreg ? c.column("coreg") : -1;
      int dcmlColumn = dcml ? c.column("dcml") : -1;
      LineFields f = new LineFields();
      Values value = new Values();
      int number = 1;
      while (in.advance()) {
        number++;
        if ((number & 0xFFFF) == 0) {
          progress.advance(in.consumed());
        }
        f.split(in);
        if (f.blankLine()) {
          continue;
        }
        int n = f.count();
        if (n < c.width()) {
          problem(source + ":" + number, "expected " + c.width() + " tab-separated fields as in the header, found " + n);
          continue;
        }
        int valueAt = c.at(valueColumn, n);
        if (f.blank(valueAt)) {
          continue; // num.txt leaves value empty for a nil fact; nothing to check
        }
        if (++values > maxFacts) {
          continue;
        }
        Filing filing = filing(filings, f, c.at(adshColumn, n));
        String entity = filing.entity();
        if (entity == null) {
          problem(source + ":" + number, "filing " + filing.adsh() + " is not listed in sub.txt");
          continue;
        }
        int qtrsAt = c.at(qtrsColumn, n);
        int ddateAt = c.at(ddateColumn, n);
        try {
          if (!value.readPlain(f.bytes(), f.start(valueAt), f.end(valueAt))) {
            value.readText(f.text(valueAt).strip());
          }
          int qtrs = quarters(f, qtrsAt);
          Period period = period(stripped(ddates, f, ddateAt), qtrs);
          UnitOf unitOf = unit(f, c.at(uomColumn, n));
          Unit unit = unitOf.unit();
          Concept concept = concept(f, c.at(tagColumn, n), qtrs == 0, unit);
          if ((concept.periodType() == PeriodType.INSTANT) != period.isInstant()) {
            continue; // a declared concept reported with the other period type: not the figure the rules mean
          }
          Dimensions dims;
          if (segments && (!coreg || f.start(c.at(coregColumn, n)) == f.end(c.at(coregColumn, n)))) {
            dims = segmentDimensions(f, c.at(segmentsColumn, n));
          } else {
            String segs = segmentsColumn < 0 ? ""
                : segments ? text(f, c.at(segmentsColumn, n))
                : segmentsOf(dimTable, f.text(c.at(segmentsColumn, n)).strip());
            dims = dimensions(segs, coreg ? text(f, c.at(coregColumn, n)) : "");
          }
          Decimals decimals = dcml ? filersDecimals(f.text(c.at(dcmlColumn, n)).strip(), value.scale())
              : Decimals.of(value.scale());
          // A plain value stays a long and a scale: no BigDecimal object for each of millions.
          if (value.compact()) {
            facts.add(concept, entity, period, unit, decimals, dims, value.unscaled(), value.amountScale(), number);
          } else {
            facts.add(concept, entity, period, unit, decimals, dims, value.amount(), number);
          }
          tallies.add(filing.number(), unit, unitOf.currency(), decimals, value.signum(), dims);
        } catch (NumberFormatException | DateTimeParseException e) {
          problem(source + ":" + number, "expected a number in value and qtrs and a date YYYYMMDD in ddate, found \""
              + f.text(valueAt) + "\", \"" + f.text(qtrsAt) + "\", \"" + f.text(ddateAt) + "\"");
        } catch (IllegalArgumentException e) {
          problem(source + ":" + number, e.getMessage());
        }
      }
      progress.advance(in.consumed());
      if (values <= maxFacts) {
        tallies.apply(facts);
      }
    }
    if (values > maxFacts) {
      throw UserException.at(fileName + "!num.txt", "expected at most " + grouped(maxFacts) + " facts in one run"
          + " (--max-facts), found " + grouped(values) + " numbers in num.txt: raise --max-facts to "
          + grouped(values) + " or more");
    }
    return facts;
  }

  /** Field {@code i}'s text stripped, decoded once for all the lines that hold the same bytes. */
  private static String stripped(BytesTable<String> seen, LineFields f, int i) {
    String text = seen.get(f.bytes(), f.start(i), f.end(i));
    if (text == null) {
      text = f.text(i).strip();
      seen.put(f.bytes(), f.start(i), f.end(i), text);
    }
    return text;
  }

  /** Field {@code i}'s text as it is; most lines' segments and coreg are empty. */
  private static String text(LineFields f, int i) {
    return f.start(i) == f.end(i) ? "" : f.text(i);
  }

  /** {@code qtrs}: a few digits on nearly every line, else as {@link Integer#parseInt} reads the stripped text. */
  private static int quarters(LineFields f, int i) {
    int from = f.start(i);
    int to = f.end(i);
    if (to > from && to - from <= 9) {
      byte[] b = f.bytes();
      int q = 0;
      int k = from;
      while (k < to && b[k] >= '0' && b[k] <= '9') {
        q = q * 10 + (b[k++] - '0');
      }
      if (k == to) {
        return q;
      }
    }
    return Integer.parseInt(f.text(i).strip());
  }

  /**
   * The concept of {@code tag} field {@code i} ({@link #concept(String, boolean, Unit)}), found by
   * the field's bytes.
   */
  private Concept concept(LineFields f, int i, boolean instant, Unit unit) {
    BytesTable<Concept> seen = instant ? instantTags : durationTags;
    Concept concept = seen.get(f.bytes(), f.start(i), f.end(i));
    if (concept == null) {
      concept = concept(f.text(i).strip(), instant, unit);
      seen.put(f.bytes(), f.start(i), f.end(i), concept);
    }
    return concept;
  }

  /** The dimensions of {@code segments} field {@code i} of a line without {@code coreg}, found by the field's bytes. */
  private Dimensions segmentDimensions(LineFields f, int i) {
    Dimensions dims = segmentDimensions.get(f.bytes(), f.start(i), f.end(i));
    if (dims == null) {
      dims = dimensions(text(f, i), "");
      segmentDimensions.put(f.bytes(), f.start(i), f.end(i), dims);
    }
    return dims;
  }

  /** The unit of {@code uom} field {@code i}, resolved once per distinct field. */
  private UnitOf unit(LineFields f, int i) {
    UnitOf unit = units.get(f.bytes(), f.start(i), f.end(i));
    if (unit == null) {
      Unit u = unit(f.text(i).strip());
      String currency = Currencies.currency(u);
      unit = new UnitOf(u, currency == null ? null : currencyCodes.computeIfAbsent(currency, k -> k));
      units.put(f.bytes(), f.start(i), f.end(i), unit);
    }
    return unit;
  }

  /**
   * The filing of {@code adsh} field {@code i}, found by the field's bytes; one without an entity
   * when sub.txt does not list it.
   */
  private Filing filing(Map<String, Filing> filings, LineFields f, int i) {
    Filing filing = adshs.get(f.bytes(), f.start(i), f.end(i));
    if (filing == null) {
      String adsh = f.text(i).strip();
      filing = filings.getOrDefault(adsh, new Filing(adsh, null, -1));
      adshs.put(f.bytes(), f.start(i), f.end(i), filing);
    }
    return filing;
  }

  /**
   * {@code dim.txt} of a Financial Statement and Notes set: {@code dimhash} to {@code segments}
   * ({@code Axis=Member;...}); empty when the zip has none.
   */
  private Map<String, String> dimensionTable(ZipFile zip) throws IOException {
    Map<String, String> table = new HashMap<>();
    ZipEntry entry = zip.getEntry("dim.txt");
    if (entry == null) {
      return table;
    }
    try (TabLines in = lines(zip, entry)) {
      Header columns = Header.of(in.next(), fileName + "!dim.txt:1", "", "dimhash", "segments");
      String line;
      int number = 1;
      while ((line = in.next()) != null) {
        number++;
        String[] f = line.split("\t", -1);
        if (f.length < columns.width()) {
          if (!line.isBlank()) {
            problem(fileName + "!dim.txt:" + number,
                "expected " + columns.width() + " tab-separated fields as in the header, found " + f.length);
          }
          continue;
        }
        table.put(columns.field(f, "dimhash").strip(), columns.field(f, "segments"));
      }
    }
    return table;
  }

  /**
   * The segments of hash {@code dimh}: none for {@code 0x00000000}; a hash dim.txt does not list
   * stays a dimension of its own ({@code Dimensions=0x...}), so that the row never passes for the
   * consolidated figure.
   */
  private static String segmentsOf(Map<String, String> table, String dimh) {
    if (dimh.isEmpty() || dimh.equals("0x00000000")) {
      return "";
    }
    String segments = table.get(dimh);
    return segments != null ? segments : "Dimensions=" + dimh + ";";
  }

  /**
   * The filer's {@code decimals} from a {@code dcml} column (its rounding, which the printed value's
   * zeros do not tell: {@code 2000000} in thousands is -3); {@code 32767} (INF) and an empty field
   * fall back to the digits printed.
   */
  private static Decimals filersDecimals(String dcml, int printedScale) {
    if (dcml.isEmpty()) {
      return Decimals.of(printedScale);
    }
    int d;
    try {
      d = Integer.parseInt(dcml);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected dcml as a whole number such as -3, or 32767 for exact, found \""
          + dcml + "\"");
    }
    return d == 32767 ? Decimals.of(printedScale) : Decimals.of(d);
  }

  /** {@code USD/shares}, as the SEC writes a per-share unit, is tieout's {@code USD/share}. */
  private static Unit unit(String uom) {
    if (uom.isEmpty()) {
      throw new IllegalArgumentException("expected a unit in uom (USD, shares, pure, USD/shares, ...), found none");
    }
    return uom.endsWith("/shares") ? Unit.of(uom.substring(0, uom.length() - 1)) : Unit.of(uom);
  }

  private static String grouped(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  private Period period(String ddate, int qtrs) {
    Period[] byQuarters = periods.get(ddate);
    if (byQuarters != null && qtrs >= 0 && qtrs < byQuarters.length && byQuarters[qtrs] != null) {
      return byQuarters[qtrs];
    }
    LocalDate end = LocalDate.parse(ddate, DATE);
    if (qtrs < 0) {
      throw new IllegalArgumentException("expected qtrs 0 (an instant) or more, found " + qtrs);
    }
    Period period = qtrs == 0 ? Period.instant(end) : Period.duration(end.plusDays(1).minusMonths(3L * qtrs), end);
    if (byQuarters == null || qtrs >= byQuarters.length) {
      byQuarters = byQuarters == null ? new Period[Math.max(5, qtrs + 1)] : Arrays.copyOf(byQuarters, qtrs + 1);
      periods.put(ddate, byQuarters);
    }
    byQuarters[qtrs] = period;
    return period;
  }

  /**
   * The concept of {@code tag} reported as an instant or a duration, remembered per tag: a quarter
   * has some 3.5 million lines but only thousands of tags.
   */
  private Concept concept(String tag, boolean instant, Unit unit) {
    Map<String, Concept> seen = instant ? instantConcepts : durationConcepts;
    Concept concept = seen.get(tag);
    if (concept == null) {
      concept = resolve(tag, instant, unit);
      seen.put(tag, concept);
    }
    return concept;
  }

  private Concept resolve(String tag, boolean instant, Unit unit) {
    Optional<Concept> declared = taxonomy.concept(tag);
    if (declared.isPresent()) {
      return declared.get();
    }
    // An undeclared tag reported both as a balance and as a flow gets one concept for each.
    return created.computeIfAbsent(tag + (instant ? "@instant" : "@duration"), key -> {
      String t = tag;
      ItemType type = t.contains("PerShare") || unit.id().matches("[A-Z]{3}/share") ? ItemType.PER_SHARE
          : unit.equals(Unit.SHARES) ? ItemType.SHARES
          : unit.id().matches("[A-Z]{3}") ? ItemType.MONETARY
          : ItemType.PERCENT;
      return Concept.of(t, instant ? PeriodType.INSTANT : PeriodType.DURATION, type, Balance.NONE);
    });
  }

  /**
   * {@code segments} in either of the SEC's forms, {@code us-gaap:StatementClassOfStockAxis/us-gaap:CommonClassBMember;}
   * (2024 on) or {@code ClassOfStock=CommonClassB;} (the re-released older quarters), several pairs
   * separated by {@code ;}, and {@code coreg}. Both forms give the same dimensions: the SEC's short
   * names (prefix, a leading {@code Statement}, and the {@code Axis}/{@code Member} suffixes
   * dropped). The co-registrant is member of {@code LegalEntity}, the axis the re-release writes
   * beside {@code coreg}, so its facts never mix with the parent's.
   */
  private Dimensions dimensions(String segments, String coreg) {
    if (segments.isEmpty() && coreg.isEmpty()) {
      // Most lines: no concatenated key to build and hash.
      if (undimensioned == null) {
        undimensioned = dimensionsOf(segments, coreg);
      }
      return undimensioned;
    }
    return dimensionsOf(segments, coreg);
  }

  private Dimensions dimensionsOf(String segments, String coreg) {
    String key = segments + "\t" + coreg;
    Dimensions known = dimensions.get(key);
    if (known != null) {
      return known;
    }
    TreeMap<String, String> members = new TreeMap<>();
    String pairs = unquoted(segments.strip());
    int start = 0;
    while (start < pairs.length()) {
      int end = pairs.indexOf(';', start);
      if (end < 0) {
        end = pairs.length();
      }
      String pair = pairs.substring(start, end).strip();
      start = end + 1;
      if (pair.isEmpty()) {
        continue;
      }
      int sep = pair.indexOf('=');
      if (sep < 0) {
        sep = pair.indexOf('/');
      }
      String axis = sep > 0 ? axisName(pair.substring(0, sep)) : "";
      String member = sep > 0 ? memberName(pair.substring(sep + 1)) : "";
      if (axis.isEmpty() || member.isEmpty()) {
        throw new IllegalArgumentException("expected segments as Axis=Member or prefix:Axis/prefix:Member pairs"
            + " separated by ';', found \"" + segments + "\"");
      }
      members.put(axis, member);
    }
    if (!coreg.isBlank()) {
      // segments' own LegalEntity member, when it has one, names the same co-registrant
      members.putIfAbsent(LEGAL_ENTITY, unquoted(coreg.strip()));
    }
    Dimensions result = Dimensions.of(members);
    dimensions.put(key, result);
    return result;
  }

  /** {@code us-gaap:StatementClassOfStockAxis} and {@code ClassOfStock} are both {@code ClassOfStock}. */
  static String axisName(String qname) {
    String name = local(qname);
    if (name.endsWith("Axis") && name.length() > 4) {
      name = name.substring(0, name.length() - 4);
    }
    if (name.startsWith("Statement") && name.length() > 9 && Character.isUpperCase(name.charAt(9))) {
      name = name.substring(9);
    }
    return name;
  }

  /** {@code us-gaap:CommonClassBMember} and {@code CommonClassB} are both {@code CommonClassB}. */
  static String memberName(String qname) {
    String name = local(qname);
    return name.endsWith("Member") && name.length() > 6 ? name.substring(0, name.length() - 6) : name;
  }

  private static String local(String qname) {
    return qname.substring(qname.indexOf(':') + 1).strip();
  }

  /** A field the re-release quoted (it held a {@code "}): its text. */
  private static String unquoted(String field) {
    if (field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"') {
      return field.substring(1, field.length() - 1).replace("\"\"", "\"");
    }
    return field;
  }

  private void problem(String where, String message) {
    problemCount++;
    if (problems.size() < KEPT) {
      problems.add(Diagnostic.at(where, message));
    } else if (firstUnlisted == null) {
      firstUnlisted = where;
    }
  }

  private static TabLines lines(ZipFile zip, ZipEntry entry) throws IOException {
    return new TabLines(zip.getInputStream(entry));
  }
}
