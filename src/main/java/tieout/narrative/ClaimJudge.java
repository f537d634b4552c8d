package tieout.narrative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Unit;

/**
 * Compares one amount with the ledger once its reference is known, and gives the verdict. A
 * difference is a contradiction only when nothing in the sentence qualifies the figure; a qualified,
 * approximate, round or month-dated figure that differs is DIFFERS (the auditor's call), a figure
 * narrowed to another line is UNTRACED, and a difference of sign alone is never a contradiction.
 * Every differing figure gets its digit analysis ({@link DigitForensics}).
 */
final class ClaimJudge {
  private final Ledger ledger;
  private final MonthDay fiscalYearEnd;

  ClaimJudge(Ledger ledger, MonthDay fiscalYearEnd) {
    this.ledger = ledger;
    this.fiscalYearEnd = fiscalYearEnd;
  }

  /** The last day of the fiscal year holding {@code day}. */
  private LocalDate fiscalYearOf(LocalDate day) {
    LocalDate end = fiscalYearEnd.atYear(day.getYear());
    return day.isAfter(end) ? fiscalYearEnd.atYear(day.getYear() + 1) : end;
  }

  NarrativeClaim judge(String location, String excerpt, ProseAmount a, Reference ref) {
    Optional<Concept> concept = ref.item().map(LineItem::concept);
    if (ref.problem().isPresent()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(),
          Optional.empty(), ref.problem().get());
    }
    LineItem item = ref.item().orElseThrow();
    Period period = ref.period().orElseThrow();
    String what = describe(item, period);
    List<Fact> facts = factsOf(item, period);
    if (facts.isEmpty() && ref.month().isEmpty()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(), Optional.empty(),
          "the ledger holds no " + what);
    }
    if (facts.stream().map(Fact::entity).distinct().count() > 1) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(), Optional.empty(),
          "the ledger holds " + what + " for several entities: "
              + facts.stream().map(Fact::entity).distinct().collect(Collectors.joining(", ")));
    }
    if (!facts.isEmpty() && !facts.get(0).unit().equals(Unit.USD)) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(), Optional.empty(),
          "the ledger holds " + what + " in " + facts.get(0).unit().id() + ", not US dollars");
    }
    Optional<Wording.Sign> sign = a.value().signum() < 0 ? Optional.empty() : Wording.sign(item.concept(), ref.signWords());
    BigDecimal stated = sign.map(s -> a.value().multiply(BigDecimal.valueOf(s.factor()))).orElse(a.value());
    String signNote = sign.filter(s -> s.factor() < 0)
        .map(s -> "; the prose states the " + s.word() + " as a magnitude, and " + item.concept().name() + " is a "
            + item.concept().balance().name().toLowerCase(java.util.Locale.ROOT) + " concept, so it is compared as "
            + Amounts.format(stated))
        .orElse("");
    BigDecimal tolerance = ref.has(Caution.Kind.APPROXIMATE) ? approximateHalfWidth(a) : a.decimals().halfWidth();
    String precision = a.decimals().digits() < 0 || tolerance.compareTo(a.decimals().halfWidth()) > 0 ? " at the amount's precision (±" + Amounts.format(tolerance) + ")" : "";
    for (Fact f : facts) {
      if (ties(stated, tolerance, f)) {
        return claim(ClaimStatus.TIED, location, excerpt, a, concept, ref.period(), Optional.of(f), Optional.empty(),
            "ties to " + what + " = " + Amounts.format(f.amount()) + precision + signNote);
      }
    }
    if (ref.month().isPresent()) {
      Optional<NarrativeClaim> elsewhere = tiedElsewhere(location, excerpt, a, ref, item, stated, tolerance, signNote);
      if (elsewhere.isPresent()) {
        return elsewhere.get();
      }
      if (facts.isEmpty()) {
        return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(), Optional.empty(),
            "the ledger holds no " + what);
      }
    }
    Fact first = facts.get(0);
    String held = "the ledger holds " + what + " = " + Amounts.format(first.amount()) + " at " + first.source();
    for (Fact f : facts) {
      if (ties(stated.negate(), tolerance, f)) {
        if (a.value().signum() < 0) {
          // The printed sign itself ("$(260,453)") is the other one: a slip worth showing.
          return differs(location, excerpt, a, concept, ref, f, stated.subtract(f.amount()),
              "the prose prints " + a.text() + ", but " + held + "; likely typo: the sign flipped");
        }
        return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.of(f), Optional.empty(),
            "same magnitude as " + what + " = " + Amounts.format(f.amount()) + ", but the wording does not settle the sign");
      }
    }
    BigDecimal variance = sign.isPresent() ? a.value().abs().subtract(first.amount().abs()) : a.value().subtract(first.amount());
    Optional<String> slip = DigitForensics.explain(stated, a.decimals(), first.amount());
    String typo = slip.map(t -> "; " + t).orElse("") + otherQuarters(item, period);
    String says = "the prose says " + a.text() + ", but " + held + "; variance " + Amounts.format(variance)
        + (sign.filter(x -> x.factor() < 0).isPresent() ? " (magnitudes)" : "");
    List<Caution> narrowed = ref.cautions().stream().filter(c -> c.kind() == Caution.Kind.NARROWED).toList();
    if (!narrowed.isEmpty()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.of(first), Optional.empty(),
          "differs, but the figure is " + texts(narrowed) + ", so it may be another, narrower line: " + held);
    }
    if (ref.has(Caution.Kind.QUALIFIED) && a.decimals().digits() >= 0 && !isRound(a)) {
      Optional<NarrativeClaim> part = partOfThePeriod(location, excerpt, a, ref, item, period, stated, signNote);
      if (part.isPresent()) {
        return part.get();
      }
    }
    if (slip.isEmpty() && first.amount().signum() != 0
        && variance.abs().compareTo(first.amount().abs().divide(BigDecimal.valueOf(2))) > 0) {
      // Prose that misquotes a line is close to it or off by a slip; a figure far from it is about something else.
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.of(first), Optional.empty(),
          "differs by more than half of the ledger's figure and no single slip explains it, so it is probably a part "
              + "or another line: " + held);
    }
    Optional<String> bound = bound(ref, stated, first.amount());
    if (bound.isPresent()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.of(first), Optional.empty(),
          "a bound, not a figure: " + bound.get() + "; " + held);
    }
    List<String> why = new ArrayList<>();
    ref.cautions().stream().filter(c -> c.kind() != Caution.Kind.AT_LEAST && c.kind() != Caution.Kind.AT_MOST)
        .forEach(c -> why.add(c.text()));
    ref.cautions().stream().filter(c -> c.kind() == Caution.Kind.AT_LEAST || c.kind() == Caution.Kind.AT_MOST)
        .forEach(c -> why.add(c.text() + ", and the ledger's figure is outside it"));
    ref.month().ifPresent(m -> why.add("an event dated " + monthName(m) + ", so it may be a part of the quarter"));
    if (why.isEmpty() && isRound(a) && stated.subtract(first.amount()).abs().compareTo(roundHalfWidth(a)) <= 0) {
      why.add("round (it ties if rounded to " + Amounts.format(roundHalfWidth(a).multiply(BigDecimal.valueOf(2))) + ")");
    }
    if (!why.isEmpty()) {
      return differs(location, excerpt, a, concept, ref, first, variance,
          says + "; the figure is " + String.join("; ", why) + signNote + typo);
    }
    return claim(ClaimStatus.CONTRADICTED, location, excerpt, a, concept, ref.period(), Optional.of(first), Optional.of(variance),
        says + signNote + typo);
  }

  /**
   * A month's figure that the table puts in another quarter of the same fiscal year, or only in the
   * year: TIED, with the mismatch as a note.
   */
  private Optional<NarrativeClaim> tiedElsewhere(
      String location, String excerpt, ProseAmount a, Reference ref, LineItem item, BigDecimal stated,
      BigDecimal tolerance, String signNote) {
    YearMonth m = ref.month().orElseThrow();
    Period quarter = ref.period().orElseThrow();
    List<Fact> candidates = new ArrayList<>();
    for (Fact f : ledger.factsOf(item.concept())) {
      if (f.isNil() || !f.dimensions().equals(item.dimensions()) || !(f.period() instanceof Period.Duration d)
          || !f.unit().equals(Unit.USD) || !ties(stated, tolerance, f)) {
        continue;
      }
      boolean sameYearQuarter = d.isQuarter() && fiscalYearOf(d.end()).equals(fiscalYearOf(quarter.end()));
      boolean yearHoldingMonth = d.isYear() && !d.start().isAfter(m.atDay(1)) && !d.end().isBefore(m.atEndOfMonth());
      if (sameYearQuarter || yearHoldingMonth) {
        candidates.add(f);
      }
    }
    // A quarter is the closer match; the year only when no quarter ties.
    Optional<Fact> best = candidates.stream().filter(f -> ((Period.Duration) f.period()).isQuarter()).findFirst()
        .or(() -> candidates.stream().findFirst());
    if (best.isEmpty()) {
      return Optional.empty();
    }
    Fact f = best.get();
    boolean inQuarter = ((Period.Duration) f.period()).isQuarter();
    String note = "period mismatch: the prose dates it " + monthName(m) + ", in " + quarter + ", but the table puts "
        + Amounts.format(f.amount()) + (inQuarter ? " in " + f.period() : " only in the year " + f.period()
        + " (its quarter holds no such figure)") + " at " + f.source();
    return Optional.of(new NarrativeClaim(ClaimStatus.TIED, location, a.text(), a.value(), a.decimals(), excerpt,
        Optional.of(item.concept()), ref.period(), Optional.of(f), Optional.empty(),
        "ties to " + describe(item, f.period()) + " = " + Amounts.format(f.amount()) + signNote + "; " + note,
        Optional.of(note)));
  }

  /** For a quarter's figure: the line's other quarters of the year, the scale a reader weighs the variance against. */
  private String otherQuarters(LineItem item, Period period) {
    if (!(period instanceof Period.Duration q) || !q.isQuarter()) {
      return "";
    }
    List<String> others = ledger.factsOf(item.concept()).stream()
        .filter(f -> !f.isNil() && f.dimensions().equals(item.dimensions()) && f.period() instanceof Period.Duration d
            && d.isQuarter() && !d.equals(q) && fiscalYearOf(d.end()).equals(fiscalYearOf(q.end())))
        .sorted(java.util.Comparator.comparing(f -> f.period().end()))
        .map(f -> Amounts.format(f.amount()))
        .toList();
    return others.isEmpty() ? "" : "; the line's other quarters of the fiscal year ending " + fiscalYearOf(q.end()) + ": " + String.join(", ", others);
  }

  /**
   * A qualified figure to the dollar that is exactly the line's amount for a shorter period inside
   * the one read ("interest expense of $64,256 related to the first quarter"): TIED to that part,
   * with a note.
   */
  private Optional<NarrativeClaim> partOfThePeriod(
      String location, String excerpt, ProseAmount a, Reference ref, LineItem item, Period period, BigDecimal stated,
      String signNote) {
    if (!(period instanceof Period.Duration whole)) {
      return Optional.empty();
    }
    for (Fact f : ledger.factsOf(item.concept())) {
      if (!f.isNil() && f.dimensions().equals(item.dimensions()) && f.period() instanceof Period.Duration d
          && !d.equals(whole) && !d.start().isBefore(whole.start()) && !d.end().isAfter(whole.end())
          && f.unit().equals(Unit.USD) && stated.compareTo(f.amount()) == 0) {
        String note = "a part: the figure is the line's amount for " + d + ", within " + whole + ", at " + f.source();
        return Optional.of(new NarrativeClaim(ClaimStatus.TIED, location, a.text(), a.value(), a.decimals(), excerpt,
            Optional.of(item.concept()), Optional.of(d), Optional.of(f), Optional.empty(),
            "ties to " + describe(item, d) + " = " + Amounts.format(f.amount()) + signNote + "; " + note, Optional.of(note)));
      }
    }
    return Optional.empty();
  }

  private List<Fact> factsOf(LineItem item, Period period) {
    return ledger.factsOf(item.concept()).stream()
        .filter(f -> f.period().equals(period) && f.dimensions().equals(item.dimensions()) && !f.isNil())
        .toList();
  }

  private static String describe(LineItem item, Period period) {
    return item.concept().name() + (item.dimensions().isEmpty() ? "" : " [" + item.dimensions() + "]") + " " + period;
  }

  private static String monthName(YearMonth m) {
    String name = m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    return name + " " + m.getYear();
  }

  /** For "over $X" / "less than $X": the bound the ledger's figure satisfies, if any. */
  private static Optional<String> bound(Reference ref, BigDecimal stated, BigDecimal held) {
    for (Caution c : ref.cautions()) {
      int cmp = held.abs().compareTo(stated.abs());
      if ((c.kind() == Caution.Kind.AT_LEAST && cmp >= 0) || (c.kind() == Caution.Kind.AT_MOST && cmp <= 0)) {
        return Optional.of(c.text() + ", which the ledger's figure is consistent with");
      }
    }
    return Optional.empty();
  }

  /** A whole amount ending in zeros ("$260,000", "$5,912,000"). */
  private static boolean isRound(ProseAmount a) {
    return a.decimals().digits() >= 0 && a.value().signum() != 0
        && a.value().remainder(BigDecimal.valueOf(1000)).signum() == 0;
  }

  /** Half a unit of the amount's last non-zero digit: ±500 for $260,000, ±50,000 for $5,900,000. */
  private static BigDecimal roundHalfWidth(ProseAmount a) {
    BigDecimal v = a.value().abs().stripTrailingZeros();
    int zeros = Math.max(0, -v.scale());
    return BigDecimal.ONE.scaleByPowerOfTen(zeros).divide(BigDecimal.valueOf(2));
  }

  /** "approximately $5,900,000" ties within ±50,000: the precision its trailing zeros suggest. */
  private static BigDecimal approximateHalfWidth(ProseAmount a) {
    BigDecimal stated = a.decimals().halfWidth();
    if (a.decimals().digits() < 0 || !isRound(a)) {
      return stated;
    }
    return roundHalfWidth(a).max(stated);
  }

  private static String texts(List<Caution> cautions) {
    return cautions.stream().map(Caution::text).collect(Collectors.joining("; "));
  }

  /** XBRL-style: the amount and the fact tie when their rounding intervals overlap. */
  private static boolean ties(BigDecimal stated, BigDecimal halfWidth, Fact f) {
    BigDecimal tolerance = halfWidth.add(f.decimals().halfWidth());
    return stated.subtract(f.amount()).abs().compareTo(tolerance) <= 0;
  }

  private static NarrativeClaim differs(
      String location, String excerpt, ProseAmount a, Optional<Concept> concept, Reference ref, Fact f,
      BigDecimal variance, String reason) {
    return claim(ClaimStatus.DIFFERS, location, excerpt, a, concept, ref.period(), Optional.of(f), Optional.of(variance),
        reason);
  }

  private static NarrativeClaim claim(
      ClaimStatus status, String location, String excerpt, ProseAmount a, Optional<Concept> concept,
      Optional<Period> period, Optional<Fact> fact, Optional<BigDecimal> variance, String reason) {
    return new NarrativeClaim(status, location, a.text(), a.value(), a.decimals(), excerpt, concept, period, fact,
        variance, reason);
  }
}
