package tieout.load.xbrl;

/**
 * The tieout name of an XBRL concept. A concept of a base taxonomy (us-gaap, srt, dei, ifrs: the
 * namespaces published at fasb.org, xbrl.sec.gov, xbrl.ifrs.org, and xbrl.us for 2008-2009 filings) is its bare local name, as the rules
 * under {@code rules/us-gaap/} write them ({@code Assets}); a filer's extension concept keeps its
 * prefix, joined by an underscore as in the schema's element ids ({@code amzn_CashAndMarketable}),
 * so it can never be taken for a base concept.
 */
public final class ConceptNames {
  /** The namespace of tieout's own export ({@code tieout export}): its concepts are named without a prefix. */
  public static final String TIEOUT_NAMESPACE = "http://tieout.dev/ledger";

  private ConceptNames() {}

  /** Whether {@code namespace} is one of a published base taxonomy rather than a filer's extension. */
  static boolean isBase(String namespace) {
    // tieout's own export (XbrlExport) names concepts as the ledger did, without a prefix.
    return namespace.equals(TIEOUT_NAMESPACE) || namespace.contains("fasb.org/") || namespace.contains("xbrl.sec.gov/")
        || namespace.contains("xbrl.ifrs.org/") || namespace.contains("xbrl.us/");
  }

  /** The name of the element {@code prefix:local} in {@code namespace}, as an instance names it. */
  static String of(String namespace, String prefix, String local) {
    return isBase(namespace) || prefix == null || prefix.isEmpty() ? local : prefix + "_" + local;
  }

  /**
   * The name of the concept a locator points at: {@code https://xbrl.fasb.org/...#us-gaap_Revenues} is
   * {@code Revenues}; a local schema's {@code amzn-20221231.xsd#amzn_Foo} is {@code amzn_Foo}. The
   * element id is {@code prefix_Local} by EDGAR's rule, so the prefix ends at the first underscore.
   */
  static String ofHref(String href) {
    int hash = href.indexOf('#');
    String id = hash < 0 ? href : href.substring(hash + 1);
    String document = hash < 0 ? "" : href.substring(0, hash);
    // A base taxonomy is published (us-gaap at xbrl.fasb.org, 2009's at taxonomies.xbrl.us, dei at
    // xbrl.sec.gov); a filer's schema is beside its instance, even when an old filing names it by URL.
    boolean base = (document.startsWith("http://") || document.startsWith("https://")) && isBase(document);
    int underscore = id.indexOf('_');
    if (!base || underscore < 0) {
      return id;
    }
    return id.substring(underscore + 1);
  }

  /** The local part of {@code prefix:local} (a dimension's axis or member as written in a context). */
  public static String local(String qname) {
    return qname.substring(qname.indexOf(':') + 1).strip();
  }
}
