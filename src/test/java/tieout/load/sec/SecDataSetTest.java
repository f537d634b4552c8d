package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.run.RunResult;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;

/** The real SEC daily data set of 2025-07-01 through the SEC reader and the us-gaap rules. */
class SecDataSetTest {
  private static final Path ZIP = tieout.testing.SharedData.path("data/sec-fsds/20250701.zip");
  private static final String MSC = "MSC INDUSTRIAL DIRECT CO INC (CIK 1003078, 0001003078-25-000075)";

  @Test
  void loadsEveryNumberOfTheDataSet() throws Exception {
    tieout.testing.SharedData.require("data/sec-fsds/20250701.zip");
    List<Fact> facts = SecDataSetReader.read(ZIP, Taxonomy.builder().build());
    assertThat(facts.size(), is(1545)); // 1598 lines in num.txt, 53 with an empty value
    assertThat(facts.stream().map(Fact::entity).distinct().count(), is(6L));
    assertThat(facts.stream().filter(f -> !f.dimensions().isEmpty()).count(), is(48L));
  }

  @Test
  void mapsTagPeriodUnitAndInfersDecimals() throws Exception {
    tieout.testing.SharedData.require("data/sec-fsds/20250701.zip");
    Ledger ledger = Ledger.builder().addAll(SecDataSetReader.read(ZIP, Taxonomy.builder().build())).build();
    Concept assets = Concept.of("Assets", PeriodType.INSTANT, ItemType.MONETARY, tieout.taxonomy.Balance.NONE);
    ImmutableList<Fact> found =
        ledger.find(assets, MSC, Period.instant(LocalDate.of(2024, 8, 31)), Dimensions.NONE);
    assertThat(found.size(), is(1));
    assertThat(found.get(0).amount(), is(new BigDecimal("2462313000")));
    assertThat(found.get(0).decimals().toString(), is("-3"));
    assertThat(found.get(0).source().toString(), is("20250701.zip!num.txt:" + lineOf(found.get(0))));

    // qtrs 3 ending 2024-05-31: the nine months from 2023-09-01; 2.49 has decimals 2.
    Fact dividend = ledger.facts().stream()
        .filter(f -> f.concept().name().equals("CommonStockDividendsPerShareDeclared") && f.entity().equals(MSC)
            && f.period().equals(Period.duration(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 5, 31))))
        .findFirst().orElseThrow();
    assertThat(dividend.amount(), is(new BigDecimal("2.49")));
    assertThat(dividend.decimals().toString(), is("2"));
    assertThat(dividend.concept().itemType(), is(ItemType.PER_SHARE));

    Fact parValue = ledger.facts().stream()
        .filter(f -> f.concept().name().equals("CommonStockParOrStatedValuePerShare") && !f.dimensions().isEmpty())
        .findFirst().orElseThrow();
    assertThat(parValue.dimensions().toString(), is("ClassOfStock=CommonClassB"));
    assertThat(parValue.decimals().toString(), is("3"));
  }

  private static int lineOf(Fact f) {
    String s = f.source().toString();
    return Integer.parseInt(s.substring(s.lastIndexOf(':') + 1));
  }

  @Test
  void usGaapRulesOnTheDataSet() {
    tieout.testing.SharedData.require("data/sec-fsds/20250701.zip");
    RunResult result = Runs.run(List.of(ZIP), Path.of("rules/us-gaap"));
    List<Finding> findings = result.findings();
    assertThat(findings.size(), is(82));
    assertThat(findings.stream().filter(f -> f.status() == Status.PASS).count(), is(38L));
    assertThat(findings.stream().filter(f -> f.status() == Status.FAIL).count(), is(0L));
    assertThat(findings.stream().filter(f -> f.status() == Status.NOT_EVALUATED).count(), is(44L));
    assertThat(
        findings.stream().filter(f -> f.rule().equals("BS-TIE") && f.entity().equals(MSC))
            .map(f -> f.status() + " " + f.period() + " " + f.reported().orElseThrow().toPlainString())
            .toList(),
        contains("PASS 2024-08-31 2462313000", "PASS 2025-05-31 2475594000"));
  }
}
