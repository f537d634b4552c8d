package tieout.load.xbrl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the standard labels (role {@code http://www.xbrl.org/2003/role/label}) of a label linkbase:
 * the caption a reader knows a concept by. English is preferred when a concept has several languages.
 */
public final class LabelLinkbaseReader {
  public static final String STANDARD = "http://www.xbrl.org/2003/role/label";

  private final Map<String, String> labels = new HashMap<>();
  /** Concepts whose label is an English one: no later label replaces it. */
  private final java.util.Set<String> englishLabel = new java.util.HashSet<>();
  private final ConceptIds ids;

  /** @param ids the element ids of the filing's schemas that name concepts otherwise than EDGAR's rule */
  LabelLinkbaseReader(ConceptIds ids) {
    this.ids = ids;
  }

  void read(Path path, String file) throws IOException {
    try (SafeXml xml = SafeXml.open(path, file)) {
      XMLStreamReader r = xml.reader();
      Map<String, List<String>> locators = new HashMap<>();
      Map<String, String[]> resources = new HashMap<>(); // label -> text, lang
      List<String[]> arcs = new ArrayList<>();
      XmlBase base = new XmlBase("labelLink", ids);
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("labelLink")) {
          resolve(locators, resources, arcs);
          locators.clear();
          resources.clear();
          arcs.clear();
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        base.enter(r);
        switch (r.getLocalName()) {
          case "loc" -> {
            String label = r.getAttributeValue(DocumentReader.XLINK, "label");
            String concept = base.locatorConcept(r);
            if (label != null && concept != null) {
              locators.computeIfAbsent(label, k -> new ArrayList<>()).add(concept);
            }
          }
          case "label" -> {
            String role = r.getAttributeValue(DocumentReader.XLINK, "role");
            String label = r.getAttributeValue(DocumentReader.XLINK, "label");
            String lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
            String text = xml.elementText().strip();
            if (label != null && (role == null || role.equals(STANDARD))) {
              String[] known = resources.get(label);
              if (known == null || (!english(known[1]) && english(lang))) {
                resources.put(label, new String[] {text, lang});
              }
            }
          }
          case "labelArc" -> arcs.add(new String[] {
            r.getAttributeValue(DocumentReader.XLINK, "from"), r.getAttributeValue(DocumentReader.XLINK, "to")});
          default -> {
            // roleRef and the like
          }
        }
      }
    }
  }

  private static boolean english(String lang) {
    return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en");
  }

  private void resolve(Map<String, List<String>> locators, Map<String, String[]> resources, List<String[]> arcs) {
    for (String[] arc : arcs) {
      String[] resource = resources.get(arc[1]);
      if (resource == null) {
        continue;
      }
      for (String concept : locators.getOrDefault(arc[0], List.of())) {
        // English wins across linkbases too (ESEF packages have _lab-de.xml beside _lab-en.xml)
        if (english(resource[1]) && !englishLabel.contains(concept)) {
          labels.put(concept, resource[0]);
          englishLabel.add(concept);
        } else {
          labels.putIfAbsent(concept, resource[0]);
        }
      }
    }
  }

  /** Concept name to standard label. */
  Map<String, String> labels() {
    return labels;
  }
}
