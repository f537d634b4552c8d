package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.util.List;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.Severity;
import tieout.rules.SourcePos;

/**
 * The built-in DUPLICATE rule: a figure printed in several places has the same value everywhere.
 */
final class DuplicateCheck implements Check {
  static final Rule.Header HEADER =
      new Rule.Header(
          "DUPLICATE",
          Severity.ERROR,
          "The same figure agrees wherever it is printed",
          Materiality.NONE,
          PeriodFilter.ALL,
          new SourcePos("(built-in)", 0, 0, ""));

  /** One pass over the ledger's context index. */
  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    ledger
        .repeatedContexts()
        .asMap()
        .forEach(
            (key, all) -> {
              List<Fact> reported = all.stream().filter(f -> !f.isNil()).toList();
              if (reported.size() >= 2) {
                findings.add(Agreement.check(HEADER, key, reported));
              }
            });
    return findings.build();
  }
}
