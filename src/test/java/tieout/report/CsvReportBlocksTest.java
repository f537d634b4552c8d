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
