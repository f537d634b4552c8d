package tieout.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import tieout.ledger.Fact;

/**
 * What a task read, as Spark takes it: a record a filing (its facts encoded only when Spark asks for
 * it, and let go of then), then the unreadable parts. One record a filing, not a fact: the shuffle
 * moves some 5,000 records a quarter instead of 3.5 million. The SEC sets' {@code num.txt} is not
 * ordered by filing (2010q1's returns to an earlier filing 52,282 times), so the facts are grouped
 * here, once the reader has read them all.
 */
final class Reads implements Iterator<Read> {
  private final Iterator<Map.Entry<String, List<Fact>>> filings;
  private final Iterator<Read> problems;

  /** {@code facts} is not kept and may be dropped by the caller. */
  Reads(List<Fact> facts, List<Read> problems) {
    Map<String, List<Fact>> byFiling = new LinkedHashMap<>();
    for (Fact f : facts) {
      byFiling.computeIfAbsent(f.entity(), e -> new ArrayList<>()).add(f);
    }
    this.filings = byFiling.entrySet().iterator();
    this.problems = problems.iterator();
  }

  @Override
  public boolean hasNext() {
    return filings.hasNext() || problems.hasNext();
  }

  @Override
  public Read next() {
    if (filings.hasNext()) {
      Map.Entry<String, List<Fact>> filing = filings.next();
      filings.remove();
      return Read.facts(filing.getKey(), FactCodec.encode(filing.getValue()));
    }
    if (problems.hasNext()) {
      return problems.next();
    }
    throw new NoSuchElementException();
  }
}
