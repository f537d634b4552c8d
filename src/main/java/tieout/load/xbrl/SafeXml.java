package tieout.load.xbrl;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.google.common.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;

/**
 * Opens XBRL documents for streaming with DTDs and external entities refused: a filing is untrusted
 * input, and an entity could read local files or expand without bound. A DOCTYPE is an error naming
 * its place. Blank lines before the XML declaration (as some EDGAR copies have) are skipped, and
 * line numbers still count them.
 *
 * <p>The parser is Woodstox, made here rather than found by the StAX service lookup: it reads a large
 * instance in less time than the JDK's (docs/performance.md, "Woodstox"), and nothing else on the
 * class path can swap it for another. Its location is where the current event starts, so every
 * element is named by its '&lt;'.
 */
final class SafeXml implements AutoCloseable {
  private static final XMLInputFactory FACTORY = factory();

  private final String file;
  private final InputStream in;
  /** Bytes read from the file so far (read ahead of the parser by at most a buffer): for progress. */
  private final CountingInputStream counted;
  private final XMLStreamReader reader;
  /** Lines skipped before the XML declaration, added back to every reported line. */
  private final int skippedLines;
  private int startLine = 1;
  private int startColumn = 1;
  /** Whether startLine and startColumn are the current event's; asked of the parser only when wanted. */
  private boolean located = true;

  private SafeXml(String file, InputStream in, CountingInputStream counted, XMLStreamReader reader,
      int skippedLines) {
    this.file = file;
    this.in = in;
    this.counted = counted;
    this.reader = reader;
    this.skippedLines = skippedLines;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    // Text parsed when its event is reached, not when first asked for: a malformed text then fails in
    // next() as an XMLStreamException with its place, never later as an unchecked exception.
    f.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
    // Woodstox stops at 512,000 characters an attribute and 1,000 levels of nesting; the JDK's parser
    // did not. An inline document may carry an image as a data: URI far longer, and the file size is
    // bounded already (--max-file-size), so attributes are not; nesting stays bounded, but far deeper.
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, Integer.MAX_VALUE);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 100_000);
    return f;
  }

  /**
   * Opens {@code path}, named {@code file} in messages.
   *
   * @throws UserException when the file does not start as XML
   */
  static SafeXml open(Path path, String file) throws IOException {
    return open(Files.newInputStream(path), file);
  }

  /**
   * Opens the document {@code bytes} hold, named {@code file} in messages; closing the result closes
   * {@code bytes}.
   *
   * @throws UserException when the bytes do not start as XML
   */
  static SafeXml open(InputStream bytes, String file) throws IOException {
    CountingInputStream counted = new CountingInputStream(bytes);
    InputStream in = new BufferedInputStream(counted, 1 << 16);
    try {
      int lines = skipLeadingBlanks(in);
      XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
      return new SafeXml(file, in, counted, reader, lines);
    } catch (XMLStreamException e) {
      in.close();
      throw UserException.at(file + where(e.getLocation(), 0), "expected a well-formed XML document, found: "
          + detail(e));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Skips whitespace before the first '<', counting newlines; a byte order mark is left to the parser. */
  private static int skipLeadingBlanks(InputStream in) throws IOException {
    int lines = 0;
    while (true) {
      in.mark(1);
      int b = in.read();
      if (b == '\n') {
        lines++;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        in.reset();
        return lines;
      }
    }
  }

  XMLStreamReader reader() {
    return reader;
  }

  long bytesRead() {
    return counted.getCount();
  }

  /** Blank lines skipped before the XML declaration. */
  int skippedLines() {
    return skippedLines;
  }

  String file() {
    return file;
  }

  /** The next event; a DOCTYPE or a well-formedness error ends the read with a {@code file:line:col} message. */
  int next() {
    try {
      int event = reader.next();
      // Its place is asked for only when wanted: the location object is allocated on each asking, and
      // most events (the white space between facts) are never placed.
      located = false;
      if (event == XMLStreamConstants.DTD) {
        throw UserException.at(here(), "expected an XBRL document without a DOCTYPE, found a DOCTYPE declaration:"
            + " DTDs and external entities are refused (they can read local files); remove the DOCTYPE");
      }
      return event;
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
  }

  /**
   * Reads to the end of the current element, its children included; appends the text found at
   * every depth to {@code text} unless it is null (then the element is only skipped).
   */
  void readToEnd(StringBuilder text) {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (text != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
        text.append(reader.getText());
      }
    }
  }

  /**
   * The next event inside an element whose start was read, without tracking where it starts: for a
   * reader that names only the element's own start ({@link #line()} and {@link #column()} keep it).
   * Asking the parser for its location allocates, and a fact's text and end tag would ask twice.
   */
  int nextWithin() {
    locate();
    try {
      return reader.next();
    } catch (XMLStreamException e) {
      throw notWellFormed(e);
    }
  }

  private UserException notWellFormed(XMLStreamException e) {
    return UserException.at(file + where(e.getLocation(), skippedLines), "expected well-formed XML, found: " + detail(e));
  }

  /** The text of the current element (no child elements expected), or a message at its place. */
  String elementText() {
    locate();
    try {
      return reader.getElementText();
    } catch (XMLStreamException e) {
      throw UserException.at(file + where(e.getLocation(), skippedLines),
          "expected text only in <" + reader.getLocalName() + ">, found: " + detail(e));
    }
  }

  boolean hasNext() {
    try {
      return reader.hasNext();
    } catch (XMLStreamException e) {
      throw UserException.at(file + where(e.getLocation(), skippedLines),
          "expected well-formed XML, found: " + detail(e));
    }
  }

  /** The line where the current event starts. */
  int line() {
    locate();
    return startLine + skippedLines;
  }

  /** The column where the current event starts. */
  int column() {
    locate();
    return startColumn;
  }

  /** Takes the current event's start from the parser before anything moves it on. */
  private void locate() {
    if (!located) {
      // Woodstox's location is where the current event starts (its first character).
      Location start = reader.getLocation();
      startLine = start.getLineNumber();
      startColumn = start.getColumnNumber();
      located = true;
    }
  }

  /** {@code file:line:col} where the current event starts. */
  String here() {
    return file + ":" + line() + ":" + column();
  }

  /**
   * Where the parser stopped: Woodstox names the last character it read, column 0 when that was the
   * line's end (an unexpected end of file): column 1 then.
   */
  private static String where(Location location, int skipped) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return ":" + (location.getLineNumber() + skipped) + ":" + Math.max(1, location.getColumnNumber());
  }

  /** The parser's message without the location it appends (the message names the place itself). */
  private static String detail(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("\n at [row,col");
    return (i >= 0 ? m.substring(0, i) : m).strip();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // closing a reader that already failed: nothing left to release but the stream
    } finally {
      in.close();
    }
  }
}
