package tieout.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.ledger.Unit;
import tieout.report.Amounts;
import tieout.taxonomy.Concept;

/**
 * Compares one amount with the ledger once its reference is known, and gives the verdict. A
 * difference is a contradiction only when nothing cautions against it (a qualified, approximate
 * or narrowed figure is UNTRACED), and never when only the sign differs.
 */
final class ClaimJudge {
  private final Ledger ledger;

  ClaimJudge(Ledger ledger) {
    this.ledger = ledger;
  }

  NarrativeClaim judge(String location, String excerpt, ProseAmount a, Reference ref) {
    Optional<Concept> concept = ref.item().map(LineItem::concept);
    if (ref.problem().isPresent()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(),
          Optional.empty(), ref.problem().get());
    }
    LineItem item = ref.item().orElseThrow();
    Period period = ref.period().orElseThrow();
    String what = item.concept().name() + (item.dimensions().isEmpty() ? "" : " [" + item.dimensions() + "]") + " " + period;
    List<Fact> facts =
        ledger.factsOf(item.concept()).stream()
            .filter(f -> f.period().equals(period) && f.dimensions().equals(item.dimensions()) && !f.isNil())
            .toList();
    if (facts.isEmpty()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(), Optional.empty(),
          "the ledger holds no " + what);
    }
    if (facts.stream().map(Fact::entity).distinct().count() > 1) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.empty(), Optional.empty(),
          "the ledger holds " + what + " for several entities: "
              + facts.stream().map(Fact::entity).distinct().collect(Collectors.joining(", ")));
    }
    if (!facts.get(0).unit().equals(Unit.USD)) {
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
    for (Fact f : facts) {
      if (ties(stated, a, f)) {
        String precision = a.decimals().digits() < 0 ? " at the amount's precision (±" + Amounts.format(a.decimals().halfWidth()) + ")" : "";
        return claim(ClaimStatus.TIED, location, excerpt, a, concept, ref.period(), Optional.of(f), Optional.empty(),
            "ties to " + what + " = " + Amounts.format(f.amount()) + precision + signNote);
      }
    }
    Fact first = facts.get(0);
    String held = "the ledger holds " + what + " = " + Amounts.format(first.amount()) + " at " + first.source();
    for (Fact f : facts) {
      if (ties(stated.negate(), a, f)) {
        return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.of(f), Optional.empty(),
            "same magnitude as " + what + " = " + Amounts.format(f.amount()) + ", but the wording does not settle the sign");
      }
    }
    if (!ref.cautions().isEmpty()) {
      return claim(ClaimStatus.UNTRACED, location, excerpt, a, concept, ref.period(), Optional.of(first), Optional.empty(),
          "differs, but the figure is " + String.join("; ", ref.cautions())
              + ", so it may be a part or an estimate of the line: " + held);
    }
    BigDecimal variance = sign.isPresent() ? a.value().abs().subtract(first.amount().abs()) : a.value().subtract(first.amount());
    return claim(ClaimStatus.CONTRADICTED, location, excerpt, a, concept, ref.period(), Optional.of(first), Optional.of(variance),
        "the prose says " + a.text() + ", but " + held + "; variance " + Amounts.format(variance)
            + (sign.isPresent() ? " (magnitudes)" : "") + signNote);
  }

  /** XBRL-style: the amount and the fact tie when their rounding intervals overlap. */
  private static boolean ties(BigDecimal stated, ProseAmount a, Fact f) {
    BigDecimal tolerance = a.decimals().halfWidth().add(f.decimals().halfWidth());
    return stated.subtract(f.amount()).abs().compareTo(tolerance) <= 0;
  }

  private static NarrativeClaim claim(
      ClaimStatus status, String location, String excerpt, ProseAmount a, Optional<Concept> concept,
      Optional<Period> period, Optional<Fact> fact, Optional<BigDecimal> variance, String reason) {
    return new NarrativeClaim(status, location, a.text(), a.value(), a.decimals(), excerpt, concept, period, fact,
        variance, reason);
  }
}
