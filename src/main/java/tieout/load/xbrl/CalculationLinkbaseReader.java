package tieout.load.xbrl;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;

/**
 * Reads the summation-item arcs of calculation linkbases (the 2003 arcrole and Calculations 1.1's),
 * grouped by extended link role and total, and resolves them as XBRL 2.1 §3.5.3.9.7 does: arcs that
 * are equivalent (same role, total, item, weight and order, in any of the linkbases) make one
 * relationship; of these the highest {@code priority} decides, and a {@code use="prohibited"} arc among
 * the highest removes it. Arcs with another weight or order are other relationships.
 */
final class CalculationLinkbaseReader {
  static final Set<String> SUMMATION_ITEM = Set.of(
      "http://www.xbrl.org/2003/arcrole/summation-item", "https://xbrl.org/2023/arcrole/summation-item");

  /** What makes two arcs equivalent. A prohibiting arc without a weight has weight null: it matches any. */
  private record Key(String role, String from, String to, BigDecimal weight, BigDecimal order) {}

  /** The deciding priority of each relationship so far, and whether a prohibiting arc holds it. */
  private static final class Verdict {
    int priority = Integer.MIN_VALUE;
    boolean prohibited;

    void add(int p, boolean prohibits) {
      if (p > priority) {
        priority = p;
        prohibited = prohibits;
      } else if (p == priority) {
        prohibited |= prohibits;
      }
    }
  }

  /** In the order first read; the verdicts of prohibiting arcs without a weight are kept apart. */
  private final Map<Key, Verdict> arcs = new LinkedHashMap<>();
  private final Map<Key, Verdict> anyWeight = new HashMap<>();
  /** Calculation arcs of any other arcrole, by arcrole: not read, but said, so none is dropped unseen. */
  private final Map<String, Integer> otherArcroles = new LinkedHashMap<>();
  private final ConceptIds ids;

  /** @param ids the element ids of the filing's schemas that name concepts otherwise than EDGAR's rule */
  CalculationLinkbaseReader(ConceptIds ids) {
    this.ids = ids;
  }

  /**
   * Adds the arcs of linkbase {@code path} (named {@code file} in messages).
   *
   * @throws UserException when the linkbase is not well formed or an arc's weight, order or priority is
   *     no number
   */
  void read(Path path, String file) throws IOException {
    try (SafeXml xml = SafeXml.open(path, file)) {
      XMLStreamReader r = xml.reader();
      String role = null;
      XmlBase base = new XmlBase("calculationLink", ids);
      Map<String, List<String>> locators = new HashMap<>();
      List<String[]> pending = new ArrayList<>(); // from label, to label, weight, use, where, order, priority
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
        base.enter(r);
        switch (r.getLocalName()) {
          case "calculationLink" -> {
            role = r.getAttributeValue(DocumentReader.XLINK, "role");
          }
          case "loc" -> {
            String label = r.getAttributeValue(DocumentReader.XLINK, "label");
            String concept = base.locatorConcept(r);
            if (label != null && concept != null) {
              locators.computeIfAbsent(label, k -> new ArrayList<>()).add(concept);
            }
          }
          case "calculationArc" -> {
            String arcrole = r.getAttributeValue(DocumentReader.XLINK, "arcrole");
            if (arcrole == null || !SUMMATION_ITEM.contains(arcrole)) { // Set.of refuses contains(null)
              otherArcroles.merge(arcrole == null ? "(none)" : arcrole, 1, Integer::sum);
            } else {
              pending.add(new String[] {
                r.getAttributeValue(DocumentReader.XLINK, "from"),
                r.getAttributeValue(DocumentReader.XLINK, "to"),
                r.getAttributeValue(null, "weight"),
                r.getAttributeValue(null, "use"),
                xml.here(),
                r.getAttributeValue(null, "order"),
                r.getAttributeValue(null, "priority")
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

  /** The arcroles of calculation arcs not read, each with how many arcs carry it, in the order first met. */
  Map<String, Integer> otherArcroles() {
    return otherArcroles;
  }

  private void resolve(String role, Map<String, List<String>> locators, List<String[]> pending) {
    for (String[] a : pending) {
      boolean prohibits = "prohibited".equals(a[3] == null ? null : a[3].strip());
      // A prohibiting arc must repeat the weight to be equivalent; one without any still removes the arc.
      BigDecimal weight = prohibits && a[2] == null ? null : number(a[2], a[4], "a weight such as 1 or -1");
      if (weight != null) {
        // 1.0 as 1, so that weighted sums keep the scale of the figures as printed
        weight = weight.stripTrailingZeros();
        weight = weight.scale() < 0 ? weight.setScale(0) : weight;
      }
      BigDecimal order = a[5] == null ? BigDecimal.ONE : number(a[5], a[4], "an order such as 1 or 2.5");
      int priority = a[6] == null ? 0 : priority(a[6], a[4]);
      for (String from : locators.getOrDefault(a[0], List.of())) {
        for (String to : locators.getOrDefault(a[1], List.of())) {
          Key key = new Key(role == null ? "" : role, from, to, weight, order.stripTrailingZeros());
          (weight == null ? anyWeight : arcs).computeIfAbsent(key, k -> new Verdict()).add(priority, prohibits);
        }
      }
    }
  }

  private static BigDecimal number(String text, String where, String expected) {
    try {
      return new BigDecimal(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw UserException.at(where, "expected " + expected + " on the calculation arc, found "
          + (text == null ? "none" : "\"" + text + "\""));
    }
  }

  private static int priority(String text, String where) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw UserException.at(where, "expected a priority such as 0 or 1 (a whole number) on the calculation arc,"
          + " found \"" + text + "\"");
    }
  }

  /** The summations read, by role and total, items in the order of their arcs. */
  List<Summation> summations() {
    Map<List<String>, ImmutableList.Builder<Summation.Item>> byTotal = new LinkedHashMap<>();
    arcs.forEach((key, verdict) -> {
      Verdict any = anyWeight.get(new Key(key.role(), key.from(), key.to(), null, key.order()));
      boolean removed = verdict.prohibited && verdict.priority >= (any == null ? Integer.MIN_VALUE : any.priority)
          || any != null && any.prohibited && any.priority >= verdict.priority;
      if (!removed) {
        byTotal.computeIfAbsent(List.of(key.role(), key.from()), k -> ImmutableList.builder())
            .add(new Summation.Item(key.to(), key.weight()));
      }
    });
    List<Summation> out = new ArrayList<>();
    byTotal.forEach((key, items) -> out.add(new Summation(key.get(0), key.get(1), items.build())));
    return out;
  }
}
