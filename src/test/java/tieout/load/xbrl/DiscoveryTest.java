package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.calc.Calc11;
import tieout.calc.CalcMode;
import tieout.error.UserException;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

class DiscoveryTest {
  @TempDir Path dir;

  static final String LINKBASE_HEAD = "<?xml version=\"1.0\"?>\n<link:linkbase"
      + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

  @Test
  void unionPacific2012LacksItsSchemaSoTheSiblingLinkbasesAreUsed() throws Exception {
    Path folder = SharedData.require("data/xbrl/unp-10k-2012");
    XbrlFiling f = XbrlLoader.load(folder, Taxonomy.builder().build(), 1_000_000);
    assertEquals("[" + folder + ": read unp-20121231.xml (the folder's XBRL document), unp-20121231.xml: schemaRef unp-20121231.xsd is absent; looking for linkbases named after it,"
        + " unp-20121231.xml: label linkbase unp-20121231_lab.xml read (a sibling of the same stem 'unp-20121231'),"
        + " unp-20121231.xml: calculation linkbase unp-20121231_cal.xml read (a sibling of the same stem"
        + " 'unp-20121231'), unp-20121231.xml: 38 calculation totals (141 summation-item relationships) read,"
        + " unp-20121231.xml: 151 non-numeric facts skipped]", f.notices().toString());
  }

  @Test
  void aFolderMustHoldExactlyOneDocument() throws Exception {
    UserException none = assertThrows(UserException.class,
        () -> XbrlLoader.load(dir, Taxonomy.builder().build(), 10));
    assertEquals(dir + ": error: expected a folder holding one XBRL instance (.xml, .xbrl) or inline XBRL document"
        + " (.htm, .html, .xhtml), found none; name the document instead of the folder", none.getMessage());
    String instance = InstanceLoadTest.HEAD + "</xbrli:xbrl>\n";
    Files.writeString(dir.resolve("a.xml"), instance);
    Files.writeString(dir.resolve("b.xbrl"), instance);
    Files.writeString(dir.resolve("a_cal.xml"), LINKBASE_HEAD + "</link:linkbase>\n");
    Files.writeString(dir.resolve("a.htm"), InlineLoadTest.HEAD + "</body></html>\n"); // a.xml is not its extract
    Files.writeString(dir.resolve("b.htm"), InlineLoadTest.HEAD + "</body></html>\n");
    Files.writeString(dir.resolve("b_htm.xml"), instance);
    UserException two = assertThrows(UserException.class,
        () -> XbrlLoader.load(dir, Taxonomy.builder().build(), 10));
    assertEquals(dir + ": error: expected a folder holding one XBRL instance (.xml, .xbrl) or inline XBRL document"
        + " (.htm, .html, .xhtml), found 5: a.htm, a.xml, b.htm, b.xbrl, b_htm.xml; name the document instead of the"
        + " folder", two.getMessage());
    Files.delete(dir.resolve("a.htm"));
    Files.delete(dir.resolve("a.xml"));
    Files.delete(dir.resolve("b.xbrl"));
    XbrlFiling pair = XbrlLoader.load(dir, Taxonomy.builder().build(), 10);
    assertEquals(dir + ": read b_htm.xml (the folder's XBRL document)", pair.notices().get(0).toString());
  }

  @Test
  void theInstancesOwnLinkbaseRefsAreFollowedLocallyOnly() throws Exception {
    Files.writeString(dir.resolve("sums.xml"), LINKBASE_HEAD
        + "<link:calculationLink xlink:type=\"extended\" xlink:role=\"http://acme.example/role/IncomeStatement\">\n"
        + "<link:loc xlink:type=\"locator\" xlink:href=\"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Revenues\""
        + " xlink:label=\"t\"/>\n"
        + "<link:loc xlink:type=\"locator\" xlink:href=\"acme.xsd#acme_Widgets\" xlink:label=\"a\"/>\n"
        + "<link:loc xlink:type=\"locator\" xlink:href=\"acme.xsd#acme_Gadgets\" xlink:label=\"b\"/>\n"
        + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
        + " xlink:from=\"t\" xlink:to=\"a\" weight=\"1.0\"/>\n"
        + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
        + " xlink:from=\"t\" xlink:to=\"b\" weight=\"1\"/>\n"
        + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
        + " xlink:from=\"t\" xlink:to=\"b\" use=\"prohibited\" priority=\"1\"/>\n"
        + "</link:calculationLink></link:linkbase>\n");
    Files.writeString(dir.resolve("words.xml"), LINKBASE_HEAD
        + "<link:labelLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">\n"
        + "<link:loc xlink:type=\"locator\" xlink:href=\"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Revenues\""
        + " xlink:label=\"r\"/>\n"
        + "<link:label xlink:type=\"resource\" xlink:label=\"r_lbl\" xlink:role=\"http://www.xbrl.org/2003/role/terseLabel\""
        + " xml:lang=\"en-US\">Sales</link:label>\n"
        + "<link:label xlink:type=\"resource\" xlink:label=\"r_lbl\" xlink:role=\"http://www.xbrl.org/2003/role/label\""
        + " xml:lang=\"en-US\">Total revenues</link:label>\n"
        + "<link:labelArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\""
        + " xlink:from=\"r\" xlink:to=\"r_lbl\"/>\n"
        + "</link:labelLink></link:linkbase>\n");
    Path instance = dir.resolve("acme.xml");
    Files.writeString(instance, InstanceLoadTest.HEAD
        + "<link:linkbaseRef xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xlink:type=\"simple\" xlink:href=\"sums.xml\"/>\n"
        + "<link:linkbaseRef xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xlink:type=\"simple\" xlink:href=\"words.xml\"/>\n"
        + "<link:linkbaseRef xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xlink:type=\"simple\" xlink:href=\"https://acme.example/remote_cal.xml\"/>\n"
        + InstanceLoadTest.CONTEXTS
        + "<us-gaap:Revenues contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">10</us-gaap:Revenues>\n"
        + "<acme:Widgets contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">7</acme:Widgets>\n"
        + "<acme:Gadgets contextRef=\"FY\" unitRef=\"USD\" decimals=\"0\">3</acme:Gadgets>\n"
        + "</xbrli:xbrl>\n");
    XbrlFiling f = XbrlLoader.load(instance, Taxonomy.builder().build(), 10);
    assertEquals("[acme.xml: linkbase https://acme.example/remote_cal.xml not fetched (tieout never reads the internet),"
        + " acme.xml: label linkbase words.xml read (linkbaseRef in acme.xml),"
        + " acme.xml: calculation linkbase sums.xml read (linkbaseRef in acme.xml),"
        + " acme.xml: 1 calculation totals (1 summation-item relationships) read]", f.notices().toString());
    assertEquals("[Summation[role=http://acme.example/role/IncomeStatement, total=Revenues,"
        + " items=[Item[concept=acme_Widgets, weight=1]]]]", f.summations().toString());
    assertEquals("[Label[text=Total revenues, scope=Optional.empty, negated=false, member=]]",
        f.facts().get(0).concept().labels().toString());
    Calc11.Result r = Calc11.evaluate(f, CalcMode.ROUND_TO_NEAREST);
    assertEquals("Total revenues (Revenues) in 'IncomeStatement' does not equal the sum of its items: reported"
        + " [9.5, 10.5], the items add up to [6.5, 7.5]; all 1 items reported (an arithmetic error)",
        r.findings().get(0).message());
    assertEquals("calc11:IncomeStatement:Revenues 10 7 3 1.0", r.findings().get(0).rule() + " "
        + r.findings().get(0).reported().orElseThrow() + " " + r.findings().get(0).computed().orElseThrow() + " "
        + r.findings().get(0).variance().orElseThrow() + " " + r.findings().get(0).tolerance().orElseThrow());
  }
}
