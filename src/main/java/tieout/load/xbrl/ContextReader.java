package tieout.load.xbrl;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.ledger.Period;
import tieout.taxonomy.Dimensions;

/**
 * Reads one {@code xbrli:context} element. Dimensions come from {@code xbrldi:explicitMember}
 * (axis and member QNames, prefixes dropped as for SEC data sets) and {@code xbrldi:typedMember}
 * (the axis and the typed value's text), in the segment or the scenario alike; any other content of
 * a segment or scenario is a dimension named by its element ({@code s:Region=North}).
 */
final class ContextReader {
  private ContextReader() {}

  /**
   * Reads the context whose start tag is the current event, up to its end tag.
   *
   * @param days the dates already parsed in this document: contexts repeat a few periods
   * @throws MalformedPart naming the place when the period or a dimension is malformed
   */
  static XbrlContext read(SafeXml xml, Days days) {
    XMLStreamReader r = xml.reader();
    String id = r.getAttributeValue(null, "id");
    String where = xml.here();
    if (id == null || id.isBlank()) {
      throw new MalformedPart(where, "expected an id on <context>, found none");
    }
    String entity = null;
    String start = null;
    String end = null;
    String instant = null;
    boolean forever = false;
    TreeMap<String, String> dims = new TreeMap<>();
    int depth = 1;
    int container = -1; // the depth of the segment or scenario being read
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == container) {
          container = -1;
        }
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      switch (name) {
        case "identifier" -> entity = xml.elementText().strip();
        case "startDate" -> start = xml.elementText().strip();
        case "endDate" -> end = xml.elementText().strip();
        case "instant" -> instant = xml.elementText().strip();
        case "forever" -> {
          forever = true;
          depth++;
        }
        case "explicitMember" -> {
          String axis = r.getAttributeValue(null, "dimension");
          String at = xml.here();
          String member = xml.elementText().strip();
          put(dims, axis, member, at, id);
        }
        case "typedMember" -> {
          String axis = r.getAttributeValue(null, "dimension");
          String at = xml.here();
          put(dims, axis, typedValue(xml), at, id);
        }
        case "segment", "scenario" -> container = ++depth;
        default -> {
          if (depth == container) {
            nonDimensional(xml, dims);
          } else {
            depth++;
          }
        }
      }
    }
    if (entity == null || entity.isEmpty()) {
      throw new MalformedPart(where, "expected an <identifier> in the entity of context '" + id + "', found none");
    }
    Period period;
    try {
      if (forever) {
        period = Period.FOREVER;
      } else if (instant != null) {
        period = Period.instant(days.end(instant));
      } else if (start != null && end != null) {
        period = Period.duration(days.start(start), days.end(end));
      } else {
        throw new MalformedPart(where, "expected <instant>, <startDate> and <endDate>, or <forever> in the period of"
            + " context '" + id + "', found none");
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new MalformedPart(where, "expected dates such as 2024-12-31 in the period of context '" + id + "', found "
          + (instant != null ? "'" + instant + "'" : "'" + start + "' to '" + end + "'"));
    }
    return new XbrlContext(id, entity, period, Dimensions.of(dims));
  }

  private static void put(TreeMap<String, String> dims, String axis, String member, String at, String id) {
    if (axis == null || axis.isBlank() || member.isEmpty()) {
      throw new MalformedPart(at, "expected a dimension attribute and a member in context '" + id + "', found '"
          + axis + "' and '" + member + "'");
    }
    dims.put(ConceptNames.local(axis), member.contains(":") && !member.contains(" ")
        ? ConceptNames.local(member) : member);
  }

  /**
   * Content of a segment or scenario that is no dimension (XBRL 2.1 without Dimensions: older and
   * non-EDGAR instances write {@code <s:Region>North</s:Region>}): it tells contexts apart as a
   * dimension does, so it is one, named by the element's QName as written ({@code s:Region=North});
   * an axis is named without its prefix, so the two never meet. Attributes are not compared.
   */
  private static void nonDimensional(SafeXml xml, TreeMap<String, String> dims) {
    XMLStreamReader r = xml.reader();
    String prefix = r.getPrefix();
    String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + r.getLocalName();
    StringBuilder text = new StringBuilder();
    xml.readToEnd(text);
    String value = text.toString().strip().replaceAll("\\s+", " ");
    dims.merge(name, value.isEmpty() ? "(empty)" : value, (a, b) -> a + "; " + b);
  }

  /** The text inside a typed member's one child element (e.g. a date or a number). */
  private static String typedValue(SafeXml xml) {
    StringBuilder text = new StringBuilder();
    xml.readToEnd(text);
    String value = text.toString().strip();
    return value.isEmpty() ? "(empty)" : value;
  }

  /**
   * The start and end dates of one document's contexts, each text parsed once: a big instance has
   * thousands of contexts and a few periods. A text that does not parse is not kept, and throws each time.
   */
  static final class Days {
    private final Map<String, LocalDate> starts = new HashMap<>();
    private final Map<String, LocalDate> ends = new HashMap<>();

    LocalDate start(String text) {
      return starts.computeIfAbsent(text, ContextReader::startDate);
    }

    LocalDate end(String text) {
      return ends.computeIfAbsent(text, ContextReader::endDate);
    }
  }

  /** A start date (or date-time) is the start of that day. */
  private static LocalDate startDate(String text) {
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  /**
   * An end date or instant: a plain date means the end of that day; a date-time at midnight is the
   * end of the day before (XBRL 2.1, 4.7.2).
   */
  private static LocalDate endDate(String text) {
    if (text.length() > 10) {
      LocalDate day = LocalDate.parse(text.substring(0, 10));
      return text.substring(10).startsWith("T00:00:00") ? day.minusDays(1) : day;
    }
    return LocalDate.parse(text);
  }
}
