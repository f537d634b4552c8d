package tieout.load.xbrl;

import java.net.URI;
import java.net.URISyntaxException;
import javax.xml.stream.XMLStreamReader;

/**
 * {@code xml:base} as linkbases use it: a locator's href is relative to the base in scope, so a
 * linkbase with {@code xml:base="https://xbrl.fasb.org/us-gaap/2024/elts/"} may name a us-gaap concept
 * by {@code us-gaap-2024.xsd#us-gaap_Assets}. Only the linkbase root, the extended link and the locator
 * are looked at: those are where filings put it. One instance follows one linkbase's reading.
 */
final class XmlBase {
  static final String XML = "http://www.w3.org/XML/1998/namespace";

  private final String linkElement;
  private final ConceptIds ids;
  private boolean started;
  private String root;
  private String link;

  /**
   * @param linkElement the extended link's local name ({@code calculationLink}, {@code labelLink})
   * @param ids the element ids of the filing's schemas that name concepts otherwise than EDGAR's rule
   */
  XmlBase(String linkElement, ConceptIds ids) {
    this.linkElement = linkElement;
    this.ids = ids;
  }

  /** To be called at every start tag: notes the root's and each extended link's base. */
  void enter(XMLStreamReader r) {
    if (!started) {
      root = at(r, null);
      started = true;
    }
    if (r.getLocalName().equals(linkElement)) {
      link = at(r, root);
    }
  }

  /** The concept named by the locator at the reader's start tag, its href read after the base in scope; null without href. */
  String locatorConcept(XMLStreamReader r) {
    String href = r.getAttributeValue(DocumentReader.XLINK, "href");
    return href == null ? null : ids.conceptOf(resolve(at(r, link), href));
  }

  /** The base in scope at the reader's current element: {@code outer} resolved with its {@code xml:base}, if any. */
  private static String at(XMLStreamReader r, String outer) {
    return resolve(outer, r.getAttributeValue(XML, "base"));
  }

  /** {@code href} resolved against {@code base} (either may be null); left as written when it is no URI. */
  static String resolve(String base, String href) {
    if (base == null || base.isBlank()) {
      return href;
    }
    if (href == null) {
      return base;
    }
    try {
      return new URI(base.strip()).resolve(new URI(href.strip())).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return href; // not a URI: the href alone still names the concept by its fragment
    }
  }
}
