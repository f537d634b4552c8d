package tieout.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import scala.Tuple2;
import tieout.engine.Finding;
import tieout.engine.Reconciler;
import tieout.ledger.Ledger;
import tieout.rules.RuleSet;

/**
 * A partition's filings through the engine, several filings to a ledger: each {@link
 * Reconciler#check} call has a cost of its own (a pass per rule), which a filing of a few hundred
 * facts does not pay for, and every check is within one entity, so one ledger of many filings gives
 * the findings of each filing alone (as one ledger of the whole input does in {@code check}). A
 * batch closes at {@link #BATCH_FACTS} facts, so an executor holds one batch's ledger, not its
 * partition's. The group of key null, the unreadable parts of the inputs, is a batch of its own.
 */
final class CheckedBatches implements Iterator<CheckedBatches.Checked> {
  /** Facts a batch's ledger takes before it is checked: some 30 MB of an executor's heap. */
  static final int BATCH_FACTS = 100_000;

  /** A batch's rows and how many filings it checked (none for the unreadable parts). */
  record Checked(long filings, List<FindingRow> rows) implements java.io.Serializable {}

  private final Iterator<Tuple2<String, Iterable<Read>>> groups;
  private final Map<String, String> rulesText;

  CheckedBatches(Iterator<Tuple2<String, Iterable<Read>>> groups, Map<String, String> rulesText) {
    this.groups = groups;
    this.rulesText = rulesText;
  }

  @Override
  public boolean hasNext() {
    return groups.hasNext();
  }

  @Override
  public Checked next() {
    if (!groups.hasNext()) {
      throw new NoSuchElementException();
    }
    RuleSet rules = RulesText.parse(rulesText);
    Ledger.Builder ledger = Ledger.builder();
    // Each filing's source: the zip(s), data set folder(s) or CSV file(s) its facts came from.
    Map<String, String> sources = new HashMap<>();
    int facts = 0;
    while (groups.hasNext() && facts < BATCH_FACTS) {
      Tuple2<String, Iterable<Read>> group = groups.next();
      if (group._1() == null) {
        List<FindingRow> rows = new ArrayList<>();
        group._2().forEach(r -> rows.add(FindingRow.unreadable(r.location(), r.message())));
        if (sources.isEmpty()) {
          return new Checked(0, rows);
        }
        return withUnreadable(check(rules, ledger, sources), rows);
      }
      facts += add(group._2(), rules, ledger, sources);
    }
    return check(rules, ledger, sources);
  }

  /** One filing's facts (from each input that has some) into {@code ledger}; how many. */
  private static int add(Iterable<Read> reads, RuleSet rules, Ledger.Builder ledger, Map<String, String> sources) {
    // A concept the rules do not declare as the filing's reader made it: one filing's are alike.
    Map<String, tieout.taxonomy.Concept> undeclared = new HashMap<>();
    TreeSet<String> files = new TreeSet<>();
    int[] count = {0};
    String entity = null;
    for (Read r : reads) {
      entity = r.entity();
      FactCodec.decode(r.facts(), rules.taxonomy(), undeclared, f -> {
        ledger.add(f);
        count[0]++;
        // The zip (or data set folder) of 2010q1.zip!num.txt; a CSV file as it is.
        String file = f.source().file();
        int bang = file.indexOf('!');
        files.add(bang < 0 ? file : file.substring(0, bang));
      });
    }
    sources.put(entity, String.join(";", files));
    return count[0];
  }

  private static Checked check(RuleSet rules, Ledger.Builder ledger, Map<String, String> sources) {
    List<FindingRow> rows = new ArrayList<>();
    for (Finding finding : Reconciler.check(rules, ledger.build())) {
      String source = sources.get(finding.entity());
      if (source == null) {
        throw new IllegalStateException("a finding of entity " + finding.entity() + ", of no filing of the batch");
      }
      rows.add(FindingRow.of(finding, source));
    }
    return new Checked(sources.size(), rows);
  }

  private static Checked withUnreadable(Checked checked, List<FindingRow> unreadable) {
    List<FindingRow> rows = new ArrayList<>(checked.rows());
    rows.addAll(unreadable);
    return new Checked(checked.filings(), rows);
  }
}
