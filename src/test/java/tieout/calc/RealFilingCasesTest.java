package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;

/**
 * What real EDGAR filings do that the shared filings do not (issue 15), on the constructed filings of
 * {@code src/test/resources/tieout/load/xbrl/real} (its README says what each holds).
 */
class RealFilingCasesTest {
  static Path real(String name) throws Exception {
    return Path.of(RealFilingCasesTest.class.getResource("/tieout/load/xbrl/real/" + name).toURI());
  }

  static XbrlFiling load(String name) throws Exception {
    return XbrlLoader.load(real(name), Taxonomy.builder().build(), 1000);
  }

  /** Each finding as {@code rule period dimensions STATUS: message}, one a line. */
  static String findings(XbrlFiling filing) {
    return Calc11.evaluate(filing, CalcMode.ROUND_TO_NEAREST).findings().stream()
        .map(f -> f.rule() + " " + f.period() + " " + f.status() + ": " + f.message())
        .collect(Collectors.joining("\n"));
  }

  static String facts(XbrlFiling filing) {
    return filing.facts().stream().map(Fact::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void equivalentArcsCountOncePrioritiesDecideProhibitionsAndXmlBaseNamesBaseConcepts() throws Exception {
    XbrlFiling f = load("arcs");
    // Ops: A once though in both linkbases; B at 0.5; C's weight-1 arc prohibited at a higher priority and
    // a -1 arc in its place; E kept, its prohibiting arc being of lower priority. Revenues named by xml:base.
    assertEquals("[Summation[role=http://acme.example/role/Ops, total=acme_T1, items=[Item[concept=acme_A, weight=1],"
        + " Item[concept=acme_B, weight=0.5], Item[concept=acme_E, weight=1], Item[concept=acme_C, weight=-1]]],"
        + " Summation[role=http://acme.example/role/Segments, total=acme_T1, items=[Item[concept=acme_X, weight=1],"
        + " Item[concept=acme_Y, weight=1]]], Summation[role=http://acme.example/role/Revenue, total=acme_A,"
        + " items=[Item[concept=Revenues, weight=1], Item[concept=acme_G, weight=1]]]]", f.summations().toString());
    assertEquals("[]", f.problems().toString());
    assertEquals("Revenue from customers", f.label("Revenues")); // the label linkbase's root and link xml:base
    // 100 = 100 + 0.5 x 40 + 10 - 30; the Segments role's 60 + 30 is not 100; A = 70 + 30 as a total.
    assertEquals("calc11:Ops:acme_T1 2024-01-01/2024-12-31 PASS: acme_T1 in '0001 - Statement - Operations' equals"
        + " the sum of its items (all 4 items reported)\n"
        + "calc11:Segments:acme_T1 2024-01-01/2024-12-31 FAIL: acme_T1 in '0002 - Disclosure - Segments' does not"
        + " equal the sum of its items: reported [99.5, 100.5], the items add up to [89, 91]; all 2 items reported"
        + " (an arithmetic error)\n"
        + "calc11:Revenue:acme_A 2024-01-01/2024-12-31 PASS: acme_A in 'Revenue' equals the sum of its items (all 2"
        + " items reported)", findings(f));
  }

  @Test
  void nilBesideNonNilDuplicatesZeroPrecisionAndNegativeDecimals() throws Exception {
    XbrlFiling f = load("facts");
    assertEquals("acme_P[0000000001, 2024-01-01/2024-12-31] = 100 USD (decimals INF) at facts.xml:16:3\n"
        + "acme_Q[0000000001, 2024-01-01/2024-12-31] = 60 USD (decimals INF) at facts.xml:17:3\n"
        + "acme_R[0000000001, 2024-01-01/2024-12-31] = 40 USD (decimals INF) at facts.xml:18:3\n"
        + "acme_R[0000000001, 2024-01-01/2024-12-31] = nil USD (decimals INF) at facts.xml:19:3\n"
        + "acme_Q[0000000001, 2024-01-01/2024-03-31] = 1 USD (decimals 0) at facts.xml:21:3\n"
        + "acme_P[0000000001, 2024-04-01/2024-06-30] = 0 USD (decimals INF) at facts.xml:22:3\n"
        + "acme_Q[0000000001, 2024-04-01/2024-06-30] = 0.0004 USD (decimals 4) at facts.xml:23:3\n"
        + "acme_P[0000000001, 2024-07-01/2024-09-30] = 12000 USD (decimals -3) at facts.xml:24:3\n"
        + "acme_Q[0000000001, 2024-07-01/2024-09-30] = 7000 USD (decimals -3) at facts.xml:25:3\n"
        + "acme_R[0000000001, 2024-07-01/2024-09-30] = 5400 USD (decimals -2) at facts.xml:26:3", facts(f));
    assertEquals("[facts.xml:20:3: error: expected a precision above 0, found precision=\"0\" (the value's accuracy"
        + " is unknown, so no calculation can use it; Calculations 1.1 works on reports without such facts) on acme_P;"
        + " the fact is left out]", f.problems().toString());
    assertEquals("calc11:inconsistentDuplicates 2024-01-01/2024-12-31 FAIL: acme_R is reported 2 times with values"
        + " that disagree: 40 (decimals INF) at facts.xml:18:3, nil at facts.xml:19:3; Calculations 1.1 evaluates no"
        + " summation using it\n"
        + "calc11:Facts:acme_P 2024-01-01/2024-12-31 NOT_EVALUATED: acme_P in 'Facts' not evaluated: inconsistent"
        + " duplicates of acme_R\n"
        + "calc11:Facts:acme_P 2024-04-01/2024-06-30 FAIL: acme_P in 'Facts' does not equal the sum of its items:"
        + " reported [0, 0], the items add up to [0.00035, 0.00045]; only 1 of 2 items reported in this context"
        + " (incomplete tagging or an arithmetic error)\n"
        + "calc11:Facts:acme_P 2024-07-01/2024-09-30 PASS: acme_P in 'Facts' equals the sum of its items (all 2"
        + " items reported)", findings(f));
  }

  @Test
  void inlineDocumentsNamingOneSchemaAreOneFilingWhicheverIsNamed() throws Exception {
    XbrlFiling folder = load("set");
    assertEquals("Revenues[0000000001, 2024-01-01/2024-12-31] = 1000000 USD (decimals -3) at a.htm:15:12 #a1\n"
        + "Revenues[0000000001, 2024-01-01/2024-12-31] = 1000000 USD (decimals -3) at b.htm:14:18 #b1\n"
        + "acme_Costs[0000000001, 2024-01-01/2024-12-31] = -200000 USD (decimals -3) at b.htm:15:7 #b2\n"
        + "acme_Income[0000000001, 2024-01-01/2024-12-31] = 800000 USD (decimals -3) at b.htm:16:8 #b3", facts(folder));
    assertEquals("[b.htm:18:5: error: expected a number format such as ixt:num-dot-decimal, ixt:num-comma-decimal,"
        + " ixt:zerodash, ixt:fixed-zero or ixt-sec:numwordsen, found 'num-roman', which tieout does not know for a"
        + " number in acme_Odd (id b5); the fact is left out]", folder.problems().toString());
    assertEquals("a.htm: read as one Inline XBRL document set with b.htm (the same schemaRef): contexts and units are"
        + " shared", folder.notices().get(1).toString());
    assertEquals("a.htm: 1 numeric facts for other target documents (ix target) left out: only the default target is"
        + " read", folder.notices().get(folder.notices().size() - 1).toString());
    String pass = "calc11:Income:acme_Income 2024-01-01/2024-12-31 PASS: acme_Income in 'Income' equals the sum of its"
        + " items (all 2 items reported)";
    assertEquals(pass, findings(folder));
    XbrlFiling named = load("set/b.htm");
    assertEquals(4, named.facts().size());
    assertEquals("b.htm: read as one Inline XBRL document set with a.htm (the same schemaRef): contexts and units are"
        + " shared", named.notices().get(0).toString());
    assertEquals(pass, findings(named));
    assertEquals(List.of(real("set/a.htm")),
        XbrlLoader.documentsAmong(List.of(real("set/a.htm"), real("set/b.htm"), real("set/set_cal.xml"))));
  }

  @Test
  void inlineDocumentsNamingOtherSchemasStayApart(@TempDir Path dir) throws Exception {
    String a = Files.readString(real("set/a.htm"));
    Files.writeString(dir.resolve("a.htm"), a);
    Files.writeString(dir.resolve("z.htm"), a.replace("set.xsd", "other.xsd"));
    UserException e = assertThrows(UserException.class, () -> XbrlLoader.load(dir, Taxonomy.builder().build(), 1000));
    assertEquals(dir + ": error: expected a folder holding one XBRL instance (.xml, .xbrl) or inline XBRL document"
        + " (.htm, .html, .xhtml), found 2: a.htm, z.htm; name the document instead of the folder",
        e.diagnostics().get(0).toString());
    assertEquals(1, XbrlLoader.load(dir.resolve("z.htm"), Taxonomy.builder().build(), 1000).facts().size());
  }

  @Test
  void aPriorityThatIsNoWholeNumberIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
    for (String n : List.of("arcs.xml", "arcs.xsd", "calc-one.xml", "labels.xml")) {
      Files.copy(real("arcs/" + n), dir.resolve(n));
    }
    Files.writeString(dir.resolve("calc-two.xml"),
        Files.readString(real("arcs/calc-two.xml")).replace("priority=\"1\"/>", "priority=\"high\"/>"));
    UserException e = assertThrows(UserException.class,
        () -> XbrlLoader.load(dir.resolve("arcs.xml"), Taxonomy.builder().build(), 1000));
    assertEquals("calc-two.xml:9:5: error: expected a priority such as 0 or 1 (a whole number) on the calculation"
        + " arc, found \"high\"", e.diagnostics().get(0).toString());
  }

  @Test
  void aSchemaNamedByTheFilersUrlIsTheCopyBesideTheInstance(@TempDir Path dir) throws Exception {
    for (String n : List.of("arcs.xsd", "calc-one.xml", "calc-two.xml", "labels.xml")) {
      Files.copy(real("arcs/" + n), dir.resolve(n));
    }
    Files.writeString(dir.resolve("arcs.xml"), Files.readString(real("arcs/arcs.xml"))
        .replace("xlink:href=\"arcs.xsd\"", "xlink:href=\"http://www.acme.example/20241231/arcs.xsd\""));
    XbrlFiling f = XbrlLoader.load(dir.resolve("arcs.xml"), Taxonomy.builder().build(), 1000);
    assertEquals("arcs.xml: schemaRef http://www.acme.example/20241231/arcs.xsd not fetched; arcs.xsd beside the"
        + " document used", f.notices().get(0).toString());
    assertEquals(3, f.summations().size());
  }

  @Test
  void theInstanceEdgarExtractedStandsForTheWholeDocumentSet(@TempDir Path dir) throws Exception {
    for (String n : List.of("a.htm", "b.htm")) {
      Files.copy(real("set/" + n), dir.resolve(n));
    }
    Files.copy(real("arcs/arcs.xml"), dir.resolve("a_htm.xml"));
    assertEquals(dir.resolve("a_htm.xml"), XbrlLoader.documentIn(dir));
    assertEquals(List.of(dir.resolve("a_htm.xml")),
        XbrlLoader.documentsAmong(List.of(dir.resolve("a.htm"), dir.resolve("a_htm.xml"), dir.resolve("b.htm"))));
  }
}
