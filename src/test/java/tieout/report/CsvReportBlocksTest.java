package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.ledger.Ledger;
import tieout.rules.RuleSet;
import tieout.run.RunResult;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Results;

/** The CSV report's rows, formatted in blocks on two threads ({@link InOrder}), come in the checks' order. */
class CsvReportBlocksTest {

  /**
   * Facts cells written straight into the bytes (lines of text files, whole amounts) or through a
   * string (anything else: quotes, decimals, a file without a line, long texts) are
   * what Commons CSV writes for the cell's text.
   */
  @Test
  void factsCellsAreWhatCommonsCsvWritesForTheirText() throws IOException {
    // concept names are [A-Za-z_][A-Za-z0-9_.-]*: what needs quotes comes from the files' names
    String[] names = {"Revenue", "_R", "R-e.v", "x".repeat(3000)};
    String[] files = {"ledger.csv", "led,ger.csv", "l\u00e9dger \"q\".csv", "a\nb.csv", "\uD83D\uDCB0 ", "y".repeat(2000)};
    List<Finding> findings = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 600; i++) {
      List<tieout.engine.Operand> operands = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      int n = random.nextInt(4);
      for (int k = 0; k < n; k++) {
        String name = names[random.nextInt(names.length)];
        String file = files[random.nextInt(files.length)];
        int line = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(100_000);
        java.math.BigDecimal amount = switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> new java.math.BigDecimal("-12.50");
          default -> java.math.BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000L);
        };
        tieout.ledger.Fact fact = tieout.ledger.Fact.atLine(
            tieout.taxonomy.Concept.of(name, tieout.taxonomy.PeriodType.DURATION, tieout.taxonomy.ItemType.MONETARY,
                tieout.taxonomy.Balance.DEBIT),
            "E", ReportFixtures.FY2013, tieout.taxonomy.Unit.USD, tieout.ledger.Decimals.WHOLE,
            tieout.taxonomy.Dimensions.NONE, amount, file, line);
        operands.add(new tieout.engine.Operand(tieout.engine.Operand.Side.COMPUTED, java.math.BigDecimal.ONE, fact));
        cell.append(k > 0 ? "; " : "").append(name).append('=')
            .append(amount == null ? "nil" : tieout.ledger.Amounts.plain(amount)).append(" @ ")
            .append(line > 0 ? file + ":" + line : file);
      }
      Finding f = ReportFixtures.pass();
      findings.add(new Finding(f.rule(), f.severity(), f.status(), f.message(), f.entity(), f.period(), f.dimensions(),
          f.reported(), f.computed(), f.variance(), f.tolerance(), f.reason(), ImmutableList.copyOf(operands)));
      expected.add(CsvReport.text(cell.toString()));
    }
    RunResult result = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()), Ledger.builder().build(),
        ImmutableList.copyOf(findings));
    StringWriter out = new StringWriter();
    CsvReport.withoutBom().write(result, out, Shown.ALL);
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
    assertThat(records.stream().skip(1).map(r -> r.get(12)).toList(), is(expected));
    // and quoted exactly as Commons CSV quotes: the records printed again give the same text
    StringWriter again = new StringWriter();
    try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(again, CSVFormat.RFC4180)) {
      for (CSVRecord r : records) {
        printer.printRecord(r.toList());
      }
    }
    assertThat(out.toString(), is(again.toString()));
  }

  @Test
  void aReportOfMoreChecksThanABlockListsThemInOrder() throws IOException {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      Finding f = i % 4 == 1 ? ReportFixtures.explorationRollupFailure() : ReportFixtures.pass();
      findings.add(new Finding(f.rule(), f.severity(), f.status(), f.message(), "E" + i, f.period(), f.dimensions(),
          f.reported(), f.computed(), f.variance(), f.tolerance(), f.reason(), ImmutableList.copyOf(f.operands())));
    }
    RunResult result = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()), Ledger.builder().build(),
        ImmutableList.copyOf(findings));
    for (Shown shown : Shown.values()) {
      StringWriter out = new StringWriter();
      CsvReport.withoutBom().write(result, out, shown);
      List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
      List<String> entities = records.stream().skip(1).map(r -> r.get(4)).toList();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 1001; i++) {
        if (shown == Shown.ALL || i % 4 == 1) {
          expected.add("E" + i);
        }
      }
      assertThat(shown.name(), entities, is(expected));
      assertThat(records.get(0).get(0), is("rule"));
    }
  }
}
