package tieout.load.xbrl;

import java.util.HashMap;
import java.util.Map;

/**
 * The concepts of the filing's own schemas whose element id does not follow EDGAR's
 * {@code prefix_Local} rule (the XBRL 2.1 conformance suite's {@code 397-ABC.xsd#A} for {@code abc:A}):
 * a locator naming such an id names the element the schema declares with it, so its calculations
 * bind with the instance's facts. Every other href is read by {@link ConceptNames#ofHref}.
 */
final class ConceptIds {
  /** Schema file name to element id to concept name; only ids the EDGAR rule would misread. */
  private final Map<String, Map<String, String>> bySchema = new HashMap<>();

  void add(String schemaFile, Map<String, String> ids) {
    if (!ids.isEmpty()) {
      bySchema.computeIfAbsent(schemaFile, k -> new HashMap<>()).putAll(ids);
    }
  }

  /** The concept a (base-resolved) locator href names. */
  String conceptOf(String href) {
    if (!bySchema.isEmpty()) {
      int hash = href.indexOf('#');
      if (hash >= 0) {
        // Keyed by file name: a filer's schema named by its URL is the copy beside the document.
        String document = href.substring(0, hash).replaceAll("[?].*", "").replaceAll(".*/", "");
        Map<String, String> ids = bySchema.get(document);
        String name = ids == null ? null : ids.get(href.substring(hash + 1));
        if (name != null) {
          return name;
        }
      }
    }
    return ConceptNames.ofHref(href);
  }
}
