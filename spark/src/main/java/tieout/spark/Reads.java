package tieout.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tieout.ledger.Fact;

/**
 * What a task read, as Spark takes it: each fact made a row only when Spark asks for it, and let go
 * of once made, then the unreadable parts. A quarter's 3.5 million facts and their rows never
 * need to be held at once (an executor of 1 GB holds the one or the other, not both).
 */
final class Reads implements Iterator<Read> {
  private Fact[] facts;
  private int next;
  private final Iterator<Read> problems;

  /** {@code facts} is copied and may be dropped by the caller. */
  Reads(List<Fact> facts, List<Read> problems) {
    this.facts = facts.toArray(new Fact[0]);
    this.problems = problems.iterator();
  }

  @Override
  public boolean hasNext() {
    return next < facts.length || problems.hasNext();
  }

  @Override
  public Read next() {
    if (next < facts.length) {
      Fact f = facts[next];
      facts[next++] = null;
      if (next == facts.length) {
        facts = new Fact[0];
        next = 0;
      }
      return Read.fact(FactRow.of(f));
    }
    if (problems.hasNext()) {
      return problems.next();
    }
    throw new NoSuchElementException();
  }
}
