package tieout.engine;

import java.util.Arrays;
import java.util.List;
import tieout.ledger.ContextIds;
import tieout.taxonomy.Dimensions;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.taxonomy.Concept;

/**
 * One duration concept's facts grouped into series (entity and dimensions), visited one series at a
 * time: which periods the series reported, and the one fact of a period when there is exactly one.
 * Grouping is by number ({@link ContextIds}): each series' facts in a run, each period's fact found
 * through an array indexed by period number, so no object is hashed per fact.
 */
final class RollupSeries {
  /** In {@link #slot}: no fact; nil facts only; two or more facts, at least one not nil. */
  private static final int ABSENT = -1;
  private static final int NIL = -3;
  private static final int SEVERAL = -2;

  private final Concept concept;
  private final Ledger ledger;
  private final List<Fact> facts;
  private final ContextIds ids;
  /** Series numbers in the order first reported. */
  private final int[] seriesAt;
  /** Series r's fact positions are run[start[r]] to run[start[r + 1] - 1]. */
  private final int[] start;
  private final int[] run;
  /** Per period number, for the current series: a fact's position, or ABSENT, NIL or SEVERAL. */
  private final int[] slot;
  /** The current series' distinct period numbers, first reported first; reported: not nil only. */
  private int[] distinct = new int[16];
  private int distinctCount;
  private int[] reported = new int[16];
  private int reportedCount;
  private int current = -1;

  RollupSeries(Concept concept, Ledger ledger) {
    this.concept = concept;
    this.ledger = ledger;
    this.facts = ledger.facts();
    this.ids = ledger.contextIds();
    int[] positions = ledger.positionsOf(concept);
    int[] rankOf = new int[ids.seriesCount()];
    Arrays.fill(rankOf, -1);
    int[] order = new int[16];
    int[] counts = new int[16];
    int series = 0;
    for (int position : positions) {
      if (!(isDuration(position))) {
        continue;
      }
      int s = ids.seriesAt(position);
      if (rankOf[s] < 0) {
        if (series == order.length) {
          order = Arrays.copyOf(order, series * 2);
          counts = Arrays.copyOf(counts, series * 2);
        }
        order[series] = s;
        rankOf[s] = series;
        series++;
      }
      counts[rankOf[s]]++;
    }
    this.seriesAt = Arrays.copyOf(order, series);
    this.start = new int[series + 1];
    for (int r = 0; r < series; r++) {
      start[r + 1] = start[r] + counts[r];
    }
    this.run = new int[start[series]];
    int[] filled = Arrays.copyOf(start, series);
    for (int position : positions) {
      if (isDuration(position)) {
        int r = rankOf[ids.seriesAt(position)];
        run[filled[r]] = position;
        filled[r]++;
      }
    }
    this.slot = new int[ids.periodCount()];
    Arrays.fill(slot, ABSENT);
  }

  /** By the period's number, so that a ledger of columns makes no fact for it. */
  private boolean isDuration(int position) {
    return ids.period(ids.periodAt(position)) instanceof Period.Duration;
  }

  /** Moves to the next series; false, when there is none. */
  boolean next() {
    for (int i = 0; i < distinctCount; i++) {
      slot[distinct[i]] = ABSENT;
    }
    distinctCount = 0;
    reportedCount = 0;
    current++;
    if (current >= seriesAt.length) {
      return false;
    }
    for (int i = start[current]; i < start[current + 1]; i++) {
      add(run[i]);
    }
    for (int i = 0; i < distinctCount; i++) {
      if (slot[distinct[i]] != NIL) {
        reported[reportedCount] = distinct[i];
        reportedCount++;
      }
    }
    return true;
  }

  private void add(int position) {
    int period = ids.periodAt(position);
    boolean nil = ledger.isNilAt(position);
    int was = slot[period];
    if (was == ABSENT) {
      slot[period] = nil ? NIL : position;
      if (distinctCount == distinct.length) {
        distinct = Arrays.copyOf(distinct, distinctCount * 2);
        reported = Arrays.copyOf(reported, distinctCount * 2);
      }
      distinct[distinctCount] = period;
      distinctCount++;
    } else if (!nil || was >= 0) {
      slot[period] = SEVERAL;
    }
  }

  Concept concept() {
    return concept;
  }

  String entity() {
    return ids.entity(seriesAt[current]);
  }

  Dimensions dimensions() {
    return ids.dimensions(seriesAt[current]);
  }

  /** How many periods the series reported a figure (not nil) for. */
  int reportedCount() {
    return reportedCount;
  }

  /** The {@code i}-th period reported, in the order first reported. */
  Period.Duration reported(int i) {
    return (Period.Duration) ids.period(reported[i]);
  }

  /** Whether the series reported a figure (not nil) for {@code part} of {@code year}. */
  boolean has(YearParts year, int part) {
    int id = year.ids(ids)[part];
    if (id < 0) {
      return false;
    }
    int s = slot[id];
    return s >= 0 || s == SEVERAL;
  }

  /** The one fact of {@code part} of {@code year}, not nil; null when none, several or nil. */
  Fact single(YearParts year, int part) {
    int id = year.ids(ids)[part];
    if (id < 0) {
      return null;
    }
    int position = slot[id];
    return position >= 0 ? facts.get(position) : null;
  }
}
