package tieout.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * The manifest of planted discrepancies, one CSV line per check a plant breaks:
 * {@code plant,entity,concept,period,dimensions,original,planted,rule,check_period,check_dimensions}.
 * Every other check of the synthetic ledger passes.
 */
public final class Manifest {
  public static final String HEADER =
      "plant,entity,concept,period,dimensions,original,planted,rule,check_period,check_dimensions";

  private Manifest() {}

  static void write(SyntheticLedger ledger, Writer out) throws IOException {
    out.write(HEADER + "\n");
    for (SyntheticLedger.Plant p : ledger.plants()) {
      for (SyntheticLedger.BrokenCheck check : p.brokenChecks()) {
        out.write(String.join(",",
            Integer.toString(p.id()), p.entity(), p.conceptName(), p.periodText(), p.dimensions(),
            Long.toString(p.original()), Long.toString(p.planted()),
            check.rule(), check.period(), check.dimensions()) + "\n");
      }
    }
  }
}
