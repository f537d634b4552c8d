package tieout.load.xbrl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
  private SchemaReader() {}

  /** The linkbase hrefs and role URI to definition. */
  record Schema(List<String> linkbaseRefs, Map<String, String> roleDefinitions) {}

  static Schema read(Path path, String file) throws IOException {
    List<String> linkbases = new ArrayList<>();
    Map<String, String> roles = new LinkedHashMap<>();
    try (SafeXml xml = SafeXml.open(path, file)) {
      XMLStreamReader r = xml.reader();
      String roleUri = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String local = r.getLocalName();
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
    return new Schema(linkbases, roles);
  }
}
