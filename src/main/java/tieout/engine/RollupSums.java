package tieout.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tieout.ledger.FiscalCalendar;
import tieout.ledger.Period;

/**
 * The one place that works out which checks a roll-up series has, whoever judges them.
 *
 * <p>Years: each twelve-month figure with a quarter or year-to-date figure inside it; when the
 * concept is named, every twelve-month figure, and the fiscal year of each quarter whose year was
 * not reported (so that the missing year is reported as NOT_EVALUATED). Each year's quarters must
 * sum to it. Then year-to-date figures chain (6 = Q1 + Q2, 9 = 6 + Q3, 12 = 9 + Q4) wherever both
 * parts of a link were reported.
 */
final class RollupSums {
  private final FiscalCalendar calendar;
  /** Whether the rule names its concepts (rather than "all additive"). */
  private final boolean named;
  /** The parts of each year, by its first day: built once, not once per series (thousands). */
  private final Map<LocalDate, YearParts> partsByStart = new HashMap<>();

  RollupSums(FiscalCalendar calendar, boolean named) {
    this.calendar = calendar;
    this.named = named;
  }

  /** The checks of the series {@code series} is on: the quarter sums, then the year-to-date chains. */
  List<RollupSum> of(RollupSeries series) {
    List<RollupSum> sums = new ArrayList<>();
    for (Period.Duration year : years(series)) {
      sums.add(new RollupSum(year, parts(year.start()), RollupSum.Form.QUARTERS));
    }
    for (int i = 0; i < series.reportedCount(); i++) {
      Period.Duration d = series.reported(i);
      RollupSum.Form chain = RollupSum.Form.chainOf(d.months());
      if (chain == null || !calendar.startsYear(d.start())) {
        continue;
      }
      YearParts parts = parts(d.start());
      if (series.has(parts, chain.part(0)) && series.has(parts, chain.part(1))) {
        sums.add(new RollupSum(d, parts, chain));
      }
    }
    return sums;
  }

  private Set<Period.Duration> years(RollupSeries series) {
    Set<Period.Duration> years = new LinkedHashSet<>();
    for (int i = 0; i < series.reportedCount(); i++) {
      Period.Duration d = series.reported(i);
      if (d.isYear() && (named || hasPartInside(d, series))) {
        years.add(d);
      }
    }
    if (named) {
      for (int i = 0; i < series.reportedCount(); i++) {
        Period.Duration d = series.reported(i);
        if (d.isQuarter()) {
          Period.Duration year = calendar.yearContaining(d.end());
          if (FiscalCalendar.quarterOf(year, d).isPresent()) {
            years.add(year);
          }
        }
      }
    }
    return years;
  }

  /** Whether a quarter or a 6- or 9-month year-to-date figure of {@code year} was reported. */
  private boolean hasPartInside(Period.Duration year, RollupSeries series) {
    YearParts parts = parts(year.start());
    for (int part = YearParts.Q1; part <= YearParts.NINE; part++) {
      if (series.has(parts, part)) {
        return true;
      }
    }
    return false;
  }

  private YearParts parts(LocalDate yearStart) {
    return partsByStart.computeIfAbsent(yearStart, YearParts::startingOn);
  }
}
