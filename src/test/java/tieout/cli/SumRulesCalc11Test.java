package tieout.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.testing.SharedData;

/**
 * The user's own {@code sum} rules follow XBRL Calculations 1.1: the tidy CSV of each constructed
 * case in calc11-cases/ with the case's calculations written as rules gives the README's "Calc 1.1
 * expects" answer (excess digits and inconsistent duplicates leave the summation not evaluated).
 */
class SumRulesCalc11Test {
  @TempDir Path rules;

  @BeforeEach
  void writeRules() throws IOException {
    Files.writeString(rules.resolve("demo.taxonomy"), """
        concept Revenue monetary duration credit
        concept RevenueUS monetary duration credit
        concept RevenueMongolia monetary duration credit
        concept RevenueOther monetary duration credit
        concept WorkingCapital monetary instant debit
        concept AssetsCurrent monetary instant debit
        concept LiabilitiesCurrent monetary instant credit
        """, UTF_8);
    Files.writeString(rules.resolve("demo.rules"), """
        rule REV "Revenue is the sum of its segments"
          sum Revenue = RevenueUS + RevenueMongolia + RevenueOther

        rule WC "Working capital is current assets less current liabilities"
          sum WorkingCapital = AssetsCurrent - LiabilitiesCurrent
        """, UTF_8);
  }

  /** Summary line; the REV (and WC) findings' status; DUPLICATE and excessDigits count apart. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "R1|0|1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated",
      "R2|0|1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated",
      "R3|1|1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated",
      "N1|0|2 checks: 2 passed, 0 failed, 0 warnings, 0 not evaluated",
      "N2|1|2 checks: 0 passed, 2 failed, 0 warnings, 0 not evaluated",
      // D1: REV and the consistent DUPLICATE pass; D2: REV fails with the d=0 duplicate.
      "D1|0|2 checks: 2 passed, 0 failed, 0 warnings, 0 not evaluated",
      "D2|1|2 checks: 1 passed, 1 failed, 0 warnings, 0 not evaluated",
      // D3, D3r, D4: the duplicate fails, REV is not evaluated whatever the order.
      "D3|1|2 checks: 0 passed, 1 failed, 0 warnings, 1 not evaluated",
      "D3r|1|2 checks: 0 passed, 1 failed, 0 warnings, 1 not evaluated",
      "D4|1|2 checks: 0 passed, 1 failed, 0 warnings, 1 not evaluated",
      "M1|0|1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated",
      "M2|1|1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated",
      "L1|0|1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated",
      "L2|1|1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated",
      "L3|0|1 check: 0 passed, 0 failed, 0 warnings, 1 not evaluated",
      "I1|0|1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated",
      "I2|1|1 check: 0 passed, 1 failed, 0 warnings, 0 not evaluated",
      "I3|0|1 check: 1 passed, 0 failed, 0 warnings, 0 not evaluated",
      // X1: the excessDigits finding fails, REV is not evaluated.
      "X1|1|2 checks: 0 passed, 1 failed, 0 warnings, 1 not evaluated",
  })
  void eachCaseGivesTheSpecsAnswer(String name, int exit, String summary) {
    Path csv = SharedData.require("data/xbrl/calc11-cases/" + name + ".csv");
    CliRun run = CliRun.of("check", "--no-progress", "--rules", rules.toString(), csv.toString());
    assertThat(run.err(), run.exitCode(), is(exit));
    assertThat(run.out(), startsWith("tieout: " + summary + "\n"));
  }

  @Test
  void inconsistentDuplicatesSayWhy() {
    Path csv = SharedData.require("data/xbrl/calc11-cases/D3r.csv");
    CliRun run = CliRun.of("check", "--no-progress", "--rules", rules.toString(), csv.toString());
    assertThat(run.out(), containsString("Not evaluated:\n  REV  D3r · 2024-01-01/2024-12-31: inconsistent duplicates:"
        + " RevenueUS is printed as 1250000 (decimals -3) at D3r.csv:2, 1234000 (decimals -3) at D3r.csv:3;"
        + " Calculations 1.1 evaluates no summation using it\n"));
  }

  @Test
  void excessDigitsAreAFindingAndBlockTheSum() {
    Path csv = SharedData.require("data/xbrl/calc11-cases/X1.csv");
    CliRun run = CliRun.of("check", "--no-progress", "--rules", rules.toString(), csv.toString());
    assertThat(run.out(), containsString("FAIL excessDigits (error) RevenueUS 1234567 has more digits than its"
        + " decimals -3 allow (Calculations 1.1 excessDigits): the summations using it are not evaluated\n"));
    assertThat(run.out(), containsString("Not evaluated:\n  REV  X1 · 2024-01-01/2024-12-31: excess digits: RevenueUS"
        + " 1234567 at X1.csv:2 has digits finer than its decimals -3 allow; Calculations 1.1 evaluates no summation"
        + " using it\n"));
  }
}
