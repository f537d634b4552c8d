package tieout.generate;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link SyntheticLedger} in the tidy CSV layout, one fact per line. */
final class TidyCsvWriter {
  private TidyCsvWriter() {}

  static void write(SyntheticLedger ledger, Writer out) throws IOException {
    out.write("entity,concept,period,Region,value\n");
    StringBuilder line = new StringBuilder(80);
    for (int block = 0; block < ledger.blocks(); block++) {
      String entity = SyntheticLedger.entity(block);
      int year = SyntheticLedger.year(block);
      long[][][] v = ledger.values(block);
      for (int p = 0; p < 5; p++) {
        String period = SyntheticLedger.period(year, p);
        for (int r = 0; r < 5; r++) {
          String region = r == SyntheticLedger.TOTAL ? "" : SyntheticLedger.REGIONS.get(r);
          for (int c = 0; c < 5; c++) {
            line.setLength(0);
            line.append(entity).append(',').append(SyntheticLedger.CONCEPTS.get(c)).append(',')
                .append(period).append(',').append(region).append(',').append(v[r][c][p]).append('\n');
            out.append(line);
          }
        }
      }
    }
  }
}
