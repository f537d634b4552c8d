package tieout.narrative;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.load.LoadOptions;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Label;
import tieout.taxonomy.Taxonomy;

/**
 * The prose of an Inline XBRL document (a 10-K, a 10-Q) tied to the document's own tagged facts:
 * a controller sees, before filing, the untagged figures in the text that disagree with the
 * statements. The line items prose may name are the concepts' names read as words and the captions
 * of the document's own table rows ("Operating income" names the concept its row tags, with the
 * row's dimension members); a caption naming several line items is ambiguous, so UNTRACED.
 */
public final class InlineNarrative {
  private InlineNarrative() {}

  /** Captions too generic to name one line item in prose. */
  private static final Set<String> GENERIC = Set.of("total", "other", "net", "subtotal", "balance", "amount");

  /** Whether {@code file} is an Inline XBRL document (its first 64 KB say so). */
  public static boolean isInline(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".htm") || name.endsWith(".html") || name.endsWith(".xhtml")) && XbrlLoader.isXbrlDocument(file);
  }

  /**
   * Reads the document, loads its facts (with {@code taxonomy}'s declared concepts) and ties its
   * prose to them. Locations are {@code document:line:col} of the paragraph holding the amount.
   *
   * @throws UserException when the document cannot be read as Inline XBRL
   */
  public static NarrativeResult check(Path file, Taxonomy taxonomy, LoadOptions options) throws IOException {
    String name = file.toString();
    XbrlFiling filing = XbrlLoader.load(file, taxonomy, options);
    InlineProse.Read read = InlineProse.read(file, name);

    Map<String, Fact> byId = new HashMap<>();
    for (Fact f : filing.facts()) {
      String src = f.source().file();
      int hash = src.lastIndexOf(" #");
      if (hash >= 0) {
        byId.put(src.substring(hash + 2), f);
      }
    }
    // Each concept with its facts' dimensions as captioned by the rows that tag them.
    Map<String, Set<Label>> rowLabels = new LinkedHashMap<>();
    for (InlineProse.RowCaption row : read.captions()) {
      String caption = row.caption().replaceAll("\\s*\\((?:[a-z]|\\d)\\)\\s*$", "").replaceAll("[:\\s]+$", "").strip();
      if (caption.length() < 3 || GENERIC.contains(caption.toLowerCase(Locale.ROOT)) || caption.matches(".*\\d{4}.*")) {
        continue;
      }
      for (String id : row.factIds()) {
        Fact f = byId.get(id);
        if (f != null) {
          rowLabels.computeIfAbsent(f.concept().name(), k -> new LinkedHashSet<>())
              .add(new Label(caption, Optional.empty(), false, f.dimensions()));
        }
      }
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Fact f : filing.facts()) {
      concepts.computeIfAbsent(f.concept().name(), k -> withLabels(f.concept(), rowLabels.getOrDefault(k, Set.of())));
    }
    Taxonomy.Builder tb = Taxonomy.builder().fiscalYearEnd(taxonomy.fiscalYearEnd());
    concepts.values().forEach(tb::add);
    Ledger.Builder lb = Ledger.builder();
    for (Fact f : filing.facts()) {
      lb.add(new Fact(concepts.get(f.concept().name()), f.entity(), f.period(), f.unit(), f.decimals(), f.dimensions(),
          f.value(), f.source()));
    }
    List<String> where = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (InlineProse.Paragraph p : read.paragraphs()) {
      text.append(p.text()).append("\n\n");
      where.add(name + ":" + p.line() + ":" + p.column());
    }
    NarrativeChecker checker = new NarrativeChecker(tb.build(), lb.build());
    Optional<Period> year = fiscalYear(filing);
    NarrativeResult raw = (year.isPresent() ? checker.withDocumentPeriod(year.get()) : checker).check(name, text.toString());
    ImmutableList.Builder<NarrativeClaim> claims = ImmutableList.builder();
    for (NarrativeClaim c : raw.claims()) {
      claims.add(relocated(c, name, where));
    }
    return new NarrativeResult(name, claims.build());
  }

  /** The document's fiscal year: the latest twelve months its facts without dimensions cover. */
  private static Optional<Period> fiscalYear(XbrlFiling filing) {
    return filing.facts().stream()
        .filter(f -> f.dimensions().isEmpty() && f.period() instanceof Period.Duration d && d.isYear())
        .map(Fact::period)
        .max(java.util.Comparator.comparing(Period::end));
  }

  private static Concept withLabels(Concept c, Set<Label> labels) {
    if (labels.isEmpty()) {
      return c;
    }
    ImmutableList<Label> all = ImmutableList.<Label>builder().addAll(c.labels()).addAll(labels).build();
    return new Concept(c.name(), c.periodType(), c.itemType(), c.balance(), c.additive(), all);
  }

  /** The checker's {@code name:line:col} in the extracted text becomes the paragraph's place in the document. */
  private static NarrativeClaim relocated(NarrativeClaim c, String name, List<String> where) {
    String rest = c.location().substring(name.length() + 1);
    int line = Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    int paragraph = (line - 1) / 2;
    String location = paragraph < where.size() ? where.get(paragraph) : c.location();
    return new NarrativeClaim(c.status(), location, c.amountText(), c.amount(), c.decimals(), c.excerpt(), c.concept(),
        c.period(), c.fact(), c.variance(), c.reason(), c.note());
  }
}
