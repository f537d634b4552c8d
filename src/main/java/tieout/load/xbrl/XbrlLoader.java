package tieout.load.xbrl;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.taxonomy.Unit;
import tieout.ledger.SourceRef;
import tieout.load.LoadOptions;
import tieout.load.LoadProgress;
import tieout.load.Notice;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * The one entry point for XBRL input: an XBRL 2.1 instance ({@code .xml}, {@code .xbrl}), an Inline
 * XBRL document ({@code .htm}, {@code .html}, {@code .xhtml} with an {@code ix:header}), or a folder
 * holding one of them with its schema and linkbases. See {@link XbrlFiling} for what comes back and
 * {@code docs/xbrl.md} for the rules.
 *
 * <p>Concepts the user's taxonomy declares are used as declared; any other becomes a concept on the
 * fly (as for SEC data sets): its period type from its context, its item type from its unit, its
 * standard label from the label linkbase.
 */
public final class XbrlLoader {
  private final Taxonomy taxonomy;
  /** Concepts made on the fly, by name, one map per period type (a name may be used with both). */
  private final Map<String, Concept> createdInstant = new HashMap<>();
  private final Map<String, Concept> createdDuration = new HashMap<>();
  private final Map<String, String> labels;

  private XbrlLoader(Taxonomy taxonomy, Map<String, String> labels) {
    this.taxonomy = taxonomy;
    this.labels = labels;
  }

  /**
   * Loads {@code path}: a document, or a folder holding exactly one.
   *
   * @param maxFacts the most numeric facts accepted
   * @throws UserException when nothing can be loaded: no XBRL document, not well-formed XML, a DOCTYPE,
   *     more than {@code maxFacts} facts; the message names {@code file:line:col}
   */
  public static XbrlFiling load(Path path, Taxonomy taxonomy, long maxFacts) throws IOException {
    return load(path, taxonomy, maxFacts, LoadProgress.NONE);
  }

  /**
   * As {@link #load(Path, Taxonomy, long)} with the run's options: at most {@code limits().maxFacts()}
   * numeric facts, and the document's bytes reported to {@code progress()} (started here; the
   * caller finishes it, as for the other loaders). The file size limit is the caller's to check.
   */
  public static XbrlFiling load(Path path, Taxonomy taxonomy, LoadOptions options) throws IOException {
    return load(path, taxonomy, options.limits().maxFacts(), options.progress());
  }

  private static XbrlFiling load(Path path, Taxonomy taxonomy, long maxFacts, LoadProgress progress)
      throws IOException {
    Path file = Files.isDirectory(path) ? documentIn(path) : path;
    String name = file.getFileName().toString();
    List<Path> set = DocumentSets.setOf(file);
    long bytes = 0;
    for (Path p : set) {
      bytes += Files.size(p);
    }
    progress.start(name, bytes);
    List<Notice> chosen = new ArrayList<>();
    if (!file.equals(path)) {
      chosen.add(new Notice(path.toString(), "read " + name + " (the folder's XBRL document)"));
    }
    List<DocumentContent> documents = new ArrayList<>(set.size());
    long numeric = 0;
    for (Path p : set) {
      DocumentContent d = DocumentReader.read(p, p.getFileName().toString(), maxFacts - numeric, progress);
      numeric += d.numeric;
      documents.add(d);
    }
    progress.advance(bytes);
    if (numeric > maxFacts) {
      throw UserException.at(name, "expected at most " + String.format(Locale.ROOT, "%,d", maxFacts)
          + " facts in one run (--max-facts), found " + String.format(Locale.ROOT, "%,d", numeric)
          + " numeric facts: raise --max-facts");
    }
    DocumentContent content = documents.get(0);
    if (set.size() > 1) {
      chosen.add(new Notice(name, "read as one Inline XBRL document set with "
          + String.join(", ", set.subList(1, set.size()).stream().map(p -> p.getFileName().toString()).toList())
          + " (the same schemaRef): contexts and units are shared"));
      shareResources(documents);
    }
    Discovery discovery = new Discovery(file, name);
    discovery.find(content, file);
    List<Notice> notices = new ArrayList<>(chosen);
    notices.addAll(discovery.notices);
    LabelLinkbaseReader labelReader = new LabelLinkbaseReader(discovery.conceptIds);
    for (Map.Entry<Path, String> e : discovery.labels().entrySet()) {
      labelReader.read(e.getKey(), e.getKey().getFileName().toString());
      notices.add(new Notice(name, "label linkbase " + e.getKey().getFileName() + " read (" + e.getValue() + ")"));
    }
    CalculationLinkbaseReader calcReader = new CalculationLinkbaseReader(discovery.conceptIds);
    Map<Path, String> calcs = discovery.calculations();
    for (Map.Entry<Path, String> e : calcs.entrySet()) {
      calcReader.read(e.getKey(), e.getKey().getFileName().toString());
    }
    List<Summation> summations = calcReader.summations();
    for (Map.Entry<Path, String> e : calcs.entrySet()) {
      notices.add(new Notice(name, "calculation linkbase " + e.getKey().getFileName() + " read (" + e.getValue()
          + ")"));
    }
    if (calcs.isEmpty()) {
      notices.add(new Notice(name, "no calculation linkbase found beside the document: no calculations checked"));
    } else {
      notices.add(new Notice(name, summations.size() + " calculation totals ("
          + summations.stream().mapToInt(s -> s.items().size()).sum() + " summation-item relationships) read"));
    }
    calcReader.otherArcroles().forEach((arcrole, count) -> notices.add(new Notice(name, count + " calculation arc"
        + (count == 1 ? "" : "s") + " with arcrole '" + arcrole + "' not read: tieout checks the summation-item"
        + " arcroles of XBRL 2.1 (http://www.xbrl.org/2003/arcrole/summation-item) and Calculations 1.1")));
    XbrlLoader loader = new XbrlLoader(taxonomy, labelReader.labels());
    List<Fact> facts = new ArrayList<>();
    for (DocumentContent d : documents) {
      facts.addAll(loader.facts(d));
    }
    if (documents.size() > 1) {
      content = merged(documents);
    }
    if (content.blankLinesSkipped > 0) {
      notices.add(new Notice(name, "blank lines before the XML declaration skipped"));
    }
    if (content.hidden > 0) {
      notices.add(new Notice(name, content.hidden + " hidden facts (ix:hidden) loaded"));
    }
    if (content.otherTarget > 0) {
      notices.add(new Notice(name, content.otherTarget + " numeric facts for other target documents (ix target)"
          + " left out: only the default target is read"));
    }
    if (content.inTuples > 0) {
      notices.add(new Notice(name, content.inTuples + " numeric facts inside tuples left out: Calculations 1.1"
          + " ignores tuples (Arelle too, calc11e:tuplesInReportWarning), and a tuple's facts repeat concept and"
          + " context, so the ledger could not tell its instances apart"));
    }
    if (content.nonNumeric > 0) {
      notices.add(new Notice(name, content.nonNumeric + " non-numeric facts skipped"));
    }
    List<Diagnostic> problems = new ArrayList<>(content.problems);
    if (content.problemCount > content.problems.size()) {
      problems.add(Diagnostic.at(name, "and " + (content.problemCount - content.problems.size())
          + " more problems of the same kinds"));
    }
    return new XbrlFiling(name, ImmutableList.copyOf(facts), ImmutableList.copyOf(summations),
        ImmutableMap.copyOf(labelReader.labels()), ImmutableMap.copyOf(discovery.roleDefinitions),
        ImmutableList.copyOf(notices), ImmutableList.copyOf(problems), content.nonNumeric);
  }

  /**
   * Gives every document of a set the contexts and units of all: a fact may use a context another
   * document defines. An id defined in two documents is a problem; the first document's is used.
   */
  private static void shareResources(List<DocumentContent> documents) {
    DocumentContent first = documents.get(0);
    for (DocumentContent d : documents.subList(1, documents.size())) {
      for (Map.Entry<String, XbrlContext> e : d.contexts.entrySet()) {
        if (first.contexts.putIfAbsent(e.getKey(), e.getValue()) != null) {
          d.problem(d.file, "expected one context with id '" + e.getKey() + "' in the document set, found it in "
              + first.file + " too: the first is used");
        }
      }
      for (Map.Entry<String, Unit> e : d.units.entrySet()) {
        if (first.units.putIfAbsent(e.getKey(), e.getValue()) != null) {
          d.problem(d.file, "expected one unit with id '" + e.getKey() + "' in the document set, found it in "
              + first.file + " too: the first is used");
        }
      }
    }
    for (DocumentContent d : documents.subList(1, documents.size())) {
      d.contexts.putAll(first.contexts);
      d.units.putAll(first.units);
      first.schemaRefs.addAll(d.schemaRefs.stream().filter(h -> !first.schemaRefs.contains(h)).toList());
      first.linkbaseRefs.addAll(d.linkbaseRefs.stream().filter(h -> !first.linkbaseRefs.contains(h)).toList());
    }
  }

  /** The counts and problems of a document set's documents, as one document's. */
  private static DocumentContent merged(List<DocumentContent> documents) {
    DocumentContent all = new DocumentContent(documents.get(0).file);
    for (DocumentContent d : documents) {
      all.nonNumeric += d.nonNumeric;
      all.hidden += d.hidden;
      all.otherTarget += d.otherTarget;
      all.inTuples += d.inTuples;
      all.blankLinesSkipped += d.blankLinesSkipped;
      d.problems.forEach(p -> all.problem(p.location(), p.message()));
      all.problemCount += d.problemCount - d.problems.size();
    }
    return all;
  }

  /** Whether {@code file} looks like an instance or inline XBRL document (its first 64 KB say so). */
  public static boolean isXbrlDocument(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!Files.isRegularFile(file) || name.matches(".*_(cal|def|lab|pre|ref)\\.xml")) {
      return false;
    }
    String head;
    try (InputStream in = Files.newInputStream(file)) {
      head = new String(in.readNBytes(1 << 16), StandardCharsets.ISO_8859_1);
    }
    if (name.endsWith(".xml") || name.endsWith(".xbrl")) {
      return head.contains("http://www.xbrl.org/2003/instance") && head.matches("(?s).*<([A-Za-z_][\\w.-]*:)?xbrl[\\s>].*");
    }
    if (name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xhtml")) {
      return head.contains("http://www.xbrl.org/2013/inlineXBRL") || head.contains("http://www.xbrl.org/2008/inlineXBRL");
    }
    return false;
  }

  /**
   * The one instance or inline document in {@code dir}. An EDGAR folder may hold an inline document
   * ({@code x.htm}) beside the instance extracted from it ({@code x_htm.xml}): the same facts, so the
   * instance is read.
   *
   * @throws UserException when there is none, or several that are not such pairs
   */
  public static Path documentIn(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        if (isXbrlDocument(p)) {
          found.add(p);
        }
      }
    }
    if (found.size() > 1) {
      List<Path> unpaired = DocumentSets.filings(found);
      if (unpaired.size() == 1) {
        return unpaired.get(0);
      }
    }
    if (found.size() != 1) {
      throw UserException.at(dir.toString(), "expected a folder holding one XBRL instance (.xml, .xbrl) or inline"
          + " XBRL document (.htm, .html, .xhtml), found " + (found.isEmpty() ? "none"
              : found.size() + ": " + String.join(", ", found.stream().map(p -> p.getFileName().toString()).toList()))
          + "; name the document instead of the folder");
    }
    return found.get(0);
  }

  /**
   * The XBRL documents among {@code files} (by their content), each filing once: an inline document
   * beside the instance EDGAR extracted from it is left for the instance, as {@link #documentIn} does.
   */
  public static List<Path> documentsAmong(List<Path> files) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path p : files) {
      if (isXbrlDocument(p)) {
        found.add(p);
      }
    }
    return DocumentSets.filings(found);
  }

  /** {@code x_htm.xml} for an inline {@code x.htm}: the name EDGAR gives the instance extracted from it. */
  static String extractedName(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!ext.startsWith("htm") && !ext.equals("xhtml")) {
      return "";
    }
    return name.substring(0, dot) + "_" + ext + ".xml";
  }

  private List<Fact> facts(DocumentContent c) {
    List<Fact> facts = new ArrayList<>(c.facts.size());
    int otherPeriodType = 0;
    for (int i = 0; i < c.facts.size(); i++) {
      RawFact f = c.facts.get(i);
      c.facts.set(i, null); // each raw fact is garbage once its fact is made: both lists never fill the heap together
      XbrlContext context = f.contextRef() == null ? null : c.contexts.get(f.contextRef());
      if (context == null) {
        c.problem(where(c, f), "expected the context '" + f.contextRef() + "' of " + what(f)
            + " to be defined in the document, found no such context; the fact is left out");
        continue;
      }
      Unit unit = c.units.get(f.unitRef());
      if (unit == null) {
        c.problem(where(c, f), "expected the unit '" + f.unitRef() + "' of " + what(f)
            + " to be defined in the document, found no such unit; the fact is left out");
        continue;
      }
      Decimals decimals;
      try {
        decimals = decimals(f);
      } catch (IllegalArgumentException e) {
        c.problem(where(c, f), e.getMessage() + " on " + what(f) + "; the fact is left out");
        continue;
      }
      Concept concept;
      try {
        concept = concept(f.concept(), context.period().isInstant(), unit);
      } catch (IllegalArgumentException e) {
        c.problem(where(c, f), "expected a concept name of letters, digits, '_', '.' and '-', found '" + f.concept()
            + "'; the fact is left out");
        continue;
      }
      if ((concept.periodType() == PeriodType.INSTANT) != context.period().isInstant()) {
        otherPeriodType++; // declared by the user's taxonomy with the other period type: not the figure its rules mean
        continue;
      }
      // The source is "file:line:col #id" with line 0: a fact then carries that string alone (no SourceRef object).
      String source = where(c, f) + (f.id() == null ? "" : " #" + f.id());
      facts.add(Fact.atLine(concept, context.entity(), context.period(), unit, decimals, context.dimensions(),
          f.value(), source, 0));
    }
    c.facts.clear();
    if (otherPeriodType > 0) {
      c.problem(c.file, otherPeriodType + " numeric facts are left out: their concepts are declared in the rules'"
          + " taxonomy with the other period type (instant or duration)");
    }
    return facts;
  }

  private static String where(DocumentContent c, RawFact f) {
    return c.file + ":" + f.line() + ":" + f.column();
  }

  private static String what(RawFact f) {
    return f.concept() + (f.id() == null ? "" : " (id " + f.id() + ")");
  }

  /**
   * The fact's decimals; a precision is turned into the decimals it means for the value
   * ({@code precision - number of integer digits}).
   */
  static Decimals decimals(RawFact f) {
    if (f.decimals() != null && f.precision() != null) {
      throw new IllegalArgumentException("expected decimals or precision, found both (decimals=\"" + f.decimals()
          + "\", precision=\"" + f.precision() + "\")");
    }
    if (f.decimals() != null) {
      return Decimals.parse(f.decimals());
    }
    if (f.precision() != null) {
      String p = f.precision().strip();
      if (p.equals("INF")) {
        return Decimals.INF;
      }
      int precision;
      try {
        precision = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected precision INF or a whole number, found \"" + p + "\"");
      }
      if (precision == 0 && f.value() != null) {
        // XBRL 2.1 §4.6.4: nothing is known of the value's accuracy, so no calculation can use it.
        throw new IllegalArgumentException("expected a precision above 0, found precision=\"0\" (the value's accuracy"
            + " is unknown, so no calculation can use it; Calculations 1.1 works on reports without such facts)");
      }
      BigDecimal v = f.value();
      if (v == null) {
        return Decimals.of(precision);
      }
      if (v.signum() == 0) {
        return Decimals.INF; // zero has no significant digits to count: exact, as Arelle infers it
      }
      return Decimals.of(precision - (v.precision() - v.scale()));
    }
    if (f.value() == null) {
      return Decimals.INF; // a nil fact carries neither
    }
    throw new IllegalArgumentException("expected decimals or precision, found neither");
  }

  private Concept concept(String name, boolean instant, Unit unit) {
    Optional<Concept> declared = taxonomy.concept(name);
    if (declared.isPresent()) {
      return declared.get();
    }
    return (instant ? createdInstant : createdDuration).computeIfAbsent(name, key -> {
      ItemType type = unit.id().matches("[A-Z]{3}/share") ? ItemType.PER_SHARE
          : unit.equals(Unit.SHARES) ? ItemType.SHARES
          : unit.id().matches("[A-Z]{3}") ? ItemType.MONETARY
          : ItemType.PERCENT;
      String label = labels.get(name);
      return new Concept(name, instant ? PeriodType.INSTANT : PeriodType.DURATION, type, Balance.NONE,
          type.additiveByDefault(), label == null ? ImmutableList.of() : ImmutableList.of(Label.plain(label)));
    });
  }
}
