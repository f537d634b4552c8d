package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.run.LinkbaseRules;
import tieout.run.Reconciliation;
import tieout.run.RunResult;
import tieout.taxonomy.Taxonomy;
import tieout.export.XbrlExport;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.testing.Runs;

/**
 * {@code tieout export --format xbrl}: the sample exported and read back is the same facts, the
 * rules give the same result, and the calculation linkbase made of the sum rules passes and fails
 * exactly where those rules do.
 */
class ExportRoundTripTest {
  @TempDir Path dir;

  @Test
  void theSampleRoundTrips() throws IOException {
    Path out = dir.resolve("export");
    CliRun export = CliRun.of("export", "--no-progress", "--format", "xbrl", out.toString());
    assertThat(export.err(), export.exitCode(), is(ExitCodes.OK));
    assertThat(export.out(), is("tieout: 289 facts, 52 concepts and 9 calculations written to " + out
        + " (ledger.xml, ledger.xsd, ledger_cal.xml, ledger_lab.xml); 13 rules not exported, listed in not-exported.txt\n"));
    assertThat(Files.readAllLines(out.resolve("not-exported.txt")).get(5),
        is("IS-OPLOSS-Q: a calculation cannot be limited to some periods (QUARTERS)"));

    RunResult original = Reconciliation.run(List.of(Path.of("spreadsheets")), Path.of("rules"),
        LoadOptions.within(Limits.DEFAULT), Optional.empty(), LinkbaseRules.DEFAULT);
    RunResult back = Reconciliation.run(List.of(out), Path.of("rules"),
        LoadOptions.within(Limits.DEFAULT), Optional.empty(), LinkbaseRules.DEFAULT);
    assertThat(facts(back.ledger()), is(facts(original.ledger())));
    assertThat(facts(back.ledger()).size(), is(289));

    // The user's rules: the same findings, in the same order. Footing (FOOT) checks the tables as
    // printed, which an instance does not carry: only the original has them (8, all passed).
    assertThat(original.findings().stream().filter(f -> f.rule().equals("FOOT")).count(), is(8L));
    List<String> userRules = keys(original.findings().stream().filter(f -> !f.rule().equals("FOOT")).toList(), false);
    assertThat(keys(back.findings().stream().filter(f -> !f.rule().startsWith("calc11:")).toList(), false),
        is(userRules));
    // The linkbase: calc11:<rule>:<total> passes and fails where the sum rule does.
    Set<String> exported = back.findings().stream().filter(f -> f.rule().startsWith("calc11:"))
        .map(f -> f.rule().split(":")[1]).collect(Collectors.toCollection(TreeSet::new));
    assertThat(exported.toString(), is("[BS-CA, BS-EQ, BS-LTL, BS-TA, BS-TL, BS-TLE, CC-TOTAL, FIN-AMOUNT, FIN-SHARES]"));
    Set<String> bySum = new TreeSet<>(keys(original.findings().stream()
        .filter(f -> exported.contains(f.rule()) && f.status() != Status.NOT_EVALUATED).toList(), true));
    Set<String> byCalc = new TreeSet<>(keys(back.findings().stream().filter(f -> f.rule().startsWith("calc11:"))
        .toList(), true));
    assertThat(String.join("\n", byCalc), is(String.join("\n", bySum)));
    assertThat(byCalc.size(), is(33));
  }

  @Test
  void theCaptionsRoundTripAsStandardLabels() throws IOException {
    Path out = dir.resolve("export");
    assertThat(CliRun.of("export", "--no-progress", "--format", "xbrl", out.toString()).exitCode(), is(0));
    RunResult original = Reconciliation.run(List.of(Path.of("spreadsheets")), Path.of("rules"),
        LoadOptions.within(Limits.DEFAULT), Optional.empty(), LinkbaseRules.DEFAULT);
    Map<String, String> captions = new TreeMap<>();
    for (Fact f : original.ledger().facts()) {
      XbrlExport.caption(f.concept()).ifPresent(c -> captions.put(f.concept().name(), c));
    }

    XbrlFiling back = XbrlLoader.load(out, Taxonomy.builder().build(), 1_000);

    assertThat(new TreeMap<>(back.labels()), is(captions));
    // 44 of the 52 concepts have a caption for every sheet; the others only scoped, negated or member ones.
    assertThat(captions.size(), is(44));
    assertThat(back.label("Revenues"), is("Total Revenues"));
    assertThat(back.notices().stream().map(n -> n.message()).filter(m -> m.startsWith("label linkbase")).toList(),
        is(List.of("label linkbase ledger_lab.xml read (linkbaseRef in ledger.xsd)")));
  }

  @Test
  void theReadBackLedgerChecksAsTheSampleDoes() {
    Path out = dir.resolve("export");
    assertThat(CliRun.of("export", "--no-progress", "--format", "xbrl", out.toString()).exitCode(), is(0));
    CliRun run = CliRun.of("check", "--no-progress", "--no-linkbase-rules", "--rules", "rules", out.toString());
    assertThat(run.out(), startsWith("tieout: 112 checks: 92 passed, 4 failed, 0 warnings, 16 not evaluated\n"));
  }

  private static List<String> facts(Ledger ledger) {
    return ledger.facts().stream().map(ExportRoundTripTest::fact).sorted().toList();
  }

  private static String fact(Fact f) {
    return f.concept().name() + " " + f.entity() + " " + f.period() + " " + f.dimensions() + " " + f.unit() + " "
        + (f.isNil() ? "nil" : f.amount().toPlainString() + " d=" + f.decimals());
  }

  /** rule, context and status; with {@code calc} the rule id is the sum rule's (calc11:ID:total -> ID). */
  private static List<String> keys(List<Finding> findings, boolean calc) {
    return findings.stream().map(f -> (calc && f.rule().startsWith("calc11:") ? f.rule().split(":")[1] : f.rule())
        + " " + f.entity() + " " + f.period() + " " + f.dimensions() + " " + f.status()).toList();
  }
}
