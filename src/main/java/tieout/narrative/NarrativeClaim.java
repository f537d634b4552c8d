package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.taxonomy.Concept;

/**
 * One monetary amount found in prose, what it was taken to refer to, and the verdict.
 *
 * @param location {@code file:line:col} of the amount
 * @param amountText the amount as printed, e.g. {@code $46.4 million}
 * @param amount its value, e.g. 46400000
 * @param decimals its stated precision, e.g. -5 for "$46.4 million"
 * @param excerpt the sentence (or part of it) around the amount
 * @param fact for TIED and CONTRADICTED, the ledger fact compared with
 * @param variance for CONTRADICTED and DIFFERS, amount − fact value
 * @param reason why it was classified so, for people
 * @param note for TIED, what a reader should still know (the table puts the figure in another quarter)
 */
public record NarrativeClaim(
    ClaimStatus status,
    String location,
    String amountText,
    BigDecimal amount,
    Decimals decimals,
    String excerpt,
    Optional<Concept> concept,
    Optional<Period> period,
    Optional<Fact> fact,
    Optional<BigDecimal> variance,
    String reason,
    Optional<String> note) {

  public NarrativeClaim {
    checkNotNull(status);
    checkNotNull(location);
    checkNotNull(amountText);
    checkNotNull(amount);
    checkNotNull(decimals);
    checkNotNull(excerpt);
    checkNotNull(concept);
    checkNotNull(period);
    checkNotNull(fact);
    checkNotNull(variance);
    checkNotNull(reason);
    checkNotNull(note);
  }

  /** A claim without a note. */
  public NarrativeClaim(
      ClaimStatus status, String location, String amountText, BigDecimal amount, Decimals decimals, String excerpt,
      Optional<Concept> concept, Optional<Period> period, Optional<Fact> fact, Optional<BigDecimal> variance,
      String reason) {
    this(status, location, amountText, amount, decimals, excerpt, concept, period, fact, variance, reason, Optional.empty());
  }
}
