package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.LoadProgress;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

class InstanceLoadTest {
  @TempDir Path dir;

  static final String HEAD = "<?xml version=\"1.0\"?>\n"
      + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\""
      + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xmlns:us-gaap=\"http://fasb.org/us-gaap/2024\" xmlns:acme=\"http://acme.example/2024\">\n";

  static final String CONTEXTS =
      "<xbrli:context id=\"FY\"><xbrli:entity><xbrli:identifier scheme=\"s\">0000123</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate>"
      + "</xbrli:period></xbrli:context>\n"
      + "<xbrli:context id=\"YE_US\"><xbrli:entity><xbrli:identifier scheme=\"s\">0000123</xbrli:identifier>"
      + "<xbrli:segment><xbrldi:explicitMember dimension=\"srt:StatementGeographicalAxis\">country:US"
      + "</xbrldi:explicitMember></xbrli:segment></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>\n"
      + "<xbrli:context id=\"T\"><xbrli:entity><xbrli:identifier scheme=\"s\">0000123</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2025-01-01T00:00:00</xbrli:instant></xbrli:period><xbrli:scenario>"
      + "<xbrldi:typedMember dimension=\"acme:TrancheAxis\"><acme:Tranche>B-7</acme:Tranche></xbrldi:typedMember>"
      + "</xbrli:scenario></xbrli:context>\n"
      + "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
      + "<xbrli:unit id=\"sh\"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>\n"
      + "<xbrli:unit id=\"USDps\"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure>"
      + "</xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure>"
      + "</xbrli:unitDenominator></xbrli:divide></xbrli:unit>\n";

  XbrlFiling load(String name, String body) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, body);
    return XbrlLoader.load(file, Taxonomy.builder().build(), 1000);
  }

  static String facts(XbrlFiling f) {
    return f.facts().stream().map(Fact::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void readsContextsUnitsDecimalsPrecisionNilAndSkipsNonNumeric() throws Exception {
    XbrlFiling f = load("acme.xml", HEAD + CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"-3\" id=\"r1\">7038000</us-gaap:Revenues>\n"
        + "<acme:Widgets contextRef=\"YE_US\" unitRef=\"sh\" decimals=\"INF\">12</acme:Widgets>\n"
        + "<us-gaap:EarningsPerShareBasic contextRef=\"FY\" unitRef=\"USDps\" precision=\"3\">1.234</us-gaap:EarningsPerShareBasic>\n"
        + "<us-gaap:Assets contextRef=\"T\" unitRef=\"USD\" xsi:nil=\"true\"/>\n"
        + "<us-gaap:AccountingPolicies contextRef=\"FY\">text</us-gaap:AccountingPolicies>\n"
        + "<acme:Ratio contextRef=\"FY\" unitRef=\"USD\"><xbrli:numerator>1</xbrli:numerator>"
        + "<xbrli:denominator>3</xbrli:denominator></acme:Ratio>\n"
        + "</xbrli:xbrl>\n");
    assertEquals("Revenues[0000123, 2024-01-01/2024-12-31] = 7038000 USD (decimals -3) at acme.xml:9:1 #r1\n"
        + "acme_Widgets[0000123, 2024-12-31, StatementGeographicalAxis=US] = 12 shares (decimals INF) at acme.xml:10:1\n"
        + "EarningsPerShareBasic[0000123, 2024-01-01/2024-12-31] = 1.234 USD/share (decimals 2) at acme.xml:11:1\n"
        + "Assets[0000123, 2024-12-31, TrancheAxis=B-7] = nil USD (decimals INF) at acme.xml:12:1", facts(f));
    assertEquals(2, f.nonNumeric());
    assertEquals("[]", f.problems().toString());
    assertEquals("[acme.xml: no calculation linkbase found beside the document: no calculations checked,"
        + " acme.xml: 2 non-numeric facts skipped]", f.notices().toString());
  }

  @Test
  void aFactWithoutItsContextOrUnitOrWithBothDecimalsAndPrecisionIsAProblemAndTheRestLoads() throws Exception {
    XbrlFiling f = load("bad.xbrl", HEAD + CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY9\" unitRef=\"USD\" decimals=\"0\" id=\"f1\">1</us-gaap:Revenues>\n"
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"EUR\" decimals=\"0\">2</us-gaap:Revenues>\n"
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\" precision=\"3\">3</us-gaap:Revenues>\n"
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\">4</us-gaap:Revenues>\n"
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">n/a</us-gaap:Revenues>\n"
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">5</us-gaap:Revenues>\n"
        + "</xbrli:xbrl>\n");
    assertEquals("Revenues[0000123, 2024-01-01/2024-12-31] = 5 USD (decimals 0) at bad.xbrl:14:1", facts(f));
    assertEquals("bad.xbrl:13:1: error: expected a number in Revenues, found \"n/a\"; the fact is left out\n"
        + "bad.xbrl:9:1: error: expected the context 'FY9' of Revenues (id f1) to be defined in the document,"
        + " found no such context; the fact is left out\n"
        + "bad.xbrl:10:1: error: expected the unit 'EUR' of Revenues to be defined in the document, found no such"
        + " unit; the fact is left out\n"
        + "bad.xbrl:11:1: error: expected decimals or precision, found both (decimals=\"0\", precision=\"3\") on"
        + " Revenues; the fact is left out\n"
        + "bad.xbrl:12:1: error: expected decimals or precision, found neither on Revenues; the fact is left out",
        f.problems().stream().map(d -> d.format()).collect(Collectors.joining("\n")));
  }

  @Test
  void aMalformedContextOrUnitIsAProblemAndTheRestLoads() throws Exception {
    XbrlFiling f = load("ctx.xml", HEAD + CONTEXTS
        + "<xbrli:context id=\"X\"><xbrli:entity><xbrli:identifier scheme=\"s\">A</xbrli:identifier><xbrli:segment>"
        + "<xbrldi:explicitMember>g:M</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period>"
        + "<xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>\n"
        + "<xbrli:context id=\"Y\"><xbrli:entity><xbrli:identifier scheme=\"s\">A</xbrli:identifier></xbrli:entity>"
        + "<xbrli:period><xbrli:instant>2024-13-31</xbrli:instant></xbrli:period></xbrli:context>\n"
        + "<xbrli:unit id=\"U\"></xbrli:unit>\n"
        + "<us-gaap:Assets contextRef=\"X\" unitRef=\"USD\" decimals=\"0\">1</us-gaap:Assets>\n"
        + "<us-gaap:Assets contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">2</us-gaap:Assets>\n"
        + "</xbrli:xbrl>\n");
    assertEquals("Assets[0000123, 2024-01-01/2024-12-31] = 2 USD (decimals 0) at ctx.xml:13:1", facts(f));
    assertEquals("ctx.xml:9:101: error: expected a dimension attribute and a member in context 'X', found 'null'"
        + " and 'g:M'\n"
        + "ctx.xml:10:1: error: expected dates such as 2024-12-31 in the period of context 'Y', found '2024-13-31'\n"
        + "ctx.xml:11:1: error: expected at least one <measure> in unit 'U', found none\n"
        + "ctx.xml:12:1: error: expected the context 'X' of Assets to be defined in the document, found no such context;"
        + " the fact is left out", f.problems().stream().map(d -> d.format()).collect(Collectors.joining("\n")));
  }

  @Test
  void theRunsLimitsBoundTheFactsAndHearTheProgress() throws Exception {
    Path file = dir.resolve("limits.xml");
    Files.writeString(file, HEAD + CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1</us-gaap:Revenues>\n</xbrli:xbrl>\n");
    StringBuilder heard = new StringBuilder();
    LoadProgress progress = new LoadProgress() {
      @Override
      public void start(String name, long total) {
        heard.append("start ").append(name).append(' ').append(total);
      }

      @Override
      public void advance(long done) {
        heard.append(", advance ").append(done);
      }

      @Override
      public void finish() {
        heard.append(", finish");
      }
    };
    XbrlFiling f = XbrlLoader.load(file, Taxonomy.builder().build(),
        LoadOptions.within(new Limits(1000, 1000, 5)).withProgress(progress));
    assertEquals(1, f.facts().size());
    assertEquals("start limits.xml " + Files.size(file) + ", advance " + Files.size(file), heard.toString());
  }

  @Test
  void conceptsOfTheRulesTaxonomyAreUsedAsDeclared() throws Exception {
    Path file = dir.resolve("declared.xml");
    Files.writeString(file, HEAD + CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1</us-gaap:Revenues>\n"
        + "<us-gaap:Revenues contextRef=\"YE_US\" unitRef=\"USD\" decimals=\"0\">2</us-gaap:Revenues>\n"
        + "</xbrli:xbrl>\n");
    Concept revenue = new Concept("Revenues", PeriodType.DURATION, ItemType.MONETARY, Balance.CREDIT, true,
        ImmutableList.of(Label.plain("Net sales")));
    XbrlFiling f = XbrlLoader.load(file, Taxonomy.builder().add(revenue).build(), 10);
    assertEquals(1, f.facts().size());
    assertEquals(Balance.CREDIT, f.facts().get(0).concept().balance());
    assertEquals("declared.xml: error: 1 numeric facts are left out: their concepts are declared in the rules'"
        + " taxonomy with the other period type (instant or duration)", f.problems().get(0).format());
  }

  @Test
  void aDoctypeIsRefusedWithItsPlace() {
    UserException e = assertThrows(UserException.class, () -> load("evil.xml", "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE xbrl [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xbrl>&x;</xbrl>\n"));
    assertEquals("evil.xml:2:1: error: expected an XBRL document without a DOCTYPE, found a DOCTYPE declaration:"
        + " DTDs and external entities are refused (they can read local files); remove the DOCTYPE", e.getMessage());
  }

  @Test
  void aDocumentThatIsNotWellFormedNamesLineAndColumn() {
    UserException e = assertThrows(UserException.class, () -> load("broken.xml", HEAD + CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1</us-gaap:Assets>\n</xbrli:xbrl>\n"));
    assertEquals("broken.xml:9:78: error: expected well-formed XML, found: Unexpected close tag </us-gaap:Assets>;"
        + " expected </us-gaap:Revenues>.", e.getMessage());
  }

  @Test
  void anotherRootIsRefused() {
    UserException e = assertThrows(UserException.class, () -> load("other.xml", "<?xml version=\"1.0\"?>\n"
        + "<catalog/>\n"));
    assertEquals("other.xml:2:1: error: expected an XBRL instance (root element xbrli:xbrl) or an Inline XBRL document"
        + " (root element html), found root element <catalog>", e.getMessage());
  }

  @Test
  void tooManyFactsIsAUserError() throws Exception {
    Path file = dir.resolve("many.xml");
    Files.writeString(file, HEAD + CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1</us-gaap:Revenues>\n"
        + "<us-gaap:Assets contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">1</us-gaap:Assets>\n</xbrli:xbrl>\n");
    UserException e = assertThrows(UserException.class, () -> XbrlLoader.load(file, Taxonomy.builder().build(), 1));
    assertEquals("many.xml: error: expected at most 1 facts in one run (--max-facts), found 2 numeric facts:"
        + " raise --max-facts", e.getMessage());
  }
}
