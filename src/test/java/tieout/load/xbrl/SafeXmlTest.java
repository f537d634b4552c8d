package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.taxonomy.Taxonomy;

/** The XML plumbing of the XBRL readers: where events start, what is refused, how errors read. */
class SafeXmlTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** Every start tag as name@line:col, read to the end. */
  private List<String> starts(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    try (SafeXml xml = SafeXml.open(file, file.getFileName().toString())) {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          out.add(xml.reader().getLocalName() + "@" + xml.line() + ":" + xml.column());
        }
      }
    }
    return out;
  }

  @Test
  void startTagsAreNamedWhereTheirLessThanIs() throws Exception {
    Path file = write("at.xml", "\n\n<?xml version=\"1.0\"?>\n<!-- a comment -->\n<?pi x?>\n  <root>\n"
        + "text <a/>\n  more\n text <b>1</b><c\n  x=\"1\"/>\n<![CDATA[z]]><d/></root>\n");
    assertEquals(List.of("root@6:3", "a@7:6", "b@9:7", "c@9:15", "d@11:14"), starts(file));
  }

  @Test
  void anImageAsADataUriOfAMegabyteAndDeepNestingAreRead() throws Exception {
    // Woodstox's own limits (512,000 characters an attribute, 1,000 levels) would refuse both.
    String image = "data:image/png;base64," + "A".repeat(1_000_000);
    String deep = "<div>".repeat(1_500) + "</div>".repeat(1_500);
    Path file = write("big.htm", "<html><body><img src=\"" + image + "\"/>" + deep + "<p/></body></html>\n");
    List<String> starts = starts(file);
    assertEquals(1_504, starts.size());
    assertEquals("p@1:" + (1 + "<html><body><img src=\"\"/>".length() + image.length() + deep.length()),
        starts.get(starts.size() - 1));
  }

  @Test
  void anExternalDtdIsRefusedUnread() throws Exception {
    // Were the DTD read, its entity would be expanded, or the read would fail on the missing file.
    write("evil.dtd", "<!ENTITY x SYSTEM \"file:///etc/passwd\">");
    Path file = write("ext.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE xbrl SYSTEM \"evil.dtd\">\n<xbrl>&x;</xbrl>\n");
    UserException e = assertThrows(UserException.class, () -> starts(file));
    assertEquals("ext.xml:2:1: error: expected an XBRL document without a DOCTYPE, found a DOCTYPE declaration:"
        + " DTDs and external entities are refused (they can read local files); remove the DOCTYPE", e.getMessage());
    Path missing = write("gone.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE xbrl SYSTEM \"no-such.dtd\">\n<xbrl/>\n");
    e = assertThrows(UserException.class, () -> starts(missing));
    assertEquals("gone.xml:2:1: error: expected an XBRL document without a DOCTYPE, found a DOCTYPE declaration:"
        + " DTDs and external entities are refused (they can read local files); remove the DOCTYPE", e.getMessage());
  }

  @Test
  void entitiesThatExpandWithoutBoundAreRefused() throws Exception {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE xbrl [\n<!ENTITY l0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    laughs.append("]>\n<xbrl>&l9;</xbrl>\n");
    Path file = write("laughs.xml", laughs.toString());
    UserException e = assertThrows(UserException.class, () -> starts(file));
    assertEquals("laughs.xml:2:1: error: expected an XBRL document without a DOCTYPE, found a DOCTYPE declaration:"
        + " DTDs and external entities are refused (they can read local files); remove the DOCTYPE", e.getMessage());
  }

  @Test
  void malformedTextIsAUserErrorWithItsPlace() throws Exception {
    // The text is parsed as its event is reached: the error is the reader's, with a place, not a
    // failure later when the text is asked for.
    Path file = write("amp.xml", "<?xml version=\"1.0\"?>\n<xbrl>\n<a>1 & 2</a>\n</xbrl>\n");
    UserException e = assertThrows(UserException.class, () -> starts(file));
    assertEquals("amp.xml:3:7: error: expected well-formed XML, found: Unexpected character ' ' (code 32) (missing"
        + " name?)", e.getMessage());
    Path undeclared = write("ent.xml", "<?xml version=\"1.0\"?>\n<xbrl>\n<a>1&x;</a>\n</xbrl>\n");
    e = assertThrows(UserException.class, () -> starts(undeclared));
    assertEquals("ent.xml:3:7: error: expected well-formed XML, found: Undeclared general entity \"x\"",
        e.getMessage());
  }

  @Test
  void malformedTextOfAFactIsAUserErrorWithItsPlace() throws Exception {
    // The instance reader asks for a fact's text: a parser that parsed text only then would fail
    // there with an unchecked exception (an internal error) instead.
    Path file = write("fact.xml", InstanceLoadTest.HEAD + InstanceLoadTest.CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1 &amp 2</us-gaap:Revenues>\n"
        + "</xbrli:xbrl>\n");
    UserException e = assertThrows(UserException.class, () -> XbrlLoader.load(file, Taxonomy.builder().build(), 10));
    assertEquals("fact.xml:9:68: error: expected well-formed XML, found: Unexpected character ' ' (code 32); expected"
        + " a semi-colon after the reference for entity 'amp'", e.getMessage());
  }

  @Test
  void anUnclosedDocumentNamesWhereItEnds() throws Exception {
    Path file = write("cut.xml", "<?xml version=\"1.0\"?>\n<xbrl>\n<a>1</a>\n");
    UserException e = assertThrows(UserException.class, () -> starts(file));
    assertEquals("cut.xml:4:1: error: expected well-formed XML, found: Unexpected EOF; was expecting a close tag for"
        + " element <xbrl>", e.getMessage());
  }

  @Test
  void aFactInNoNamespaceIsNamedByItsLocalName() throws Exception {
    // No namespace is "" to this parser (null to the JDK's, where the fact stopped the run).
    Path file = write("plain.xml", InstanceLoadTest.HEAD + InstanceLoadTest.CONTEXTS
        + "<Plain contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">5</Plain>\n</xbrli:xbrl>\n");
    XbrlFiling f = XbrlLoader.load(file, Taxonomy.builder().build(), 10);
    assertEquals("Plain[0000123, 2024-01-01/2024-12-31] = 5 USD (decimals 0) at plain.xml:9:1", InstanceLoadTest.facts(f));
  }

  @Test
  void aFormatWithoutPrefixAndNoDefaultNamespaceIsUndeclared() throws Exception {
    Path file = write("inl.htm", "<?xml version=\"1.0\"?>\n<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\""
        + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:us-gaap=\"http://fasb.org/us-gaap/2024\""
        + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\">\n<body><ix:header><ix:resources>\n"
        + "<xbrli:context id=\"D\"><xbrli:entity><xbrli:identifier scheme=\"s\">1</xbrli:identifier></xbrli:entity>"
        + "<xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>\n"
        + "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
        + "</ix:resources></ix:header>\n<p>Assets <ix:nonFraction name=\"us-gaap:Assets\" contextRef=\"D\""
        + " unitRef=\"USD\" decimals=\"0\" format=\"num-dot-decimal\" id=\"a\">1,000</ix:nonFraction></p>\n"
        + "</body></html>\n");
    XbrlFiling f = XbrlLoader.load(file, Taxonomy.builder().build(), 10);
    String problem = f.problems().get(0).format();
    assertEquals("inl.htm:7:11: error: expected a format of an Inline XBRL transformation registry, found"
        + " 'num-dot-decimal' in namespace '(undeclared prefix '')'", problem.substring(0, problem.indexOf(';')));
  }
}
