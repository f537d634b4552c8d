package tieout.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense numbers for the places facts are reported, so that checks group facts by array index rather
 * than by hashing objects per fact: each fact's <em>series</em> (entity and dimensions), its period,
 * and its context (series and period). Numbers run from 0 in the order first seen in the ledger.
 * Built once per ledger, on first use ({@link Ledger#contextIds()}).
 *
 * <p>Equality is that of the values ({@link String#equals}, {@link Period#equals},
 * {@link Dimensions#equals}), as everywhere in the ledger.
 */
public final class ContextIds {
  private final int[] seriesOf;
  private final int[] periodOf;
  private final int[] contextOf;
  private final List<String> seriesEntity = new ArrayList<>();
  private final List<Dimensions> seriesDimensions = new ArrayList<>();
  private final Map<SeriesKey, Integer> seriesIds = new HashMap<>();
  private final List<Period> periods = new ArrayList<>();
  private final Map<Period, Integer> periodIds = new HashMap<>();
  private final LongIntTable contexts;

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
    contexts = new LongIntTable(Math.max(16, n / 2));
    // Consecutive facts mostly share entity, dimensions or period: skip the lookups for those.
    String lastEntity = null;
    Dimensions lastDimensions = null;
    Period lastPeriod = null;
    int series = -1;
    int period = -1;
    for (int i = 0; i < n; i++) {
      Fact f = facts.get(i);
      if (f.entity() != lastEntity || f.dimensions() != lastDimensions) {
        lastEntity = f.entity();
        lastDimensions = f.dimensions();
        series = seriesId(lastEntity, lastDimensions, true);
      }
      if (f.period() != lastPeriod) {
        lastPeriod = f.period();
        period = periodId(lastPeriod, true);
      }
      seriesOf[i] = series;
      periodOf[i] = period;
      contextOf[i] = contexts.putIfAbsent(key(series, period), contexts.size());
    }
  }

  private static long key(int series, int period) {
    return ((long) series << 32) | (period & 0xFFFFFFFFL);
  }

  private int seriesId(String entity, Dimensions dimensions, boolean add) {
    SeriesKey key = new SeriesKey(entity, dimensions);
    Integer id = seriesIds.get(key);
    if (id == null) {
      if (!add) {
        return -1;
      }
      id = seriesEntity.size();
      seriesIds.put(key, id);
      seriesEntity.add(entity);
      seriesDimensions.add(dimensions);
    }
    return id;
  }

  private int periodId(Period period, boolean add) {
    Integer id = periodIds.get(period);
    if (id == null) {
      if (!add) {
        return -1;
      }
      id = periods.size();
      periodIds.put(period, id);
      periods.add(period);
    }
    return id;
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
    return seriesEntity.size();
  }

  public int periodCount() {
    return periods.size();
  }

  public int contextCount() {
    return contexts.size();
  }

  /** The number of a series, or -1 when no fact is reported for it. */
  public int series(String entity, Dimensions dimensions) {
    return seriesId(entity, dimensions, false);
  }

  /** The number of a period, or -1 when no fact is reported for it. */
  public int period(Period period) {
    return periodId(period, false);
  }

  /** The number of the context of a series and period, or -1 when no fact is reported there. */
  public int context(int series, int period) {
    return series < 0 || period < 0 ? -1 : contexts.get(key(series, period));
  }

  public String entity(int series) {
    return seriesEntity.get(series);
  }

  public Dimensions dimensions(int series) {
    return seriesDimensions.get(series);
  }

  public Period period(int period) {
    return periods.get(period);
  }
}
