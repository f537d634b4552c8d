package tieout.history;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;

class FindingKeyTest {
  @Test
  void everyFindingOfTheSampleHasItsOwnIdentity() {
    List<Finding> findings = SampleRun.result().findings();
    assertThat(findings.size(), is(120));
    long distinct = findings.stream().map(FindingKey::of).distinct().count();
    assertThat(distinct, is(120L));
  }

  @Test
  void rollUpsCarryTheirConceptAndMultiConceptChecksDoNot() {
    List<String> rollups = SampleRun.result().findings().stream()
        .filter(f -> f.rule().equals("IS-Q2Y") && f.status() == tieout.engine.Status.FAIL)
        .map(f -> FindingKey.of(f).label())
        .collect(Collectors.toList());
    assertThat(rollups, is(List.of(
        "IS-Q2Y ExplorationExpense 2012-01-01/2012-12-31",
        "IS-Q2Y GeneralAndAdministrativeExpense 2012-01-01/2012-12-31",
        "IS-Q2Y ExplorationExpense 2013-01-01/2013-12-31",
        "IS-Q2Y GeneralAndAdministrativeExpense 2013-01-01/2013-12-31")));
    Finding sum = SampleRun.result().findings().stream()
        .filter(f -> f.rule().equals("IS-OPLOSS-Q")).findFirst().orElseThrow();
    assertThat(FindingKey.of(sum).concept(), is(""));
  }
}
