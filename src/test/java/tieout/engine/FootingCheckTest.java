package tieout.engine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.ledger.Fact;
import tieout.load.table.FootingTable;
import tieout.taxonomy.Concept;

class FootingCheckTest {
  private static final Concept LINE = Fixtures.balance("Line");
  private static final String[] DATES = {"2013-12-31", "2012-12-31", "2011-12-31"};

  /** A table on sheet "S" with columns B, C, ... and one row per spec ("caption|1|2|3", "caption|" a heading, "-" a break). */
  private static FootingTable table(boolean partial, String... rows) {
    List<FootingTable.Row> built = new ArrayList<>();
    int columns = 0;
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].equals("-")) {
        built.add(new FootingTable.Row("Segment [Member]", FootingTable.Kind.BREAK, ImmutableMap.of(), ImmutableSet.of()));
        continue;
      }
      String[] parts = rows[r].split("\\|", -1);
      ImmutableMap.Builder<Integer, Fact> facts = ImmutableMap.builder();
      for (int c = 1; c < parts.length; c++) {
        if (!parts[c].isEmpty()) {
          String cell = (char) ('A' + c) + String.valueOf(r + 2);
          facts.put(c, Fixtures.fact(LINE, Fixtures.at(DATES[c - 1]), parts[c], cell));
        }
      }
      columns = Math.max(columns, parts.length - 1);
      FootingTable.Kind kind = parts.length == 2 && parts[1].isEmpty() ? FootingTable.Kind.HEADING
          : FootingTable.Kind.AMOUNTS;
      built.add(new FootingTable.Row(parts[0], kind, facts.build(), ImmutableSet.of()));
    }
    ImmutableList.Builder<Integer> indexes = ImmutableList.builder();
    for (int c = 1; c <= columns; c++) {
      indexes.add(c);
    }
    return new FootingTable("t.xlsx!S", indexes.build(), ImmutableList.copyOf(built), partial);
  }

  private static List<String> run(FootingTable table) {
    return FootingCheck.check(List.of(table)).stream()
        .map(f -> f.severity() + " " + f.status() + " " + f.period() + " "
            + f.reported().map(Object::toString).orElse("-") + " " + f.computed().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void aTotalTyingInEveryColumnPassesInEach() {
    assertThat(run(table(false,
        "Current assets:|",
        "Cash|10|20|30",
        "Receivables|5|6|7",
        "Total current assets|15|26|37")), contains(
        "ERROR PASS 2013-12-31 15 15",
        "ERROR PASS 2012-12-31 26 26",
        "ERROR PASS 2011-12-31 37 37"));
  }

  @Test
  void aSignSlipInOneColumnFailsThatColumnNamingItsCells() {
    List<Finding> findings = FootingCheck.check(List.of(table(false,
        "Cash|10|20|30",
        "Receivables|5|-6|7",
        "Total current assets|15|26|37")));

    assertThat(findings.stream().map(f -> f.status() + " " + f.period()).toList(),
        contains("PASS 2013-12-31", "FAIL 2012-12-31", "PASS 2011-12-31"));
    Finding fail = findings.get(1);
    assertThat(fail.rule(), is("FOOT"));
    assertThat(fail.message(), is("'Total current assets' on t.xlsx!S does not foot: C4 prints 26 but the 2 lines"
        + " above it (C2, C3) add up to 14, a variance of 12 (tolerance 1.5); the same lines foot in columns B, D:"
        + " check the sign and amount of each line in this column"));
    assertThat(fail.operands().stream().map(o -> o.side() + " " + o.fact().source().cell().orElseThrow()).toList(),
        contains("REPORTED C4", "COMPUTED C2", "COMPUTED C3"));
  }

  @Test
  void inTwoColumnsOneTieConfirmsTheStructureAndTheOtherFails() {
    assertThat(run(table(false,
        "Cash|10|20",
        "Inventories|5|-6",
        "Total|15|26")), contains("ERROR PASS 2013-12-31 15 15", "ERROR FAIL 2012-12-31 26 14"));
  }

  @Test
  void aTotalAfterASubtotalFootsWithTheSubtotalStandingForItsLines() {
    assertThat(run(table(false,
        "Cash|10|20",
        "Receivables|5|6",
        "Total current assets|15|26",
        "Property|100|90",
        "Total assets|115|116")), contains(
        "ERROR PASS 2013-12-31 15 15", "ERROR PASS 2012-12-31 26 26",
        "ERROR PASS 2013-12-31 115 115", "ERROR PASS 2012-12-31 116 116"));
  }

  @Test
  void aTotalThatIsNoSumOfItsLinesIsNeitherPassedNorFailed() {
    // Lines printed without their signs: revenue less costs.
    assertThat(run(table(false,
        "Revenue|100|90|80",
        "Costs|30|20|10",
        "Total margin|70|70|70")), is(empty()));
  }

  @Test
  void aMissInAColumnThatAnotherCandidateExplainsIsNoFailure() {
    // In C the total is the last line alone: the structure is not certain there.
    assertThat(run(table(false,
        "Cash|10|20|30",
        "Receivables|5|6|7",
        "Total|15|6|37")), contains("ERROR PASS 2013-12-31 15 15", "ERROR PASS 2011-12-31 37 37"));
  }

  @Test
  void aOneColumnTableFootsOrIsNotEvaluated() {
    assertThat(run(table(false, "Cash|10", "Receivables|5", "Total|15")), contains("ERROR PASS 2013-12-31 15 15"));
    List<Finding> missed = FootingCheck.check(List.of(table(false, "Cash|10", "Receivables|5", "Total|18")));
    assertThat(missed.stream().map(f -> f.status() + " " + f.reason().orElseThrow()).toList(), contains(
        "NOT_EVALUATED the lines above B4 do not add up to it and the structure could not be confirmed in another"
            + " column"));
  }

  @Test
  void linesUnderAnotherMemberNeverFootIntoTheTotal() {
    assertThat(run(table(false,
        "Cash|10|20",
        "-",
        "Receivables|5|6",
        "Total|5|6")), contains("ERROR PASS 2013-12-31 5 5", "ERROR PASS 2012-12-31 6 6"));
  }

  @Test
  void aLinesBlankCellAddsNothing() {
    assertThat(run(table(false,
        "Cash|10|",
        "Receivables|5|6",
        "Total|15|6")), contains("ERROR PASS 2013-12-31 15 15", "ERROR PASS 2012-12-31 6 6"));
    assertThat(run(table(false,
        "Cash|10|",
        "Receivables|5|6",
        "Total|15|99")), contains("ERROR PASS 2013-12-31 15 15", "ERROR FAIL 2012-12-31 99 6"));
  }

  @Test
  void aColumnWithoutTheTotalDoesNotCount() {
    assertThat(run(table(false,
        "Cash|10|20",
        "Receivables|5|6",
        "Total|15|")), contains("ERROR PASS 2013-12-31 15 15"));
  }

  @Test
  void onAPageThatMayLeaveOutLinesAMissIsAWarning() {
    assertThat(run(table(true,
        "Cash|10|20",
        "Receivables|5|6",
        "Total|15|29")), contains("WARNING PASS 2013-12-31 15 15", "WARNING FAIL 2012-12-31 29 26"));
  }

  @Test
  void aNegatedLabelsLineFootsAsPrinted() {
    // "Less stock-based compensation" printed (30) is stored as +30 (a negated label).
    Fact costs = Fixtures.fact(LINE, Fixtures.at(DATES[0]), "100", "B2");
    Fact less = Fixtures.fact(LINE, Fixtures.at(DATES[0]), "30", "B3");
    Fact total = Fixtures.fact(LINE, Fixtures.at(DATES[0]), "70", "B4");
    FootingTable table = new FootingTable("t.xlsx!S", ImmutableList.of(1), ImmutableList.of(
        new FootingTable.Row("Total costs", FootingTable.Kind.AMOUNTS, ImmutableMap.of(1, costs), ImmutableSet.of()),
        new FootingTable.Row("Less stock-based compensation", FootingTable.Kind.AMOUNTS, ImmutableMap.of(1, less),
            ImmutableSet.of(), ImmutableSet.of(1)),
        new FootingTable.Row("Total cash", FootingTable.Kind.AMOUNTS, ImmutableMap.of(1, total), ImmutableSet.of())),
        false);

    List<Finding> findings = FootingCheck.check(List.of(table));

    assertThat(run(table), contains("ERROR PASS 2013-12-31 70 70"));
    assertThat(findings.get(0).operands().stream().map(o -> o.weight() + " " + o.fact().source().cell().orElseThrow())
        .toList(), contains("1 B4", "1 B2", "-1 B3"));
  }
}
