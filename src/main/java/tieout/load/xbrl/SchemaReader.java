package tieout.load.xbrl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What tieout needs of a filer's extension schema: the linkbases it references and the definitions of
 * its roles ({@code 0000007 - Statement - Consolidated Balance Sheets}), which name the statement a
 * calculation belongs to. Imports of base taxonomies are never followed.
 */
final class SchemaReader {
  private static final String XS = "http://www.w3.org/2001/XMLSchema";

  private SchemaReader() {}

  /**
   * The linkbase hrefs, role URI to definition, and the element ids a locator names otherwise than
   * EDGAR's {@code prefix_Local} rule reads them (id to concept name; empty for EDGAR schemas).
   */
  record Schema(List<String> linkbaseRefs, Map<String, String> roleDefinitions, Map<String, String> otherIds,
      List<String> localImports) {}

  static Schema read(Path path, String file) throws IOException {
    List<String> linkbases = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, String> otherIds = new HashMap<>();
    List<String> imports = new ArrayList<>();
    String targetNamespace = null;
    try (SafeXml xml = SafeXml.open(path, file)) {
      XMLStreamReader r = xml.reader();
      String roleUri = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String local = r.getLocalName();
        if (local.equals("schema") && targetNamespace == null) {
          targetNamespace = r.getAttributeValue(null, "targetNamespace");
        } else if (local.equals("element") && targetNamespace != null) {
          otherId(r, targetNamespace, otherIds);
        }
        if ((local.equals("import") || local.equals("include")) && XS.equals(r.getNamespaceURI())) {
          String at = r.getAttributeValue(null, "schemaLocation");
          // A filer's other schemas (an ESEF entry point importing its own elements' schema); never a URL
          if (at != null && !at.isBlank() && !at.strip().matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            imports.add(at.strip());
          }
        }
        if (local.equals("linkbaseRef")) {
          String href = r.getAttributeValue(DocumentReader.XLINK, "href");
          if (href != null) {
            linkbases.add(href);
          }
        } else if (local.equals("roleType")) {
          roleUri = r.getAttributeValue(null, "roleURI");
        } else if (local.equals("definition") && roleUri != null) {
          roles.put(roleUri, xml.elementText().strip());
          roleUri = null;
        }
      }
    }
    return new Schema(linkbases, roles, otherIds, imports);
  }

  /** Notes a declared element whose id EDGAR's rule would read as another name than the instance gives it. */
  private static void otherId(XMLStreamReader r, String namespace, Map<String, String> out) {
    String id = r.getAttributeValue(null, "id");
    String name = r.getAttributeValue(null, "name");
    String prefix = r.getNamespaceContext().getPrefix(namespace);
    if (id == null || name == null || prefix == null || prefix.isEmpty()) {
      return; // no id to point at, or no prefix an instance would name the concept by
    }
    String concept = ConceptNames.of(namespace, prefix, name.strip());
    if (!concept.equals(ConceptNames.ofHref("#" + id.strip()))) {
      out.put(id.strip(), concept);
    }
  }
}
