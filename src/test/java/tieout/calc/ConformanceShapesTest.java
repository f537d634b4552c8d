package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tieout.load.xbrl.XbrlFiling;

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
}
