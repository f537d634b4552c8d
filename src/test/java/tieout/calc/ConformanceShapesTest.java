package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;

/**
 * Shapes of the XBRL 2.1 conformance suite and of non-EDGAR filings that the shared filings lack, on the
 * constructed filings of {@code src/test/resources/tieout/load/xbrl/real} (its README says what each holds).
 */
class ConformanceShapesTest {
  @Test
  void aLocatorNamesTheElementItsSchemaDeclaresWithThatIdWhateverTheIdLooksLike() throws Exception {
    XbrlFiling f = RealFilingCasesTest.load("ids");
    // id="Total" and id="concept-part" are q:Total and q:Part; id="q_Other" follows EDGAR's rule.
    assertEquals("[Summation[role=http://www.xbrl.org/2003/role/link, total=q_Total, items=[Item[concept=q_Part,"
        + " weight=1], Item[concept=q_Other, weight=1]]]]", f.summations().toString());
    assertEquals("Total of parts", f.label("q_Total"));
    assertEquals("calc11:link:q_Total 2024-12-31 FAIL: Total of parts (q_Total) in 'link' does not equal the sum of"
        + " its items: reported [4, 4], the items add up to [3, 3]; all 2 items reported (an arithmetic error)",
        RealFilingCasesTest.findings(f));
  }

  @Test
  void factsInsideTuplesAreLeftOutWithANoticeAsCalculations11IgnoresThem() throws Exception {
    for (String doc : new String[] {"tuples/tuples.xml", "tuples/inline.htm"}) {
      XbrlFiling f = RealFilingCasesTest.load(doc);
      // Inside tuples: A 1, B 2 (nested two deep, or by ix:tuple and tupleRef) and a Total of 9; they would
      // otherwise be inconsistent duplicates of the top level's 4, 6 and 10, and no summation evaluated.
      assertEquals("t_Total, t_A, t_B", f.facts().stream().map(x -> x.concept().name() + "").reduce((a, b) -> a
          + ", " + b).orElse(""), doc);
      assertEquals("calc11:link:t_Total 2010-12-31 PASS: t_Total in 'link' equals the sum of its items (all 2 items"
          + " reported)", RealFilingCasesTest.findings(f), doc);
      String name = doc.substring(doc.indexOf('/') + 1);
      assertEquals(name + ": " + (doc.endsWith(".xml") ? 3 : 2) + " numeric facts inside tuples left out:"
          + " Calculations 1.1 ignores tuples (Arelle too, calc11e:tuplesInReportWarning), and a tuple's facts repeat"
          + " concept and context, so the ledger could not tell its instances apart",
          f.notices().stream().map(Object::toString).filter(n -> n.contains("inside tuples")).findFirst().orElse(""), doc);
    }
  }

  @Test
  void segmentAndScenarioContentThatIsNoDimensionTellsContextsApart() throws Exception {
    XbrlFiling f = RealFilingCasesTest.load("segments");
    // s:Region North (its text's white space collapsed), with an explicit member beside it, and a scenario.
    assertEquals("s_Total[example, 2008-12-31] = 10 USD (decimals 0) at segments.xml:23:3\n"
        + "s_A[example, 2008-12-31] = 4 USD (decimals 0) at segments.xml:24:3\n"
        + "s_B[example, 2008-12-31] = 6 USD (decimals 0) at segments.xml:25:3\n"
        + "s_Total[example, 2008-12-31, s:Region=North] = 3 USD (decimals 0) at segments.xml:26:3\n"
        + "s_A[example, 2008-12-31, s:Region=North] = 1 USD (decimals 0) at segments.xml:27:3\n"
        + "s_B[example, 2008-12-31, s:Region=North] = 2 USD (decimals 0) at segments.xml:28:3\n"
        + "s_Total[example, 2008-12-31, KindAxis=BudgetMember, s:Region=North, s:Version=(empty)] = 5 USD"
        + " (decimals 0) at segments.xml:29:3\n"
        + "s_A[example, 2008-12-31, KindAxis=BudgetMember, s:Region=North, s:Version=(empty)] = 5 USD (decimals 0)"
        + " at segments.xml:30:3", RealFilingCasesTest.facts(f));
    assertEquals("calc11:link:s_Total 2008-12-31 PASS: s_Total in 'link' equals the sum of its items (all 2 items"
        + " reported)\n"
        + "calc11:link:s_Total 2008-12-31 PASS: s_Total in 'link' equals the sum of its items (all 2 items reported)\n"
        + "calc11:link:s_Total 2008-12-31 PASS: s_Total in 'link' equals the sum of its items (only 1 of 2 items"
        + " reported in this context)", RealFilingCasesTest.findings(f));
  }

  @Test
  void multipliedMeasuresInAnotherOrderAreTheSameUnit() throws Exception {
    XbrlFiling f = RealFilingCasesTest.load("units");
    assertEquals("u_Total[example, 2011-01-01/2011-12-31] = 10 USD*shares (decimals 0) at units.xml:11:3\n"
        + "u_A[example, 2011-01-01/2011-12-31] = 4 USD*shares (decimals 0) at units.xml:12:3\n"
        + "u_B[example, 2011-01-01/2011-12-31] = 4 USD*shares (decimals 0) at units.xml:13:3",
        RealFilingCasesTest.facts(f));
    assertEquals("calc11:link:u_Total 2011-01-01/2011-12-31 FAIL: u_Total in 'link' does not equal the sum of its"
        + " items: reported [9.5, 10.5], the items add up to [7, 9]; all 2 items reported (an arithmetic error)",
        RealFilingCasesTest.findings(f));
  }

  @Test
  void consistentDuplicatesStandForTheValuesAllOfThemAllow() throws Exception {
    XbrlFiling f = RealFilingCasesTest.load("overlap");
    // 1,500 to hundreds [1,450, 1,550] and 2,000 to thousands [1,500, 2,500] allow 1,500 to 1,550 together:
    // 1,460 is out of it (the most precise figure alone allowed it), 1,520 in it.
    assertEquals("calc11:link:o_Total 2012-12-31 FAIL: o_Total in 'link' does not equal the sum of its items:"
        + " reported [1459.5, 1460.5], the items add up to [1500, 1550]; all 2 items reported (an arithmetic error);"
        + " the duplicates of o_A (1,500 at decimals -2, 2,000 at decimals -3) together allow only [1500, 1550]\n"
        + "calc11:link:o_Total 2011-12-31 PASS: o_Total in 'link' equals the sum of its items (all 2 items reported)",
        RealFilingCasesTest.findings(f));
  }

  @Test
  void aReportPackagesCatalogMapsTheSchemaTheReportNamesByUrl() throws Exception {
    XbrlFiling f = RealFilingCasesTest.load("package/reports/ex-2022-12-31-en.xhtml");
    assertEquals("ex-2022-12-31-en.xhtml: schemaRef https://www.example.com/2022/ex-2022-12-31.xsd not fetched;"
        + " ../www.example.com/2022/ex-2022-12-31.xsd used, as the report package's META-INF/catalog.xml maps it",
        f.notices().get(0).toString().replace('\\', '/'));
    // The entry point's calculations are in the filer's other schema, which it imports.
    assertEquals("ex-2022-12-31-en.xhtml: schema ex-2022-12-31_core.xsd read (imported by ex-2022-12-31.xsd):"
        + " 1 linkbaseRefs, 0 role definitions", f.notices().get(2).toString());
    // The German label linkbase is read first; the English one's label wins.
    assertEquals("calc11:IncomeStatement:GrossProfit 2022-01-01/2022-12-31 FAIL: Gross profit (GrossProfit) in"
        + " 'IncomeStatement' does not equal the sum of its items: reported [609950000, 610050000], the items add up"
        + " to [599900000, 600100000]; all 2 items reported (an arithmetic error)", RealFilingCasesTest.findings(f));
  }

  @Test
  void aLinkbaseOfAnotherNameIsFoundByItsCalculationLinksFarDownTheFile(@TempDir Path dir) throws Exception {
    // One linkbase file, named by no EDGAR rule, with 100 KB of presentation links before its calculation link.
    StringBuilder links = new StringBuilder("<?xml version=\"1.0\"?>\n<link:linkbase"
        + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
    for (int i = 0; i < 1000; i++) {
      links.append("<link:presentationLink xlink:type=\"extended\" xlink:role=\"http://x.example/role/p").append(i)
          .append("\"><link:loc xlink:type=\"locator\" xlink:href=\"big.xsd#b_T\" xlink:label=\"t\"/></link:presentationLink>\n");
    }
    links.append("<link:calculationLink xlink:type=\"extended\" xlink:role=\"http://x.example/role/c\">"
        + "<link:loc xlink:type=\"locator\" xlink:href=\"big.xsd#b_T\" xlink:label=\"t\"/>"
        + "<link:loc xlink:type=\"locator\" xlink:href=\"big.xsd#b_A\" xlink:label=\"a\"/>"
        + "<link:calculationArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/summation-item\""
        + " xlink:from=\"t\" xlink:to=\"a\" weight=\"1\"/></link:calculationLink>\n</link:linkbase>\n");
    Files.writeString(dir.resolve("linkbase.xml"), links);
    Files.writeString(dir.resolve("big.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
        + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " targetNamespace=\"http://x.example/b\"><xs:annotation><xs:appinfo><link:linkbaseRef xlink:type=\"simple\""
        + " xlink:href=\"linkbase.xml\"/></xs:appinfo></xs:annotation></xs:schema>");
    Files.writeString(dir.resolve("big.xml"), "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\""
        + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xmlns:b=\"http://x.example/b\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\">"
        + "<link:schemaRef xlink:type=\"simple\" xlink:href=\"big.xsd\"/>"
        + "<context id=\"c\"><entity><identifier scheme=\"http://x.example\">x</identifier></entity>"
        + "<period><instant>2020-12-31</instant></period></context><unit id=\"u\"><measure>iso4217:USD</measure></unit>"
        + "<b:T contextRef=\"c\" unitRef=\"u\" decimals=\"0\">5</b:T><b:A contextRef=\"c\" unitRef=\"u\""
        + " decimals=\"0\">3</b:A></xbrl>");
    XbrlFiling f = XbrlLoader.load(dir.resolve("big.xml"), Taxonomy.builder().build(), 1000);
    assertEquals("calc11:c:b_T 2020-12-31 FAIL: b_T in 'c' does not equal the sum of its items: reported [4.5, 5.5],"
        + " the items add up to [2.5, 3.5]; all 1 items reported (an arithmetic error)", RealFilingCasesTest.findings(f));
  }

  @Test
  void aFactInsideAnExcludeHasItsOwnValueThoughItsTextIsNoPartOfTheFactAroundIt() throws Exception {
    XbrlFiling f = RealFilingCasesTest.load("exclude/exclude.htm");
    // e:A (7) stands inside the ix:exclude of a text block; e:B's own exclude takes the "*" out of "1*2".
    assertEquals("e_A[example, 2021-12-31] = 7 EUR (decimals 0) at exclude.htm:15:80\n"
        + "e_B[example, 2021-12-31] = 12 EUR (decimals 0) at exclude.htm:16:8", RealFilingCasesTest.facts(f));
    assertEquals("[]", f.problems().toString());
  }
}
