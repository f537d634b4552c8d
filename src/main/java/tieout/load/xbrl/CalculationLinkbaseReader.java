package tieout.load.xbrl;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;

/**
 * Reads the summation-item arcs of calculation linkbases (the 2003 arcrole and Calculations 1.1's),
 * grouped by extended link role and total. A prohibited arc ({@code use="prohibited"}) removes the arc
 * it names; arcs repeated across files count once.
 */
final class CalculationLinkbaseReader {
  static final Set<String> SUMMATION_ITEM = Set.of(
      "http://www.xbrl.org/2003/arcrole/summation-item", "https://xbrl.org/2023/arcrole/summation-item");

  private record Arc(String role, String from, String to) {}

  private final Map<Arc, BigDecimal> arcs = new LinkedHashMap<>();
  private final Set<Arc> prohibited = new HashSet<>();

  /**
   * Adds the arcs of linkbase {@code path} (named {@code file} in messages).
   *
   * @throws UserException when the linkbase is not well formed or an arc's weight is no number
   */
  void read(Path path, String file) throws IOException {
    try (SafeXml xml = SafeXml.open(path, file)) {
      XMLStreamReader r = xml.reader();
      String role = null;
      Map<String, List<String>> locators = new HashMap<>();
      List<String[]> pending = new ArrayList<>(); // from label, to label, weight, use, where
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("calculationLink")) {
          resolve(role, locators, pending);
          role = null;
          locators.clear();
          pending.clear();
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "calculationLink" -> role = r.getAttributeValue(DocumentReader.XLINK, "role");
          case "loc" -> {
            String label = r.getAttributeValue(DocumentReader.XLINK, "label");
            String href = r.getAttributeValue(DocumentReader.XLINK, "href");
            if (label != null && href != null) {
              locators.computeIfAbsent(label, k -> new ArrayList<>()).add(ConceptNames.ofHref(href));
            }
          }
          case "calculationArc" -> {
            if (SUMMATION_ITEM.contains(r.getAttributeValue(DocumentReader.XLINK, "arcrole"))) {
              pending.add(new String[] {
                r.getAttributeValue(DocumentReader.XLINK, "from"),
                r.getAttributeValue(DocumentReader.XLINK, "to"),
                r.getAttributeValue(null, "weight"),
                r.getAttributeValue(null, "use"),
                xml.here()
              });
            }
          }
          default -> {
            // roleRef, arcroleRef, documentation: nothing to read
          }
        }
      }
    }
  }

  private void resolve(String role, Map<String, List<String>> locators, List<String[]> pending) {
    for (String[] a : pending) {
      boolean prohibits = "prohibited".equals(a[3]);
      BigDecimal weight = BigDecimal.ONE; // a prohibiting arc needs none: it only removes
      try {
        if (!prohibits) {
          // 1.0 as 1, so that weighted sums keep the scale of the figures as printed
          weight = new BigDecimal(a[2] == null ? "" : a[2].strip()).stripTrailingZeros();
          weight = weight.scale() < 0 ? weight.setScale(0) : weight;
        }
      } catch (NumberFormatException e) {
        throw UserException.at(a[4], "expected a weight such as 1 or -1 on the calculation arc, found \"" + a[2] + "\"");
      }
      for (String from : locators.getOrDefault(a[0], List.of())) {
        for (String to : locators.getOrDefault(a[1], List.of())) {
          Arc arc = new Arc(role == null ? "" : role, from, to);
          if (prohibits) {
            prohibited.add(arc);
          } else {
            arcs.putIfAbsent(arc, weight);
          }
        }
      }
    }
  }

  /** The summations read, by role and total, items in the order of their arcs. */
  List<Summation> summations() {
    Map<List<String>, ImmutableList.Builder<Summation.Item>> byTotal = new LinkedHashMap<>();
    arcs.forEach((arc, weight) -> {
      if (!prohibited.contains(arc)) {
        byTotal.computeIfAbsent(List.of(arc.role(), arc.from()), k -> ImmutableList.builder())
            .add(new Summation.Item(arc.to(), weight));
      }
    });
    List<Summation> out = new ArrayList<>();
    byTotal.forEach((key, items) -> out.add(new Summation(key.get(0), key.get(1), items.build())));
    return out;
  }
}
