package tieout.load.xbrl;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.taxonomy.Unit;

/**
 * Reads one {@code xbrli:unit}: a measure ({@code iso4217:USD} is {@code USD}, {@code xbrli:shares}
 * is {@code shares}), several multiplied ({@code a*b}, in name order whatever the written order), or a divide. A currency per share is
 * tieout's per-share unit ({@code USD/share}), as the rules and the SEC reader write it.
 */
final class UnitReader {
  private UnitReader() {}

  /** A unit id and its tieout unit. */
  record Read(String id, Unit unit) {}

  /**
   * Reads the unit whose start tag is the current event, up to its end tag.
   *
   * @throws MalformedPart naming the place when it has no id or no measure
   */
  static Read read(SafeXml xml) {
    XMLStreamReader r = xml.reader();
    String id = r.getAttributeValue(null, "id");
    String where = xml.here();
    if (id == null || id.isBlank()) {
      throw new MalformedPart(where, "expected an id on <unit>, found none");
    }
    List<String> numerator = new ArrayList<>();
    List<String> denominator = new ArrayList<>();
    boolean inDenominator = false;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (r.getLocalName().equals("unitDenominator")) {
          inDenominator = false;
        }
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("measure")) {
          String measure = ConceptNames.local(xml.elementText());
          (inDenominator ? denominator : numerator).add(measure);
        } else {
          depth++;
          inDenominator |= name.equals("unitDenominator");
        }
      }
    }
    if (numerator.isEmpty()) {
      throw new MalformedPart(where, "expected at least one <measure> in unit '" + id + "', found none");
    }
    // Units are equal when their measures are, in any order (XBRL 2.1 §4.10, u-equal): one order for all.
    numerator.sort(null);
    denominator.sort(null);
    String top = String.join("*", numerator);
    if (denominator.isEmpty()) {
      return new Read(id, Unit.of(top));
    }
    String bottom = String.join("*", denominator);
    return new Read(id, Unit.of(top + "/" + (bottom.equals("shares") ? "share" : bottom)));
  }
}
