package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;

/**
 * The prose of an Inline XBRL document and the captions of its tables, read in one pass. Prose:
 * each block (div, p, li, heading) outside tables and outside the hidden header is a paragraph,
 * with its {@code line:col} in the document; a tagged figure ({@code ix:nonFraction}) is left out
 * of the text, so only untagged figures remain to be tied. Captions: in a table row, the text
 * before its first tagged figure names the ids of the row's tagged figures.
 */
final class InlineProse {
  private static final String IX_2013 = "http://www.xbrl.org/2013/inlineXBRL";
  private static final String IX_2008 = "http://www.xbrl.org/2008/inlineXBRL";
  private static final Set<String> BLOCKS = Set.of("div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br");

  /** A paragraph of prose and where it starts in the document. */
  record Paragraph(int line, int column, String text) {}

  /** A table row's caption and the ids of the tagged figures in the row. */
  record RowCaption(String caption, ImmutableList<String> factIds) {}

  /** What was read. */
  record Read(ImmutableList<Paragraph> paragraphs, ImmutableList<RowCaption> captions) {
    Read {
      checkNotNull(paragraphs);
      checkNotNull(captions);
    }
  }

  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<RowCaption> captions = new ArrayList<>();
  private final StringBuilder block = new StringBuilder();
  private int skippedLines;
  private int blockLine = 1;
  private int blockColumn = 1;
  private int tableDepth;
  private int skipDepth;
  private int taggedDepth;
  private final Deque<Row> rows = new ArrayDeque<>();

  /** A table row being read. */
  private static final class Row {
    final StringBuilder caption = new StringBuilder();
    final List<String> ids = new ArrayList<>();
  }

  private InlineProse() {}

  /**
   * Reads {@code file}.
   *
   * @throws UserException when it is not well-formed XML (a DOCTYPE is refused)
   */
  static Read read(Path file, String name) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    InlineProse p = new InlineProse();
    try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      // Blank lines before the XML declaration (EDGAR copies have them) are skipped, and still counted.
      InputStream in = raw;
      in.mark(1);
      int c;
      while ((c = in.read()) == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (c == '\n') {
          p.skippedLines++;
        }
        in.mark(1);
      }
      in.reset();
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        p.run(r);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
      throw UserException.at(name + at, "expected a well-formed Inline XBRL (XHTML) document, found: "
          + e.getMessage().replaceAll("\\s+", " ").replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", ""));
    } catch (IOException e) {
      throw UserException.at(name, "cannot read the document: " + e.getMessage());
    }
    return new Read(ImmutableList.copyOf(p.paragraphs), ImmutableList.copyOf(p.captions));
  }

  private void run(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        start(r);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        end(r);
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) && skipDepth == 0) {
        text(r.getText());
      }
    }
    flush();
  }

  private static boolean isIx(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return IX_2013.equals(ns) || IX_2008.equals(ns);
  }

  private void start(XMLStreamReader r) {
    String name = r.getLocalName().toLowerCase(Locale.ROOT);
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    if (isIx(r) && (name.equals("header") || name.equals("exclude"))) {
      skipDepth = 1;
      return;
    }
    if (name.equals("script") || name.equals("style") || name.equals("head")) {
      skipDepth = 1;
      return;
    }
    if (isIx(r) && name.equals("nonfraction")) {
      if (taggedDepth == 0) {
        text(" \u25CA ");
      }
      if (taggedDepth++ == 0) {
        if (!rows.isEmpty()) {
          String id = r.getAttributeValue(null, "id");
          if (id != null) {
            rows.peek().ids.add(id);
          }
        }
      }
      return;
    }
    if (name.equals("table")) {
      flush();
      tableDepth++;
      return;
    }
    if (name.equals("tr") && tableDepth > 0) {
      rows.push(new Row());
      return;
    }
    if (tableDepth == 0 && BLOCKS.contains(name)) {
      flush();
      blockLine = r.getLocation().getLineNumber() + skippedLines;
      blockColumn = r.getLocation().getColumnNumber();
    }
  }

  private void end(XMLStreamReader r) {
    String name = r.getLocalName().toLowerCase(Locale.ROOT);
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (isIx(r) && name.equals("nonfraction")) {
      taggedDepth--;
      return;
    }
    if (name.equals("table")) {
      tableDepth = Math.max(0, tableDepth - 1);
      block.setLength(0);
      return;
    }
    if (name.equals("tr") && !rows.isEmpty()) {
      Row row = rows.pop();
      String caption = row.caption.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (!caption.isEmpty() && !row.ids.isEmpty()) {
        captions.add(new RowCaption(caption, ImmutableList.copyOf(row.ids)));
      }
      return;
    }
    if (tableDepth == 0 && BLOCKS.contains(name)) {
      flush();
    }
  }

  private void text(String t) {
    if (taggedDepth > 0) {
      return;
    }
    if (tableDepth > 0) {
      // The caption is the row's text before its first tagged figure.
      if (!rows.isEmpty() && rows.peek().ids.isEmpty() && !t.equals(" \u25CA ")) {
        rows.peek().caption.append(t);
      }
      return;
    }
    if (block.isEmpty() && t.isBlank()) {
      return;
    }
    block.append(t);
  }

  private void flush() {
    String t = block.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    block.setLength(0);
    if (!t.isEmpty() && tableDepth == 0) {
      paragraphs.add(new Paragraph(blockLine, blockColumn, t));
    }
  }
}
