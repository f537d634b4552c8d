package tieout.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieout.taxonomy.Dimensions;

/**
 * Dense numbers for the places facts are reported, so that checks group facts by array index rather
 * than by hashing objects per fact: each fact's <em>series</em> (entity and dimensions), its period,
 * and its context (series and period). Numbers run from 0 in the order first seen in the ledger.
 * Built once per ledger, on first use ({@link Ledger#contextIds()}).
 *
 * <p>Equality is that of the values ({@link String#equals}, the {@code equals} of the
 * {@link Period} records, {@link tieout.taxonomy.Dimensions#equals}), as everywhere in the ledger.
 */
public final class ContextIds {
  private final int[] seriesOf;
  private final int[] periodOf;
  private final int[] contextOf;
  private final Numbering<SeriesKey> series = new Numbering<>();
  private final Numbering<Period> periods = new Numbering<>();
  private final LongIntTable contexts;

  /** Numbers for distinct values, from 0 in the order first seen. */
  private static final class Numbering<K> {
    private final Map<K, Integer> numbers = new HashMap<>();
    private final List<K> values = new ArrayList<>();

    /** The number of {@code value}; a new one when {@code add}, else -1 for a value not seen. */
    int of(K value, boolean add) {
      Integer number = numbers.get(value);
      if (number == null) {
        if (!add) {
          return -1;
        }
        number = values.size();
        numbers.put(value, number);
        values.add(value);
      }
      return number;
    }

    K value(int number) {
      return values.get(number);
    }

    int size() {
      return values.size();
    }
  }

  private record SeriesKey(String entity, Dimensions dimensions) {
    @Override
    public int hashCode() {
      return entity.hashCode() * 0x9E3779B9 + dimensions.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SeriesKey k
          && (entity == k.entity || entity.equals(k.entity))
          && (dimensions == k.dimensions || dimensions.equals(k.dimensions));
    }
  }

  ContextIds(List<Fact> facts) {
    int n = facts.size();
    seriesOf = new int[n];
    periodOf = new int[n];
    contextOf = new int[n];
    // Grown as needed: contexts are fewer than facts (a tiled quarter: some 390,000 of 3.5 million),
    // and a table sized for the facts, mostly empty, made every probe a cache miss.
    contexts = new LongIntTable(1 << 12);
    // Consecutive facts mostly share entity, dimensions or period: skip the lookups for those.
    String lastEntity = null;
    Dimensions lastDimensions = null;
    Period lastPeriod = null;
    int seriesNumber = -1;
    int period = -1;
    // Columns are read as they are: no fact made for each.
    FactColumns columns = facts instanceof FactColumns c ? c : null;
    for (int i = 0; i < n; i++) {
      Fact f = columns == null ? facts.get(i) : null;
      String entity = f == null ? columns.entity(i) : f.entity();
      Dimensions dimensions = f == null ? columns.dimensions(i) : f.dimensions();
      Period factPeriod = f == null ? columns.period(i) : f.period();
      if (entity != lastEntity || dimensions != lastDimensions) {
        lastEntity = entity;
        lastDimensions = dimensions;
        seriesNumber = series.of(new SeriesKey(lastEntity, lastDimensions), true);
      }
      if (factPeriod != lastPeriod) {
        lastPeriod = factPeriod;
        period = periods.of(lastPeriod, true);
      }
      seriesOf[i] = seriesNumber;
      periodOf[i] = period;
      contextOf[i] = contexts.putIfAbsent(key(seriesNumber, period), contexts.size());
    }
  }

  private static long key(int series, int period) {
    return ((long) series << 32) | (period & 0xFFFFFFFFL);
  }

  /** The series (entity and dimensions) of the fact at {@code position} in the ledger. */
  public int seriesAt(int position) {
    return seriesOf[position];
  }

  public int periodAt(int position) {
    return periodOf[position];
  }

  public int contextAt(int position) {
    return contextOf[position];
  }

  public int seriesCount() {
    return series.size();
  }

  public int periodCount() {
    return periods.size();
  }

  public int contextCount() {
    return contexts.size();
  }

  /** The number of a series, or -1 when no fact is reported for it. */
  public int series(String entity, Dimensions dimensions) {
    return series.of(new SeriesKey(entity, dimensions), false);
  }

  /** The number of a period, or -1 when no fact is reported for it. */
  public int period(Period period) {
    return periods.of(period, false);
  }

  /** The number of the context of a series and period, or -1 when no fact is reported there. */
  public int context(int series, int period) {
    return series < 0 || period < 0 ? -1 : contexts.get(key(series, period));
  }

  public String entity(int series) {
    return this.series.value(series).entity();
  }

  public Dimensions dimensions(int series) {
    return this.series.value(series).dimensions();
  }

  public Period period(int period) {
    return periods.value(period);
  }
}
