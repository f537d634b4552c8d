package tieout.load.xbrl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConceptNamesTest {
  @Test
  void baseConceptsAreBareAndExtensionsKeepTheirPrefix() {
    assertEquals("Assets", ConceptNames.of("http://fasb.org/us-gaap/2022", "us-gaap", "Assets"));
    assertEquals("Cash", ConceptNames.of("http://xbrl.us/us-gaap/2009-01-31", "us-gaap", "Cash"));
    assertEquals("EntityCentralIndexKey", ConceptNames.of("http://xbrl.sec.gov/dei/2024", "dei", "EntityCentralIndexKey"));
    assertEquals("Revenue", ConceptNames.of("http://xbrl.ifrs.org/taxonomy/2022-03-24/ifrs-full", "ifrs-full", "Revenue"));
    assertEquals("amzn_Foo", ConceptNames.of("http://www.amazon.com/20221231", "amzn", "Foo"));
  }

  @Test
  void locatorsNameConceptsByElementId() {
    assertEquals("Revenues", ConceptNames.ofHref("https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd#us-gaap_Revenues"));
    assertEquals("CostOfRevenue",
        ConceptNames.ofHref("http://taxonomies.xbrl.us/us-gaap/2009/elts/us-gaap-2009-01-31.xsd#us-gaap_CostOfRevenue"));
    assertEquals("nflx_FulfillmentExpense", ConceptNames.ofHref("nflx-20100930.xsd#nflx_FulfillmentExpense"));
    assertEquals("abc_Widget_Sales", ConceptNames.ofHref("http://www.abc.example/2010/abc-20101231.xsd#abc_Widget_Sales"));
  }
}
