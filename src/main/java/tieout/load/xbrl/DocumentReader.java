package tieout.load.xbrl;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;
import tieout.load.LoadProgress;

/**
 * One streaming pass over an XBRL 2.1 instance or an Inline XBRL 1.1 document: contexts, units, the
 * numeric facts (as {@link RawFact}s), the schema and linkbase references. Non-numeric facts are
 * counted and skipped. Memory grows with the facts, never with the document's text.
 */
final class DocumentReader {
  static final String XBRLI = "http://www.xbrl.org/2003/instance";
  static final String LINK = "http://www.xbrl.org/2003/linkbase";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final Set<String> IX = Set.of("http://www.xbrl.org/2013/inlineXBRL", "http://www.xbrl.org/2008/inlineXBRL");

  private final SafeXml xml;
  private final XMLStreamReader r;
  private final DocumentContent out;
  private boolean rootIsInstance;
  private int hiddenDepth;
  /** Inside a tuple of an instance, or an {@code ix:tuple}: its items take no part in calculations. */
  private int tupleDepth;
  /** Inside {@code ix:exclude}: text no fact around it holds (a fact inside it holds its own). */
  private int excludeDepth;
  /** Inline facts being read; a nested {@code ix:nonFraction} shares its text with the one around it. */
  private final Deque<InlineFact> open = new ArrayDeque<>();
  /** One copy of each concept name, context and unit reference and decimals: a big instance repeats few. */
  private final Map<String, String> strings = new HashMap<>();
  /** One copy of each entity, period and dimensions of the contexts. */
  private final Map<Object, Object> values = new HashMap<>();
  /** The contexts' dates, each text parsed once. */
  private final ContextReader.Days days = new ContextReader.Days();

  private final long maxFacts;

  private final LoadProgress progress;
  /** The line of the last end tag read at the top of the reader's loop: in the end, the root's. */
  private int lastEndLine;

  DocumentReader(SafeXml xml, long maxFacts, LoadProgress progress) {
    this.xml = xml;
    this.maxFacts = maxFacts;
    this.progress = progress;
    this.r = xml.reader();
    this.out = new DocumentContent(xml.file());
    out.blankLinesSkipped = xml.skippedLines();
  }

  /**
   * Reads {@code path} (named {@code file} in messages); a large instance as two halves at once
   * ({@link InstanceHalves}), with the same result.
   *
   * @throws UserException when the document is not well formed, has a DOCTYPE, or is neither an
   *     instance nor an inline XBRL document
   */
  static DocumentContent read(Path path, String file, long maxFacts, LoadProgress progress) throws IOException {
    DocumentContent halves = InstanceHalves.read(path, file, maxFacts, progress);
    return halves != null ? halves : readWhole(path, file, maxFacts, progress);
  }

  /** As {@link #read}, in one pass on this thread. */
  static DocumentContent readWhole(Path path, String file, long maxFacts, LoadProgress progress) throws IOException {
    try (SafeXml xml = SafeXml.open(path, file)) {
      DocumentReader reader = new DocumentReader(xml, maxFacts, progress);
      reader.run();
      return reader.out;
    }
  }

  /** What the read found. */
  DocumentContent content() {
    return out;
  }

  /** The line of the root's end tag, once {@link #run} is done. */
  int rootEndLine() {
    return lastEndLine;
  }

  /** Reads the document to its end. */
  void run() {
    boolean root = true;
    int events = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if ((++events & 0xFFFF) == 0) {
        progress.advance(xml.bytesRead());
      }
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (root) {
            rootIsInstance = XBRLI.equals(r.getNamespaceURI()) && r.getLocalName().equals("xbrl");
            root = false;
            if (!rootIsInstance && !r.getLocalName().equals("html")) {
              throw UserException.at(xml.here(), "expected an XBRL instance (root element xbrli:xbrl) or an Inline"
                  + " XBRL document (root element html), found root element <" + (r.getPrefix() == null || r.getPrefix().isEmpty() ? "" : r.getPrefix() + ":") + r.getLocalName() + ">");
            }
            continue;
          }
          start();
        }
        case XMLStreamConstants.END_ELEMENT -> end();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            String text = r.getText();
            for (InlineFact f : open) {
              // Excluded text is no part of a fact around the exclude; a fact inside it has its own value.
              if (f.excludeDepth == excludeDepth) {
                f.text.append(text);
              }
            }
          }
        }
        default -> {
          // comments, processing instructions: nothing to read
        }
      }
    }
    if (!rootIsInstance && !out.inline) {
      throw UserException.at(out.file, "expected an Inline XBRL document (an ix:header in the html), found an html"
          + " document without one: it carries no XBRL facts");
    }
  }

  private void start() {
    String ns = r.getNamespaceURI();
    String local = r.getLocalName();
    if (XBRLI.equals(ns)) {
      String at = xml.here();
      try {
        if (local.equals("context")) {
          XbrlContext c = shared(ContextReader.read(xml, days));
          if (out.contexts.putIfAbsent(c.id(), c) != null) {
            out.problem(at, "expected one context with id '" + c.id() + "', found another: the first is used");
          }
        } else if (local.equals("unit")) {
          UnitReader.Read u = UnitReader.read(xml);
          if (out.units.putIfAbsent(u.id(), u.unit()) != null) {
            out.problem(at, "expected one unit with id '" + u.id() + "', found another: the first is used");
          }
        }
      } catch (MalformedPart e) {
        // The rest of its elements, if any, are none this reader acts on: reading goes on after it.
        out.problem(e.where(), e.getMessage());
      }
      return;
    }
    if (LINK.equals(ns)) {
      String href = r.getAttributeValue(XLINK, "href");
      if (local.equals("schemaRef") && href != null) {
        out.schemaRefs.add(href);
      } else if (local.equals("linkbaseRef") && href != null) {
        out.linkbaseRefs.add(href);
      } else if (local.equals("footnoteLink")) {
        skip();
      }
      return;
    }
    if (ns != null && IX.contains(ns)) {
      switch (local) {
        case "header" -> out.inline = true;
        case "hidden" -> hiddenDepth++;
        case "exclude" -> excludeDepth++;
        case "nonFraction" -> open.push(new InlineFact(xml.line(), xml.column()));
        case "tuple" -> tupleDepth++;
        case "nonNumeric", "fraction" -> out.nonNumeric++;
        default -> {
          // references, resources, continuation, exclude, footnote: no numbers of their own
        }
      }
      return;
    }
    if (rootIsInstance && !instanceItem()) {
      tupleDepth++; // an element of the instance that is no item is a tuple: its items come next
    }
    // anything else: xhtml markup
  }

  private void end() {
    lastEndLine = xml.line();
    String ns = r.getNamespaceURI();
    if (ns == null || !IX.contains(ns)) {
      // Items, contexts and units are read to their end tags; what ends here is a tuple, a reference or the root.
      if (rootIsInstance && tupleDepth > 0 && !XBRLI.equals(ns) && !LINK.equals(ns)) {
        tupleDepth--;
      }
      return;
    }
    if (r.getLocalName().equals("tuple")) {
      tupleDepth--;
    } else if (r.getLocalName().equals("hidden")) {
      hiddenDepth--;
    } else if (r.getLocalName().equals("exclude")) {
      excludeDepth--;
    } else if (r.getLocalName().equals("nonFraction") && !open.isEmpty()) {
      inlineFact(open.pop());
    }
  }

  /**
   * An item of an XBRL 2.1 instance (an element with a contextRef; anything else is left as it is):
   * numeric when it has a unit, else counted and skipped.
   *
   * @return whether the element was an item (read to its end tag)
   */
  private boolean instanceItem() {
    // One pass over the attributes. As getAttributeValue(null, name) does, an attribute is found by
    // its local name in any namespace, the first one so named; xsi:nil by its namespace too.
    String contextRef = null;
    String unitRef = null;
    String decimals = null;
    String precision = null;
    String id = null;
    String nilValue = null;
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      switch (r.getAttributeLocalName(i)) {
        case "contextRef" -> contextRef = contextRef != null ? contextRef : r.getAttributeValue(i);
        case "unitRef" -> unitRef = unitRef != null ? unitRef : r.getAttributeValue(i);
        case "decimals" -> decimals = decimals != null ? decimals : r.getAttributeValue(i);
        case "precision" -> precision = precision != null ? precision : r.getAttributeValue(i);
        case "id" -> id = id != null ? id : r.getAttributeValue(i);
        case "nil" -> {
          if (nilValue == null && XSI.equals(r.getAttributeNamespace(i))) {
            nilValue = r.getAttributeValue(i);
          }
        }
        default -> {
          // other attributes: none this reader acts on
        }
      }
    }
    if (contextRef == null) {
      return false;
    }
    int line = xml.line();
    int column = xml.column();
    if (unitRef == null) {
      out.nonNumeric++;
      skip();
      return true;
    }
    String concept = ConceptNames.of(r.getNamespaceURI(), r.getPrefix(), r.getLocalName());
    boolean nil = nil(nilValue);
    // The value is most often one text event: kept as it comes, a builder only when there are more.
    String first = null;
    StringBuilder more = null;
    int depth = 1;
    boolean complex = false;
    while (depth > 0) {
      int event = xml.nextWithin();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        complex = true;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        if (first == null) {
          first = r.getText();
        } else {
          (more == null ? more = new StringBuilder(first) : more).append(r.getText());
        }
      }
    }
    if (complex) {
      out.nonNumeric++; // a fraction (numerator and denominator): not a decimal amount
      return true;
    }
    if (tupleDepth > 0) {
      out.inTuples++;
      return true;
    }
    BigDecimal value = null;
    if (!nil) {
      String t = (more != null ? more.toString() : first == null ? "" : first).strip();
      try {
        value = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
      } catch (NumberFormatException e) {
        String where = xml.file() + ":" + line + ":" + column;
        out.problem(where, "expected a number in " + concept + (id == null ? "" : " (id " + id + ")")
            + ", found \"" + abbreviate(t) + "\"; the fact is left out");
        return true;
      }
    }
    add(new RawFact(shared(concept), shared(contextRef), shared(unitRef), shared(decimals), precision, value,
        line, column, id));
    return true;
  }

  private void inlineFact(InlineFact f) {
    // The attributes were read at the start tag; they are kept on the reader's stack as strings.
    String where = xml.file() + ":" + f.line + ":" + f.column;
    if (f.concept == null) {
      out.problem(where, "expected a name=\"prefix:Concept\" on ix:nonFraction, found none; the fact is left out");
      return;
    }
    if (f.target != null) {
      out.otherTarget++;
      return;
    }
    if (f.inTuple) {
      out.inTuples++;
      return;
    }
    if (hiddenDepth > 0) {
      out.hidden++;
    }
    BigDecimal value = null;
    if (!f.nil) {
      try {
        value = Transforms.apply(f.formatNamespace, f.formatLocal, f.text.toString());
        if (f.scale != null) {
          value = value.movePointRight(Integer.parseInt(f.scale.strip()));
        }
        if ("-".equals(f.sign)) {
          value = value.negate();
        }
      } catch (NumberFormatException e) {
        out.problem(where, "expected a whole number in scale of " + f.concept + ", found \"" + f.scale
            + "\"; the fact is left out");
        return;
      } catch (IllegalArgumentException e) {
        out.problem(where, e.getMessage() + " in " + f.concept + (f.id == null ? "" : " (id " + f.id + ")")
            + "; the fact is left out");
        return;
      }
    }
    add(new RawFact(shared(f.concept), shared(f.contextRef), shared(f.unitRef), shared(f.decimals),
        f.precision, value, f.line, f.column, f.id));
  }

  /**
   * Adds what {@code second} read from the rest of the same document (see {@link InstanceHalves}) after
   * what this reader read, its lines moved down by {@code lineShift}: the content a reading of the
   * whole document would have found. False, and this reader's content left unusable, when the halves
   * cannot be joined so: the second half found problems (their places and order are the whole
   * reading's to give) or defines a context or unit id this half defines too.
   */
  boolean absorb(DocumentReader second, int lineShift) {
    DocumentContent more = second.out;
    if (more.problemCount > 0) {
      return false;
    }
    for (String id : more.contexts.keySet()) {
      if (out.contexts.containsKey(id)) {
        return false;
      }
    }
    for (String id : more.units.keySet()) {
      if (out.units.containsKey(id)) {
        return false;
      }
    }
    // The same entity, period and dimension objects as this half's contexts, as one reader makes them.
    for (Map.Entry<String, XbrlContext> e : more.contexts.entrySet()) {
      out.contexts.put(e.getKey(), shared(e.getValue()));
    }
    out.units.putAll(more.units);
    for (RawFact f : more.facts) {
      if (out.facts.size() >= maxFacts) {
        break;
      }
      // Its strings stay the second reader's own copies: at most two of each, and equal ones.
      out.facts.add(new RawFact(f.concept(), f.contextRef(), f.unitRef(), f.decimals(), f.precision(), f.value(),
          f.line() + lineShift, f.column(), f.id()));
    }
    more.facts.clear();
    out.numeric += more.numeric;
    out.nonNumeric += more.nonNumeric;
    out.hidden += more.hidden;
    out.otherTarget += more.otherTarget;
    out.inline |= more.inline;
    out.schemaRefs.addAll(more.schemaRefs);
    out.linkbaseRefs.addAll(more.linkbaseRefs);
    return true;
  }

  /** Skips the current element's subtree. */
  private void skip() {
    xml.readToEnd(null);
  }

  /** Keeps the fact while within the limit; past it, only counts (the message says how many there are). */
  private void add(RawFact fact) {
    if (++out.numeric <= maxFacts) {
      out.facts.add(fact);
    }
  }

  private String shared(String s) {
    if (s == null) {
      return null;
    }
    String known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }

  /**
   * The context with one copy of each entity, period and dimensions: an instance's contexts repeat a
   * few of each, and facts sharing them compare by identity first when summations are bound.
   */
  private XbrlContext shared(XbrlContext c) {
    return new XbrlContext(c.id(), sharedValue(c.entity()), sharedValue(c.period()),
        sharedValue(c.dimensions()));
  }

  @SuppressWarnings("unchecked") // each value is its own key: the value found has the key's class
  private <T> T sharedValue(T value) {
    Object known = values.putIfAbsent(value, value);
    return known == null ? value : (T) known;
  }

  /** {@code xsi:nil} is an xs:boolean: {@code true} or {@code 1}. */
  private static boolean nil(String value) {
    String v = strip(value);
    return "true".equals(v) || "1".equals(v);
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private static String abbreviate(String t) {
    return t.length() > 40 ? t.substring(0, 40) + "..." : t;
  }

  /** An {@code ix:nonFraction} whose text is still being read. */
  private final class InlineFact {
    final int line;
    final int column;
    final String concept;
    final String contextRef = r.getAttributeValue(null, "contextRef");
    final String unitRef = r.getAttributeValue(null, "unitRef");
    final String decimals = r.getAttributeValue(null, "decimals");
    final String precision = r.getAttributeValue(null, "precision");
    final String scale = r.getAttributeValue(null, "scale");
    final String sign = strip(r.getAttributeValue(null, "sign"));
    final String id = r.getAttributeValue(null, "id");
    final String target = r.getAttributeValue(null, "target");
    /** The {@code ix:exclude} depth where the fact starts: text at a deeper one is excluded from it. */
    final int excludeDepth = DocumentReader.this.excludeDepth;
    /** In an {@code ix:tuple}, or named a member of one by {@code tupleRef}. */
    final boolean inTuple = tupleDepth > 0 || r.getAttributeValue(null, "tupleRef") != null;
    final boolean nil = nil(r.getAttributeValue(XSI, "nil"));
    final String formatNamespace;
    final String formatLocal;
    final StringBuilder text = new StringBuilder();

    InlineFact(int line, int column) {
      this.line = line;
      this.column = column;
      this.concept = qname(r.getAttributeValue(null, "name"));
      String format = strip(r.getAttributeValue(null, "format"));
      if (format == null || format.isEmpty()) {
        formatNamespace = null;
        formatLocal = null;
      } else {
        int colon = format.indexOf(':');
        String prefix = colon < 0 ? "" : format.substring(0, colon);
        String ns = r.getNamespaceContext().getNamespaceURI(prefix);
        // No default namespace is null to one parser, "" to another: undeclared either way.
        formatNamespace = ns == null || ns.isEmpty() ? "(undeclared prefix '" + prefix + "')" : ns;
        formatLocal = format.substring(colon + 1);
      }
    }

    /** A QName attribute as a tieout concept name, its prefix resolved in scope. */
    private String qname(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String v = value.strip();
      int colon = v.indexOf(':');
      String prefix = colon < 0 ? "" : v.substring(0, colon);
      String ns = r.getNamespaceContext().getNamespaceURI(prefix);
      return ConceptNames.of(ns == null ? "" : ns, prefix, v.substring(colon + 1));
    }
  }
}
