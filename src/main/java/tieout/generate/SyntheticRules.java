package tieout.generate;

import java.io.IOException;
import java.io.Writer;

/** Writes the taxonomy and rules a {@link SyntheticLedger} is checked with. */
final class SyntheticRules {
  private SyntheticRules() {}

  static void writeTaxonomy(Writer out) throws IOException {
    out.write("# Taxonomy of a synthetic ledger written by 'tieout generate'.\n");
    out.write("fiscal-year-end December 31\n\n");
    out.write("axis Region\n");
    for (String region : SyntheticLedger.REGIONS) {
      out.write("  member " + region + " \"" + region + "\"\n");
    }
    String[] balances = {"credit", "debit", "credit", "debit", "credit"};
    for (int c = 0; c < SyntheticLedger.CONCEPTS.size(); c++) {
      String concept = SyntheticLedger.CONCEPTS.get(c);
      out.write("\nconcept " + concept + " monetary duration " + balances[c] + "\n");
      out.write("  label \"" + caption(concept, SyntheticLedger.TOTAL) + "\"\n");
      for (int r = 0; r < SyntheticLedger.REGIONS.size(); r++) {
        out.write("  label \"" + caption(concept, r) + "\" member Region=" + SyntheticLedger.REGIONS.get(r) + "\n");
      }
    }
  }

  static void writeRules(Writer out) throws IOException {
    out.write("# Rules of a synthetic ledger written by 'tieout generate'.\n\n");
    out.write("rule IS-ROLLUP \"The quarters sum to the year\"\n  rollup quarters of all additive\n\n");
    for (String concept : SyntheticLedger.CONCEPTS) {
      out.write("rule BD-" + SyntheticLedger.ruleSuffix(concept) + " \"The regions sum to the total\"\n");
      out.write("  breakdown " + concept + " by Region\n\n");
    }
    out.write("rule SUM-GP \"Gross profit is revenue less cost of revenue\"\n");
    out.write("  sum GrossProfit = Revenue - CostOfRevenue\n\n");
    out.write("rule SUM-OI \"Operating income is gross profit less operating expenses\"\n");
    out.write("  sum OperatingIncome = GrossProfit - OperatingExpenses\n");
  }

  /** The row caption of a concept for a region (or the total) in the xlsx layout. */
  static String caption(String concept, int region) {
    String words = concept.replaceAll("([a-z])([A-Z])", "$1 $2");
    return region == SyntheticLedger.TOTAL ? words : words + " - " + SyntheticLedger.REGIONS.get(region);
  }
}
