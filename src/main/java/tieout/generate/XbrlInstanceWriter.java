package tieout.generate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import tieout.taxonomy.Dimensions;
import tieout.ledger.Period;
import tieout.taxonomy.Unit;
import tieout.export.InstanceWriter;
import tieout.export.XbrlExport;

/**
 * Writes a {@link SyntheticLedger} as an XBRL 2.1 instance, streamed block by block (the contexts of
 * an entity-year, then its 125 facts), so a million facts never sit in memory. Values are whole
 * currency units, reported at decimals 0.
 */
final class XbrlInstanceWriter {
  private static final String UNIT_ID = "u1";

  private XbrlInstanceWriter() {}

  static void write(SyntheticLedger ledger, Writer out) throws IOException {
    out.write(InstanceWriter.header(XbrlExport.NAMESPACE));
    out.write("  <xbrli:unit id=\"" + UNIT_ID + "\">" + InstanceWriter.unit(Unit.of("USD")) + "</xbrli:unit>\n");
    StringBuilder b = new StringBuilder(32 * 1024);
    for (int block = 0; block < ledger.blocks(); block++) {
      b.setLength(0);
      String entity = SyntheticLedger.entity(block);
      int year = SyntheticLedger.year(block);
      long[][][] v = ledger.values(block);
      for (int p = 0; p < 5; p++) {
        String[] dates = SyntheticLedger.period(year, p).split("/");
        Period period = Period.duration(LocalDate.parse(dates[0]), LocalDate.parse(dates[1]));
        for (int r = 0; r < 5; r++) {
          Dimensions dims = r == SyntheticLedger.TOTAL ? Dimensions.NONE
              : Dimensions.of("Region", SyntheticLedger.REGIONS.get(r));
          b.append("  <xbrli:context id=\"").append(contextId(block, p, r)).append("\">")
              .append(InstanceWriter.context(entity, period, dims)).append("</xbrli:context>\n");
        }
      }
      for (int p = 0; p < 5; p++) {
        for (int r = 0; r < 5; r++) {
          String context = contextId(block, p, r);
          for (int c = 0; c < 5; c++) {
            InstanceWriter.appendFact(b, SyntheticLedger.CONCEPTS.get(c), context, UNIT_ID, "0",
                Long.toString(v[r][c][p]));
          }
        }
      }
      out.append(b);
    }
    out.write(InstanceWriter.FOOTER);
  }

  private static String contextId(int block, int period, int region) {
    return "c" + (block * 25 + period * 5 + region + 1);
  }
}
