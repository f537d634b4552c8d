package tieout.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tieout.io.AtomicFile;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.RuleSet;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Unit;

/**
 * Writes a ledger as an xBRL-CSV 1.0 report (the Open Information Model's CSV form): the metadata
 * {@code ledger.json} (document type {@value #DOCUMENT_TYPE}, one table template) and the table
 * {@code ledger.csv}, a row per fact with its concept, entity, period, unit, decimals, one column per
 * dimension and the value; beside them the taxonomy the metadata names ({@code ledger.xsd}, its
 * calculation and label linkbases), as {@link XbrlExport} writes it.
 *
 * <p>Cells follow xBRL-CSV: concepts, units and members are SQNames of the {@code tieout}
 * namespace ({@code iso4217:USD}, {@code iso4217:USD/xbrli:shares}); a pure unit, an absent
 * dimension and a forever period are empty cells (the dimension is absent); a nil fact is
 * {@code #nil}; periods are the abbreviated dates ({@code 2013-12-31}, {@code 2013-01-01/2013-12-31}).
 */
public final class XbrlCsvExport {
  public static final String DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-csv";
  static final String ENTITY_SCHEME = "http://tieout.dev/entity";
  private static final String TEMPLATE = "facts";

  private XbrlCsvExport() {}

  public static XbrlExport.Written write(Ledger ledger, RuleSet rules, Path dir) throws IOException {
    // Axes in name order, each a column "dim_<axis>" (an xBRL-CSV identifier).
    TreeSet<String> axes = new TreeSet<>();
    List<Concept> concepts = new ArrayList<>();
    for (Fact f : ledger.facts()) {
      axes.addAll(f.dimensions().members().keySet());
      concepts.add(f.concept());
    }
    Map<String, String> axisColumns = new LinkedHashMap<>();
    for (String axis : axes) {
      axisColumns.put(axis, column(axis, axisColumns.values()));
    }
    XbrlExport.Written written = XbrlExport.write(concepts, ledger.facts().size(), rules, dir, null);
    AtomicFile.write(dir.resolve("ledger.csv"), out -> table(out, ledger, axisColumns));
    AtomicFile.write(dir.resolve("ledger.json"), out -> metadata(out, axisColumns));
    return written;
  }

  /** {@code dim_} and the axis with every character an identifier cannot hold as {@code _}, unique. */
  private static String column(String axis, java.util.Collection<String> taken) {
    String base = "dim_" + axis.replaceAll("[^A-Za-z0-9_.-]", "_");
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  private static void metadata(Writer out, Map<String, String> axisColumns) throws IOException {
    JsonWriter json = new JsonWriter(out);
    json.setIndent("  ");
    json.beginObject();
    json.name("documentInfo").beginObject();
    json.name("documentType").value(DOCUMENT_TYPE);
    json.name("namespaces").beginObject();
    json.name("tieout").value(XbrlExport.NAMESPACE);
    json.name("entity").value(ENTITY_SCHEME);
    json.name("iso4217").value("http://www.xbrl.org/2003/iso4217");
    json.name("xbrli").value("http://www.xbrl.org/2003/instance");
    json.endObject();
    json.name("taxonomy").beginArray().value("ledger.xsd").endArray();
    json.endObject();

    json.name("tableTemplates").beginObject();
    json.name(TEMPLATE).beginObject();
    json.name("columns").beginObject();
    for (String c : List.of("concept", "entity", "period", "unit", "decimals")) {
      json.name(c).beginObject().endObject(); // property value columns, referred to by "$name"
    }
    for (String c : axisColumns.values()) {
      json.name(c).beginObject().endObject();
    }
    json.name("value").beginObject();
    json.name("dimensions").beginObject().name("concept").value("$concept").endObject();
    json.name("decimals").value("$decimals");
    json.endObject();
    json.endObject();
    json.name("dimensions").beginObject();
    json.name("entity").value("$entity");
    json.name("period").value("$period");
    json.name("unit").value("$unit");
    for (Map.Entry<String, String> a : axisColumns.entrySet()) {
      json.name("tieout:" + a.getKey()).value("$" + a.getValue());
    }
    json.endObject();
    json.endObject();
    json.endObject();

    json.name("tables").beginObject();
    json.name(TEMPLATE).beginObject().name("url").value("ledger.csv").name("template").value(TEMPLATE).endObject();
    json.endObject();
    json.endObject();
    json.flush();
    out.write("\n");
  }

  private static void table(Writer out, Ledger ledger, Map<String, String> axisColumns) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build());
    List<String> header = new ArrayList<>(List.of("concept", "entity", "period", "unit", "decimals"));
    header.addAll(axisColumns.values());
    header.add("value");
    csv.printRecord(header);
    List<String> row = new ArrayList<>(header.size());
    for (Fact f : ledger.facts()) {
      row.clear();
      row.add("tieout:" + f.concept().name());
      row.add("entity:" + f.entity());
      row.add(f.period().isForever() ? "" : f.period().toString());
      row.add(unit(f.unit()));
      row.add(f.isNil() ? "" : f.decimals().toString());
      Map<String, String> members = f.dimensions().members();
      for (String axis : axisColumns.keySet()) {
        String member = members.get(axis);
        row.add(member == null ? "" : "tieout:" + member);
      }
      row.add(f.isNil() ? "#nil" : f.amount().toPlainString());
      csv.printRecord(row);
    }
    csv.flush();
  }

  /** The OIM unit string: measures as SQNames, a divide as {@code num/den}; pure is no unit at all. */
  static String unit(Unit unit) {
    String id = unit.id();
    int slash = id.indexOf('/');
    if (slash < 0) {
      return id.equals("pure") ? "" : Measures.qname(id);
    }
    return Measures.qname(id.substring(0, slash)) + "/" + Measures.qname(id.substring(slash + 1));
  }

}
