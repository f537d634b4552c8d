package tieout.load.table;

import tieout.load.Notice;
import tieout.load.Problems;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import tieout.ledger.Fact;
import tieout.taxonomy.Taxonomy;

/**
 * Shorter ways into {@link PresentationTableReader} for tests, which read one grid alone: the
 * loader always passes everything its one entry point takes.
 */
public final class PresentationTables {
  private PresentationTables() {}

  /**
   * The facts of one sheet or CSV table.
   *
   * @throws tieout.error.UserException listing every bad cell (at most 20)
   */
  public static ImmutableList<Fact> read(Grid grid, Taxonomy taxonomy) {
    Problems problems = new Problems();
    ImmutableList<Fact> facts = read(grid, taxonomy, problems);
    problems.throwIfAny();
    return facts;
  }

  /** The facts of {@code grid}, what cannot be read added to {@code problems} instead of thrown. */
  public static ImmutableList<Fact> read(Grid grid, Taxonomy taxonomy, Problems problems) {
    return read(grid, taxonomy, problems, new ArrayList<>());
  }

  /** As {@link #read(Grid, Taxonomy, Problems)}, with what was not read and why added to {@code notices}. */
  public static ImmutableList<Fact> read(Grid grid, Taxonomy taxonomy, Problems problems, List<Notice> notices) {
    return PresentationTableReader.read(grid, taxonomy, problems, new AdoptedCaptions(), notices, null);
  }
}
