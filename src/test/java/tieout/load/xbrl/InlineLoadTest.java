package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

class InlineLoadTest {
  @TempDir Path dir;

  static final String HEAD = "\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\""
      + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
      + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\""
      + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\""
      + " xmlns:ixt-sec=\"http://www.sec.gov/inlineXBRL/transformation/2015-08-31\""
      + " xmlns:us-gaap=\"http://fasb.org/us-gaap/2024\" xmlns:acme=\"http://acme.example/2024\"><body>\n"
      + "<div style=\"display:none\"><ix:header><ix:hidden>\n"
      + "<ix:nonFraction name=\"us-gaap:Assets\" contextRef=\"I\" unitRef=\"USD\" decimals=\"-3\" scale=\"3\""
      + " format=\"ixt:num-dot-decimal\" id=\"h1\">1,500</ix:nonFraction>\n"
      + "<ix:nonNumeric name=\"acme:Note\" contextRef=\"I\">text</ix:nonNumeric>\n"
      + "</ix:hidden><ix:references><link:schemaRef xlink:type=\"simple\" xlink:href=\"acme-2024.xsd\"/></ix:references>"
      + "<ix:resources>\n"
      + "<xbrli:context id=\"D\"><xbrli:entity><xbrli:identifier scheme=\"s\">ACME</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate>"
      + "</xbrli:period></xbrli:context>\n"
      + "<xbrli:context id=\"I\"><xbrli:entity><xbrli:identifier scheme=\"s\">ACME</xbrli:identifier></xbrli:entity>"
      + "<xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>\n"
      + "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
      + "<xbrli:unit id=\"pure\"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>\n"
      + "</ix:resources></ix:header></div>\n";

  XbrlFiling load(String body) throws Exception {
    Path file = dir.resolve("acme-2024.htm");
    Files.writeString(file, HEAD + body + "</body></html>\n");
    return XbrlLoader.load(file, Taxonomy.builder().build(), 1000);
  }

  @Test
  void readsFormatsScaleSignNestingHiddenFactsAndResources() throws Exception {
    XbrlFiling f = load("<table><tr><td>$(<ix:nonFraction name=\"us-gaap:NetIncomeLoss\" contextRef=\"D\" unitRef=\"USD\""
        + " decimals=\"-6\" scale=\"6\" sign=\"-\" format=\"ixt:num-dot-decimal\" id=\"n1\">1,234.5</ix:nonFraction>)"
        + "</td><td><ix:nonFraction name=\"acme:Costs\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:num-comma-decimal\" id=\"c1\">1.234.567,0</ix:nonFraction></td>\n"
        + "<td><ix:nonFraction name=\"acme:Other\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:fixed-zero\">\u2014</ix:nonFraction></td>\n"
        + "<td><ix:nonFraction name=\"acme:Segments\" contextRef=\"D\" unitRef=\"pure\" decimals=\"INF\""
        + " format=\"ixt-sec:numwordsen\">twenty-five</ix:nonFraction> segments; <b>"
        + "<ix:nonFraction name=\"us-gaap:Revenues\" contextRef=\"D\" unitRef=\"USD\" decimals=\"-3\" scale=\"3\""
        + " format=\"ixt:num-dot-decimal\"><ix:nonFraction name=\"acme:SegmentRevenue\" contextRef=\"D\" unitRef=\"USD\""
        + " decimals=\"-3\" scale=\"3\" format=\"ixt:num-dot-decimal\">7,0<i>38</i></ix:nonFraction></ix:nonFraction></b>"
        + " <ix:nonFraction name=\"us-gaap:Goodwill\" contextRef=\"I\" unitRef=\"USD\" xsi:nil=\"true\"/></td></tr></table>\n");
    assertEquals("Assets[ACME, 2024-12-31] = 1500000 USD (decimals -3) at acme-2024.htm:5:1 #h1\n"
        + "NetIncomeLoss[ACME, 2024-01-01/2024-12-31] = -1234500000 USD (decimals -6) at acme-2024.htm:13:18 #n1\n"
        + "acme_Costs[ACME, 2024-01-01/2024-12-31] = 1234567.0 USD (decimals 0) at acme-2024.htm:13:196 #c1\n"
        + "acme_Other[ACME, 2024-01-01/2024-12-31] = 0 USD (decimals 0) at acme-2024.htm:14:5\n"
        + "acme_Segments[ACME, 2024-01-01/2024-12-31] = 25 pure (decimals INF) at acme-2024.htm:15:5\n"
        + "acme_SegmentRevenue[ACME, 2024-01-01/2024-12-31] = 7038000 USD (decimals -3) at acme-2024.htm:15:279\n"
        + "Revenues[ACME, 2024-01-01/2024-12-31] = 7038000 USD (decimals -3) at acme-2024.htm:15:157\n"
        + "Goodwill[ACME, 2024-12-31] = nil USD (decimals INF) at acme-2024.htm:15:455",
        f.facts().stream().map(Fact::toString).collect(Collectors.joining("\n")));
    assertEquals("[acme-2024.htm: schemaRef acme-2024.xsd is absent; looking for linkbases named after it,"
        + " acme-2024.htm: no calculation linkbase found beside the document: no calculations checked,"
        + " acme-2024.htm: blank lines before the XML declaration skipped,"
        + " acme-2024.htm: 1 hidden facts (ix:hidden) loaded, acme-2024.htm: 1 non-numeric facts skipped]",
        f.notices().toString());
    assertEquals("[]", f.problems().toString());
  }

  @Test
  void anUnknownTransformOrTextThatDoesNotFitIsAProblemAndTheRestLoads() throws Exception {
    XbrlFiling f = load("<p><ix:nonFraction name=\"acme:A\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:num-roman\">XII</ix:nonFraction>\n"
        + "<ix:nonFraction name=\"acme:B\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:num-dot-decimal\" id=\"b\">n/a</ix:nonFraction></p>\n");
    assertEquals(1, f.facts().size());
    assertEquals("acme-2024.htm:13:4: error: expected a number format such as ixt:num-dot-decimal,"
        + " ixt:num-comma-decimal, ixt:zerodash, ixt:fixed-zero or ixt-sec:numwordsen, found 'num-roman', which"
        + " tieout does not know for a number in acme_A; the fact is left out\n"
        + "acme-2024.htm:14:1: error: expected a number for format 'num-dot-decimal', found \"n/a\" in acme_B (id b);"
        + " the fact is left out",
        f.problems().stream().map(d -> d.format()).collect(Collectors.joining("\n")));
  }

  @Test
  void aFormatNameOfAnotherRegistryIsAProblemNamingTheRegistriesThatDefineIt() throws Exception {
    // The document's ixt prefix names registry 4 (2020-02-12): numdotdecimal and zerodash are registries 2 and 3's.
    XbrlFiling f = load("<p><ix:nonFraction name=\"acme:A\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:numdotdecimal\" id=\"a\">1,234</ix:nonFraction>\n"
        + "<ix:nonFraction name=\"acme:B\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:zerodash\">-</ix:nonFraction>\n"
        + "<ix:nonFraction name=\"acme:C\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " format=\"ixt:num-dot-decimal\">1 234,5</ix:nonFraction></p>\n");
    assertEquals("acme-2024.htm:13:4: error: expected a number format of the registry the format's namespace names,"
        + " ixt 4 (2020-02-12), found 'numdotdecimal', which only ixt 2 (2011-07-31), ixt 3 (2015-02-26) define in"
        + " acme_A (id a); the fact is left out\n"
        + "acme-2024.htm:14:1: error: expected a number format of the registry the format's namespace names,"
        + " ixt 4 (2020-02-12), found 'zerodash', which only ixt 2 (2011-07-31), ixt 3 (2015-02-26) define in"
        + " acme_B; the fact is left out",
        f.problems().stream().map(d -> d.format()).collect(Collectors.joining("\n")));
    // The rest still load: the hidden Assets, and C (registry 4 takes a comma anywhere in the whole part).
    assertEquals("[Assets 1500000, acme_C 12345]", f.facts().stream()
        .map(x -> x.concept().name() + " " + x.amount().toPlainString()).sorted().toList().toString());
  }

  @Test
  void htmlWithoutAnInlineHeaderIsRefused() throws Exception {
    Path file = dir.resolve("plain.html");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>1,234</p>"
        + "</body></html>\n");
    UserException e = assertThrows(UserException.class, () -> XbrlLoader.load(file, Taxonomy.builder().build(), 10));
    assertEquals("plain.html: error: expected an Inline XBRL document (an ix:header in the html), found an html"
        + " document without one: it carries no XBRL facts", e.getMessage());
  }

  @Test
  void aeonsInlineDocumentLoadsWithItsLinkbases() throws Exception {
    XbrlFiling f = XbrlLoader.load(SharedData.require("data/xbrl/aeon-10q-2023q3/aeon-20230930x10q.htm"),
        Taxonomy.builder().build(), 1_000_000);
    assertEquals(1002, f.facts().size());
    assertEquals(130, f.nonNumeric());
    assertEquals(21, f.summations().size());
    assertEquals("[]", f.problems().toString());
    assertEquals("[aeon-20230930x10q.htm: schema aeon-20230930.xsd read (schemaRef): 4 linkbaseRefs, 70 role definitions,"
        + " aeon-20230930x10q.htm: label linkbase aeon-20230930_lab.xml read (linkbaseRef in aeon-20230930.xsd),"
        + " aeon-20230930x10q.htm: calculation linkbase aeon-20230930_cal.xml read (linkbaseRef in aeon-20230930.xsd),"
        + " aeon-20230930x10q.htm: 21 calculation totals (71 summation-item relationships) read,"
        + " aeon-20230930x10q.htm: blank lines before the XML declaration skipped,"
        + " aeon-20230930x10q.htm: 81 hidden facts (ix:hidden) loaded,"
        + " aeon-20230930x10q.htm: 130 non-numeric facts skipped]", f.notices().toString());
    assertEquals("Asset Acquisition, Consideration Transferred", f.label("AssetAcquisitionConsiderationTransferred"));
  }

  @Test
  void unionPacifics2024InlineDocumentLoadsAlone() throws Exception {
    XbrlFiling f = XbrlLoader.load(SharedData.require("data/xbrl/unp-10-k-2025-02-07.html"),
        Taxonomy.builder().build(), 1_000_000);
    assertEquals(1163, f.facts().size());
    assertEquals("[]", f.problems().toString());
    assertEquals("OtherComprehensiveIncomeDefinedBenefitPlansAdjustmentNetOfTaxPortionAttributableToParent"
        + "[0000100885, 2022-01-01/2022-12-31] = -280000000 USD (decimals -6)", one(f, "#f-119"));
    assertEquals("OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTaxParent"
        + "[0000100885, 2024-01-01/2024-12-31] = 0 USD (decimals -6)", one(f, "#f-123"));
  }

  @Test
  void factsForAnotherTargetDocumentAreLeftOut() throws Exception {
    XbrlFiling f = load("<p><ix:nonFraction name=\"acme:A\" contextRef=\"D\" unitRef=\"USD\" decimals=\"0\""
        + " target=\"exhibit\">5</ix:nonFraction></p>\n");
    assertEquals(1, f.facts().size()); // the hidden Assets only
    assertEquals("acme-2024.htm: 1 numeric facts for other target documents (ix target) left out: only the default"
        + " target is read", f.notices().get(f.notices().size() - 2).toString());
  }

  @Test
  void documentsAreToldApartFromLinkbasesAndPlainHtml() throws Exception {
    Path inline = dir.resolve("a.htm");
    Files.writeString(inline, HEAD + "</body></html>\n");
    Path html = dir.resolve("b.html");
    Files.writeString(html, "<html><body>1</body></html>");
    Path instance = dir.resolve("c.xbrl");
    Files.writeString(instance, InstanceLoadTest.HEAD + "</xbrli:xbrl>");
    Path linkbase = dir.resolve("c_cal.xml");
    Files.writeString(linkbase, InstanceLoadTest.HEAD + "</xbrli:xbrl>");
    Path schema = dir.resolve("c.xsd");
    Files.writeString(schema, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");
    assertEquals("true false true false false", XbrlLoader.isXbrlDocument(inline) + " "
        + XbrlLoader.isXbrlDocument(html) + " " + XbrlLoader.isXbrlDocument(instance) + " "
        + XbrlLoader.isXbrlDocument(linkbase) + " " + XbrlLoader.isXbrlDocument(schema));
  }

  private static String one(XbrlFiling f, String id) {
    String s = f.facts().stream().filter(x -> x.source().toString().endsWith(" " + id)).findFirst().orElseThrow()
        .toString();
    return s.substring(0, s.indexOf(" at "));
  }
}
