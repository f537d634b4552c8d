package tieout.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.taxonomy.Unit;
import tieout.taxonomy.Dimensions;

/**
 * An XBRL 2.1 instance of a ledger's facts: one context per entity, period and dimensions (explicit
 * members in the segment), one unit per tieout unit (a currency per share as a divide), each fact
 * with its decimals, or {@code xsi:nil}.
 */
public final class InstanceWriter {
  private InstanceWriter() {}

  static void write(Writer out, Ledger ledger, String namespace) throws IOException {
    Map<String, String> contexts = new LinkedHashMap<>();
    Map<Unit, String> units = new LinkedHashMap<>();
    StringBuilder facts = new StringBuilder();
    StringBuilder heads = new StringBuilder();
    for (Fact f : ledger.facts()) {
      String context = context(f.entity(), f.period(), f.dimensions());
      String cid = contexts.get(context);
      if (cid == null) {
        cid = "c" + (contexts.size() + 1);
        contexts.put(context, cid);
        heads.append("  <xbrli:context id=\"").append(cid).append("\">").append(context).append("</xbrli:context>\n");
      }
      String uid = units.get(f.unit());
      if (uid == null) {
        uid = "u" + (units.size() + 1);
        units.put(f.unit(), uid);
        heads.append("  <xbrli:unit id=\"").append(uid).append("\">").append(unit(f.unit())).append("</xbrli:unit>\n");
      }
      appendFact(facts, f.concept().name(), cid, uid, f.isNil() ? null : f.decimals().toString(),
          f.isNil() ? null : f.amount().toPlainString());
    }
    out.write(header(namespace));
    out.write(heads.toString());
    out.write(facts.toString());
    out.write(FOOTER);
  }

  /** One fact's line: {@code value} null for {@code xsi:nil}. */
  public static void appendFact(StringBuilder b, String concept, String contextId, String unitId, String decimals,
      String value) {
    b.append("  <tieout:").append(concept).append(" contextRef=\"").append(contextId)
        .append("\" unitRef=\"").append(unitId).append('"');
    if (value == null) {
      b.append(" xsi:nil=\"true\"/>\n");
    } else {
      b.append(" decimals=\"").append(decimals).append("\">").append(value)
          .append("</tieout:").append(concept).append(">\n");
    }
  }

  /** The instance's end tag. */
  public static final String FOOTER = "</xbrli:xbrl>\n";

  /** The XML declaration, the root's start tag with its namespaces, and the schemaRef to {@code ledger.xsd}. */
  public static String header(String namespace) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\""
        + " xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " xmlns:tieout=\"" + namespace + "\">\n"
        + "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"ledger.xsd\"/>\n";
  }

  /** The content of an {@code xbrli:context}: entity, explicit members in the segment, period. */
  public static String context(String entity, Period period, Dimensions dims) {
    StringBuilder b = new StringBuilder("<xbrli:entity><xbrli:identifier scheme=\"http://tieout.dev/entity\">")
        .append(Xml.escape(entity)).append("</xbrli:identifier>");
    if (!dims.isEmpty()) {
      b.append("<xbrli:segment>");
      dims.members().forEach((axis, member) -> b.append("<xbrldi:explicitMember dimension=\"tieout:")
          .append(Xml.escape(axis)).append("\">tieout:").append(Xml.escape(member)).append("</xbrldi:explicitMember>"));
      b.append("</xbrli:segment>");
    }
    b.append("</xbrli:entity><xbrli:period>").append(XbrlExport.period(period)).append("</xbrli:period>");
    return b.toString();
  }

  /** The content of an {@code xbrli:unit}. */
  public static String unit(Unit unit) {
    String id = unit.id();
    int slash = id.indexOf('/');
    if (slash < 0) {
      return "<xbrli:measure>" + Measures.qname(id) + "</xbrli:measure>";
    }
    return "<xbrli:divide><xbrli:unitNumerator><xbrli:measure>" + Measures.qname(id.substring(0, slash))
        + "</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>"
        + Measures.qname(id.substring(slash + 1)) + "</xbrli:measure></xbrli:unitDenominator></xbrli:divide>";
  }

}
