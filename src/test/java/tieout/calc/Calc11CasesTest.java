package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.engine.Finding;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

/**
 * The 19 constructed Calculations 1.1 cases of ../shared/data/xbrl/calc11-cases, each with the answer
 * its README gives for the spec. Where Arelle departs (D3r: it reports an inconsistency because it
 * keeps the first duplicate; D4: it reports only the duplicates), the spec's answer is asserted.
 */
class Calc11CasesTest {
  static Calc11.Result run(String name) throws Exception {
    Path file = SharedData.require("data/xbrl/calc11-cases/" + name + ".xbrl");
    XbrlFiling filing = XbrlLoader.load(file, Taxonomy.builder().build(), 1000);
    assertEquals("[]", filing.problems().toString());
    return Calc11.evaluate(filing, CalcMode.ROUND_TO_NEAREST);
  }

  /** Each finding as {@code rule-or-total STATUS}, in order. */
  static String summary(Calc11.Result r) {
    return r.findings().stream()
        .map(f -> f.rule().substring(f.rule().lastIndexOf(':') + 1) + " " + f.status())
        .collect(Collectors.joining(", "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "R1; Revenue PASS",
      "R2; Revenue PASS",
      "R3; Revenue FAIL",
      "N1; Revenue PASS, WorkingCapital PASS",
      "N2; Revenue FAIL, WorkingCapital FAIL",
      "D1; Revenue PASS",
      "D2; Revenue FAIL",
      "D3; inconsistentDuplicates FAIL, demo_Revenue NOT_EVALUATED",
      "D3r; inconsistentDuplicates FAIL, demo_Revenue NOT_EVALUATED",
      "D4; inconsistentDuplicates FAIL, demo_Revenue NOT_EVALUATED",
      "M1; Revenue PASS",
      "M2; Revenue FAIL",
      "L1; Revenue PASS",
      "L2; Revenue FAIL",
      "L3; ''",
      "I1; Revenue PASS",
      "I2; Revenue FAIL",
      "I3; Revenue PASS",
      "X1; excessDigits FAIL, demo_Revenue NOT_EVALUATED",
  })
  void eachCaseGivesTheSpecsAnswer(String name, String expected) throws Exception {
    assertEquals(expected.replace("Revenue PASS", "demo_Revenue PASS").replace("Revenue FAIL", "demo_Revenue FAIL")
        .replace("WorkingCapital", "demo_WorkingCapital"), summary(run(name)));
  }

  @Test
  void r3NamesBothRanges() throws Exception {
    Finding f = run("R3").findings().get(0);
    assertEquals("demo_Revenue in 'Revenue by segment' does not equal the sum of its items:"
        + " reported [7040500, 7041500], the items add up to [7036500, 7039500]; all 3 items reported"
        + " (an arithmetic error)", f.message());
    assertEquals("calc11:Segments:demo_Revenue", f.rule());
    assertEquals("7041000 7038000 3000 2000", f.reported().orElseThrow() + " " + f.computed().orElseThrow() + " "
        + f.variance().orElseThrow() + " " + f.tolerance().orElseThrow().stripTrailingZeros().toPlainString());
  }

  @Test
  void m2SaysOnlySomeItemsWereReported() throws Exception {
    Finding f = run("M2").findings().get(0);
    assertEquals("demo_Revenue in 'Revenue by segment' does not equal the sum of its items:"
        + " reported [7037500, 7038500], the items add up to [3580000, 3582000]; only 2 of 3 items reported in"
        + " this context (incomplete tagging or an arithmetic error)", f.message());
  }

  @Test
  void d3rIsNotEvaluatedWhicheverDuplicateComesFirst() throws Exception {
    Calc11.Result r = run("D3r");
    assertEquals("demo_RevenueUS is reported 2 times with values that disagree: 1,250,000"
        + " (decimals -3) at D3r.xbrl:8:1, 1,234,000 (decimals -3) at D3r.xbrl:9:1; Calculations 1.1 evaluates"
        + " no summation using it", r.findings().get(0).message());
    assertEquals("inconsistent duplicates of demo_RevenueUS (Calculations 1.1)",
        r.findings().get(1).reason().orElseThrow());
  }

  @Test
  void x1NamesTheExcessDigits() throws Exception {
    Finding f = run("X1").findings().get(0);
    assertEquals("demo_RevenueUS 1,234,567 has more digits than its decimals -3 allow"
        + " (Calculations 1.1 excessDigits): the summations using it are not evaluated", f.message());
    assertEquals("1234567 1235000", f.reported().orElseThrow() + " " + f.computed().orElseThrow().toPlainString());
  }

  @Test
  void boundRelationshipsCountPresentPairs() throws Exception {
    assertEquals(2, run("M1").boundRelationships()); // RevenueOther absent
    assertEquals(5, run("N1").boundRelationships());
    assertEquals(0, run("L3").boundRelationships()); // the total is nil
  }
}
