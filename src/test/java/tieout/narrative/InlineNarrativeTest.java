package tieout.narrative;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

/** The prose of an Inline XBRL document tied to its own tagged facts. */
class InlineNarrativeTest {
  @TempDir Path dir;

  private static final String HEAD = "\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\""
      + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\""
      + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:ixt=\"http://www.xbrl.org/inlineXBRL/transformation/2020-02-12\""
      + " xmlns:us-gaap=\"http://fasb.org/us-gaap/2024\" xmlns:acme=\"http://acme.example/2024\"><head><title>10-K</title></head><body>\n"
      + "<div style=\"display:none\"><ix:header><ix:resources>\n"
      + context("FY24", "2024-01-01", "2024-12-31", "") + context("FY23", "2023-01-01", "2023-12-31", "")
      + context("FY24W", "2024-01-01", "2024-12-31", "<xbrli:segment><xbrldi:explicitMember dimension=\"srt:StatementGeographicalAxis\">acme:WestMember</xbrldi:explicitMember></xbrli:segment>")
      + "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
      + "</ix:resources></ix:header></div>\n";

  private static String context(String id, String start, String end, String segment) {
    return "<xbrli:context id=\"" + id + "\"><xbrli:entity><xbrli:identifier scheme=\"s\">ACME</xbrli:identifier>" + segment
        + "</xbrli:entity><xbrli:period><xbrli:startDate>" + start + "</xbrli:startDate><xbrli:endDate>" + end
        + "</xbrli:endDate></xbrli:period></xbrli:context>\n";
  }

  private static String fact(String concept, String context, String id, String millions) {
    return "<ix:nonFraction name=\"" + concept + "\" contextRef=\"" + context + "\" unitRef=\"USD\" decimals=\"-6\""
        + " scale=\"6\" format=\"ixt:num-dot-decimal\" id=\"" + id + "\">" + millions + "</ix:nonFraction>";
  }

  private static final String BODY =
      "<div><span>Operating income of $9.7\u202Fbillion increased 7% from 2023.</span></div>\n"
          + "<div><span>Operating income was $7.9 billion in 2024.</span></div>\n"
          + "<div><span>Revenues in the West were $2.1 billion in 2024.</span></div>\n"
          + "<div><span>Freight revenues of $2.6 billion and $3.0 billion in 2024 and 2023, respectively.</span></div>\n"
          + "<div><span>Operating income was $" + fact("us-gaap:OperatingIncomeLoss", "FY24", "t1", "9,713") + " million.</span></div>\n"
          + "<table><tr><td>Operating income</td><td>$</td><td>" + fact("us-gaap:OperatingIncomeLoss", "FY24", "f1", "9,713")
          + "</td><td>" + fact("us-gaap:OperatingIncomeLoss", "FY23", "f2", "9,082") + "</td></tr>\n"
          + "<tr><td>Revenues</td><td>" + fact("us-gaap:Revenues", "FY24", "f3", "24,250") + "</td></tr>\n"
          + "<tr><td>West</td><td>" + fact("us-gaap:Revenues", "FY24W", "f4", "2,100") + "</td></tr>\n"
          + "<tr><td>Total</td><td>$ 1,000 million</td></tr></table>\n";

  @Test
  void untaggedFiguresOfTheProseAreTiedToTheTaggedFacts() throws Exception {
    Path file = dir.resolve("acme-10k.htm");
    Files.writeString(file, HEAD + BODY + "</body></html>\n");
    NarrativeResult r = InlineNarrative.check(file, Taxonomy.builder().build(), LoadOptions.within(Limits.DEFAULT));
    List<String> lines = NarrativeReport.ordered(r).stream()
        .map(c -> c.status() + " " + c.location().substring(dir.toString().length() + 1) + " " + c.amountText() + " "
            + c.concept().map(k -> k.name()).orElse("-") + " " + c.period().map(Object::toString).orElse("-")
            + c.fact().map(f -> " " + f.source()).orElse(""))
        .toList();
    // Locations are the paragraph's in the document; the tagged figures (t1 in the prose, the table's) are no claims.
    assertThat(lines, contains(
        "CONTRADICTED acme-10k.htm:11:6 $7.9 billion OperatingIncomeLoss 2024-01-01/2024-12-31 acme-10k.htm:14:34 #t1",
        "TIED acme-10k.htm:10:6 $9.7 billion OperatingIncomeLoss 2024-01-01/2024-12-31 acme-10k.htm:14:34 #t1",
        "TIED acme-10k.htm:12:6 $2.1 billion Revenues 2024-01-01/2024-12-31 acme-10k.htm:17:22 #f4",
        // "respectively" dates each; a figure far from the line is probably a part of it.
        "UNTRACED acme-10k.htm:13:6 $2.6 billion Revenues 2024-01-01/2024-12-31 acme-10k.htm:16:26 #f3",
        "UNTRACED acme-10k.htm:13:6 $3.0 billion Revenues 2023-01-01/2023-12-31"));
    assertThat(r.claims().stream().filter(c -> c.status() == ClaimStatus.CONTRADICTED).findFirst().orElseThrow().reason(),
        is("the prose says $7.9 billion, but the ledger holds OperatingIncomeLoss 2024-01-01/2024-12-31 = 9,713,000,000 at "
            + "acme-10k.htm:14:34 #t1; variance -1,813,000,000; likely typo: two adjacent digits transposed: 97 -> 79 "
            + "(the variance is a multiple of 9)"));
  }

  @Test
  void theProseOfUnionPacifics2024TenK() throws Exception {
    Path unp = SharedData.require("data/xbrl/unp-10-k-2025-02-07.html");
    NarrativeResult r = InlineNarrative.check(unp, Taxonomy.builder().build(), LoadOptions.within(Limits.DEFAULT));
    assertThat(r.count(ClaimStatus.TIED) + " tied, " + r.count(ClaimStatus.CONTRADICTED) + " contradicted, "
        + r.count(ClaimStatus.DIFFERS) + " differing, " + r.count(ClaimStatus.UNTRACED) + " untraced",
        is("6 tied, 0 contradicted, 0 differing, 49 untraced"));
    List<String> tied = r.claims().stream().filter(c -> c.status() == ClaimStatus.TIED)
        .map(c -> c.amountText() + " " + c.concept().orElseThrow().name() + " " + c.period().orElseThrow()
            + " " + c.fact().orElseThrow().amount().toPlainString())
        .toList();
    assertThat(tied, contains(
        "$22.8 billion RevenueFromContractWithCustomerExcludingAssessedTax 2024-01-01/2024-12-31 22811000000",
        "$9.7 billion OperatingIncomeLoss 2024-01-01/2024-12-31 9713000000",
        "$6.7 billion NetIncomeLoss 2024-01-01/2024-12-31 6747000000",
        "$9.3 billion NetCashProvidedByUsedInOperatingActivities 2024-01-01/2024-12-31 9346000000",
        "$3.2 billion PaymentsOfDividends 2024-01-01/2024-12-31 3213000000",
        "$9.3 billion NetCashProvidedByUsedInOperatingActivities 2024-01-01/2024-12-31 9346000000"));
  }
}
