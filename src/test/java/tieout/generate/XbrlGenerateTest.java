package tieout.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.rules.RulesLoader;
import tieout.calc.Calc11;
import tieout.calc.CalcMode;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;

/**
 * {@code tieout generate --format xbrl} writes an instance, schema and calculation linkbase that load
 * back with every fact, and whose Calculations 1.1 check finds exactly the planted discrepancies that
 * break a summation (the manifest's SUM-GP and SUM-OI lines), no more, no fewer.
 */
class XbrlGenerateTest {
  @TempDir Path dir;

  @Test
  void theCalculationsFindExactlyThePlantedInconsistencies() throws IOException {
    SyntheticLedger ledger = new SyntheticLedger(12_500, 20, 5);
    Path file = Generator.write(ledger, Generator.Format.XBRL, dir);

    XbrlFiling filing = XbrlLoader.load(file, RulesLoader.load(dir.resolve("rules")).taxonomy(), 1_000_000);
    Calc11.Result result = Calc11.evaluate(filing, CalcMode.ROUND_TO_NEAREST);

    assertThat(file.getFileName().toString(), is("ledger.xml"));
    assertThat(filing.facts().size(), is(12_500));
    assertThat(filing.problems(), is(empty()));
    assertThat(filing.summations().size(), is(2));
    // Each of 100 entity-years has 25 contexts (5 periods, 4 regions and the total), each two summations.
    assertThat(result.checks().size(), is(5_000));
    Set<String> failed = new TreeSet<>();
    for (Finding f : result.findings()) {
      if (f.status() == Status.FAIL) {
        failed.add(f.rule() + "," + f.entity() + "," + f.period() + "," + f.dimensions());
      }
    }
    Set<String> planted = new TreeSet<>();
    for (String line : Files.readAllLines(dir.resolve("manifest.csv")).stream().skip(1).toList()) {
      // plant,entity,concept,period,dimensions,original,planted,rule,check_period,check_dimensions
      String[] f = line.split(",", -1);
      if (f[7].startsWith("SUM-")) {
        planted.add("calc11:" + f[7] + ":" + (f[7].equals("SUM-GP") ? "GrossProfit" : "OperatingIncome") + ","
            + f[1] + "," + f[8] + "," + f[9]);
      }
    }
    assertThat(planted.size() >= 20, is(true)); // every plant breaks one summation or both
    assertThat(failed, is(planted));
  }

  @Test
  void theSchemaAndLinkbaseAreThoseOfTheRulesSummations() throws IOException {
    Generator.write(new SyntheticLedger(125, 0, 1), Generator.Format.XBRL, dir);

    assertThat(Files.readAllLines(dir.resolve("not-exported.txt")), is(List.of(
        "IS-ROLLUP: a rollup rule has no calculation linkbase form",
        "BD-REVENUE: a breakdown rule has no calculation linkbase form",
        "BD-COSTOFREVENUE: a breakdown rule has no calculation linkbase form",
        "BD-GROSSPROFIT: a breakdown rule has no calculation linkbase form",
        "BD-OPERATINGEXPENSES: a breakdown rule has no calculation linkbase form",
        "BD-OPERATINGINCOME: a breakdown rule has no calculation linkbase form")));
    String calc = Files.readString(dir.resolve("ledger_cal.xml"));
    assertThat(calc.contains("xlink:from=\"GrossProfit\" xlink:to=\"CostOfRevenue\" order=\"2\" weight=\"-1\""),
        is(true));
    assertThat(calc.contains("xlink:from=\"OperatingIncome\" xlink:to=\"OperatingExpenses\" order=\"2\" weight=\"-1\""),
        is(true));
  }
}
