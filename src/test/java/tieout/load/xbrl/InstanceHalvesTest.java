package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.load.LoadProgress;

class InstanceHalvesTest {
  @TempDir Path dir;

  static final String ROOT = "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
      + " xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\""
      + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"http://acme.example/a&amp;b\">\n";

  /** A context laid out over lines, as filers' tools write them. */
  static String context(String id, String member) {
    return "    <xbrli:context id=\"" + id + "\">\n"
        + "        <xbrli:entity>\n"
        + "            <xbrli:identifier scheme=\"s\">0000123</xbrli:identifier>\n"
        + "            <xbrli:segment>\n"
        + "                <xbrldi:explicitMember dimension=\"a:Axis\">a:" + member + "</xbrldi:explicitMember>\n"
        + "            </xbrli:segment>\n"
        + "        </xbrli:entity>\n"
        + "        <xbrli:period>\n"
        + "            <xbrli:instant>2024-12-31</xbrli:instant>\n"
        + "        </xbrli:period>\n"
        + "    </xbrli:context>\n";
  }

  /**
   * An instance of {@code n} facts, with contexts and non-numeric facts (some with non-ASCII text)
   * throughout, Windows line ends in its first half and blank lines before its XML declaration.
   */
  static String instance(int n) {
    StringBuilder b = new StringBuilder("\n\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n").append(ROOT);
    b.append("    <link:schemaRef xlink:type=\"simple\" xlink:href=\"a.xsd\"/>\n");
    b.append("    <xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n");
    for (int i = 0; i < n; i++) {
      if (i % 50 == 0) {
        b.append(context("c" + i, "M" + i));
      }
      String end = i < n / 3 ? "\r\n" : "\n";
      b.append("    <Revenue contextRef=\"c").append(i / 50 * 50).append("\" unitRef=\"USD\" decimals=\"-3\" id=\"f")
          .append(i).append("\">").append(1000L * i).append("</Revenue>").append(end);
      if (i % 7 == 0) {
        b.append("    <Note contextRef=\"c0\">Café ").append(i).append("</Note>").append(end);
      }
    }
    b.append("    <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"a_cal.xml\"/>\n");
    return b.append("</xbrli:xbrl>\n").toString();
  }

  Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Everything a reading found, facts with their places, in a form two readings compare by. */
  static String describe(DocumentContent c) {
    Map<String, String> contexts = new TreeMap<>();
    c.contexts.forEach((id, x) -> contexts.put(id, x.toString()));
    Map<String, String> units = new TreeMap<>();
    c.units.forEach((id, u) -> units.put(id, u.toString()));
    return c.facts.stream().map(RawFact::toString).collect(Collectors.joining("\n"))
        + "\ncontexts " + contexts + "\nunits " + units + "\nnumeric " + c.numeric + " nonNumeric " + c.nonNumeric
        + " hidden " + c.hidden + " inline " + c.inline + " blank " + c.blankLinesSkipped
        + "\nschemas " + c.schemaRefs + " linkbases " + c.linkbaseRefs + "\nproblems " + c.problems + " " + c.problemCount;
  }

  static DocumentContent halves(Path file) throws Exception {
    return InstanceHalves.read(file, file.getFileName().toString(), 1_000_000, LoadProgress.NONE, 0);
  }

  static DocumentContent whole(Path file) throws Exception {
    return DocumentReader.readWhole(file, file.getFileName().toString(), 1_000_000, LoadProgress.NONE);
  }

  @Test
  void twoHalvesReadWhatTheWholeReadingReads() throws Exception {
    Path file = write("a.xml", instance(3000));
    DocumentContent halves = halves(file);
    assertNotNull(halves, "read as two halves");
    assertEquals(describe(whole(file)), describe(halves));
    // The last fact, in the second half, at its line in the file (blank lines before the declaration counted).
    RawFact last = halves.facts.get(halves.facts.size() - 1);
    List<String> lines = Files.readAllLines(file);
    assertEquals("RawFact[concept=Revenue, contextRef=c2950, unitRef=USD, decimals=-3, precision=null,"
        + " value=2999000, line=" + (lines.size() - 2) + ", column=5, id=f2999]", last.toString());
    assertTrue(lines.get(lines.size() - 3).contains("id=\"f2999\""));
    assertEquals(3000, halves.numeric);
    assertEquals(429, halves.nonNumeric);
  }

  @Test
  void theSplitIsALineThatOpensAnElementIndentedLeast() throws Exception {
    Path file = write("a.xml", instance(3000));
    byte[] bytes = Files.readAllBytes(file);
    long split;
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      split = InstanceHalves.splitNear(channel, bytes.length / 2);
    }
    assertTrue(split > bytes.length / 2, "after the middle");
    assertEquals('\n', bytes[(int) split - 1]);
    assertEquals("    <", new String(bytes, (int) split, 5, StandardCharsets.UTF_8));
    assertTrue(bytes[(int) split + 5] != ' ', "indented four spaces, a child of the root");
  }

  @Test
  void aLargeInstanceLoadsAsItsWholeReadingDoes() throws Exception {
    Path file = write("big.xml", instance(80_000)); // enough events for progress to be heard
    assertTrue(Files.size(file) >= InstanceHalves.MIN_BYTES);
    assertNotNull(InstanceHalves.read(file, "big.xml", 1_000_000, LoadProgress.NONE));
    List<Long> progress = new ArrayList<>();
    DocumentContent read = DocumentReader.read(file, "big.xml", 1_000_000, new LoadProgress() {
      @Override
      public void start(String name, long total) {}

      @Override
      public void advance(long done) {
        progress.add(done);
      }

      @Override
      public void finish() {}
    });
    assertEquals(describe(whole(file)), describe(read));
    assertTrue(!progress.isEmpty() && progress.get(progress.size() - 1) <= Files.size(file), progress.toString());
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) >= progress.get(i - 1), progress.toString());
    }
  }

  @Test
  void aSplitInsideAnElementIsReadWhole() throws Exception {
    // Every child of the root on one line: the only line starts near the middle are inside contexts.
    String oneLine = instance(3000).replace("\r\n", "").replace("\n    <Revenue", "<Revenue")
        .replace("\n    <Note", "<Note").replace("\n    <xbrli:context", "<xbrli:context");
    Path file = write("a.xml", oneLine);
    assertNull(halves(file));
    assertEquals(3000, DocumentReader.read(file, "a.xml", 1_000_000, LoadProgress.NONE).numeric);
  }

  @Test
  void aDocumentNotWellFormedInEitherHalfIsReadWholeForItsMessage() throws Exception {
    String text = instance(3000);
    String late = text.replace("id=\"f2500\">2500000</Revenue>", "id=\"f2500\">2500000</Revenu>");
    String early = text.replace("id=\"f500\">500000</Revenue>", "id=\"f500\">500000</Revenu>");
    for (String broken : List.of(late, early)) {
      Path file = write("a.xml", broken);
      assertNull(halves(file));
      UserException e = assertThrows(UserException.class,
          () -> DocumentReader.read(file, "a.xml", 1_000_000, LoadProgress.NONE));
      UserException w = assertThrows(UserException.class, () -> whole(file));
      assertEquals(w.getMessage(), e.getMessage());
    }
  }

  @Test
  void problemsInTheSecondHalfOrAnIdInBothAreLeftToTheWholeReading() throws Exception {
    String text = instance(3000);
    String badDate = text.replace("<xbrli:instant>2024-12-31</xbrli:instant>\n        </xbrli:period>\n"
        + "    </xbrli:context>\n    <Revenue contextRef=\"c2500\"", "<xbrli:instant>2024-13-31</xbrli:instant>\n"
        + "        </xbrli:period>\n    </xbrli:context>\n    <Revenue contextRef=\"c2500\"");
    String twice = text.replace("context id=\"c2500\"", "context id=\"c100\"");
    assertTrue(!badDate.equals(text) && !twice.equals(text));
    for (String doc : List.of(badDate, twice)) {
      Path file = write("a.xml", doc);
      assertNull(halves(file));
      DocumentContent read = DocumentReader.read(file, "a.xml", 1_000_000, LoadProgress.NONE);
      assertEquals(describe(whole(file)), describe(read));
      assertEquals(1, read.problemCount);
    }
    // A problem in the first half is the first half's to give: the halves are joined.
    Path file = write("a.xml", text.replace("context id=\"c100\"", "context id=\"c50\""));
    DocumentContent halves = halves(file);
    assertNotNull(halves);
    assertEquals(describe(whole(file)), describe(halves));
    assertEquals("[a.xml:144:5: error: expected one context with id 'c50', found another: the first is used]",
        halves.problems.toString());
  }

  @Test
  void anInstanceInUtf8AsciiOrLatin1IsSplitAndDecodedAsTheWholeReadingDecodesIt() throws Exception {
    Path latin = dir.resolve("latin.xml");
    Files.writeString(latin, instance(3000).replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\""),
        StandardCharsets.ISO_8859_1);
    assertNotNull(halves(latin));
    assertEquals(describe(whole(latin)), describe(halves(latin)));
    // Declared ASCII, written in UTF-8: both readings refuse the second half's 'é' alike.
    Path ascii = write("ascii.xml", instance(3000).replace("encoding=\"utf-8\"", "encoding=\"us-ascii\"")
        .replace("Café ", "Cafe ").replace("Cafe 2002<", "Caf\u00e9 2002<"));
    assertNull(halves(ascii));
    UserException w = assertThrows(UserException.class, () -> whole(ascii));
    UserException e = assertThrows(UserException.class,
        () -> DocumentReader.read(ascii, "ascii.xml", 1_000_000, LoadProgress.NONE));
    assertEquals(w.getMessage(), e.getMessage());
    assertEquals("ascii.xml: error: expected well-formed XML, found: Invalid ascii byte; value above 7-bit ascii"
        + " range (65475; at pos #204000)", w.getMessage());
    Path cp = dir.resolve("cp.xml");
    Files.writeString(cp, instance(3000).replace("encoding=\"utf-8\"", "encoding=\"windows-1252\""),
        StandardCharsets.ISO_8859_1);
    assertNull(halves(cp));
  }

  @Test
  void smallDocumentsAndInlineDocumentsAreReadWhole() throws Exception {
    Path small = write("small.xml", instance(10));
    assertNull(InstanceHalves.read(small, "small.xml", 1_000_000, LoadProgress.NONE));
    Path html = write("a.htm", "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n" + "<p>x</p>\n".repeat(5000)
        + "</html>\n");
    assertNull(halves(html));
  }
}
