package tieout.narrative;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;

/**
 * What the words around an amount say about its sign. Prose states magnitudes: "net loss was
 * $11,422,025" is NetIncomeLoss = −11,422,025 because a loss is a debit-natured word and net income
 * a credit concept; "deferred income tax recovery of $2,381,868" is −2,381,868 of a debit (expense)
 * concept. Without such a word the amount is taken as printed.
 */
final class Wording {
  private Wording() {}

  private static final Set<String> DEBIT_WORDS =
      Set.of("loss", "losses", "deficit", "expense", "expenses", "cost", "costs", "fees", "charge", "charges",
          "expenditure", "expenditures", "impairment", "writedown");
  private static final Set<String> CREDIT_WORDS =
      Set.of("gain", "gains", "income", "profit", "profits", "earnings", "revenue", "revenues", "recovery",
          "recoveries", "benefit");

  /** The sign word that decides, with the word itself: the last debit- or credit-natured word. */
  record Sign(int factor, String word, Balance side) {}

  /**
   * The sign the ledger value should have for a magnitude stated with {@code words} (the caption and
   * the words right after it), or empty when the words or the concept do not make it clear.
   */
  static Optional<Sign> sign(Concept concept, List<String> words) {
    if (concept.balance() == Balance.NONE) {
      return Optional.empty();
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = words.get(i);
      Balance side = DEBIT_WORDS.contains(w) ? Balance.DEBIT : CREDIT_WORDS.contains(w) ? Balance.CREDIT : null;
      if (side != null) {
        return Optional.of(new Sign(side == concept.balance() ? 1 : -1, w, side));
      }
    }
    return Optional.empty();
  }
}
