package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import tieout.taxonomy.Concept;

/** {@code weight x concept}, one item of a summation or a linear expression. */
public record Term(BigDecimal weight, Concept concept) {
  public Term {
    checkNotNull(weight);
    checkNotNull(concept);
  }

  public static Term plus(Concept concept) {
    return new Term(BigDecimal.ONE, concept);
  }

  public static Term minus(Concept concept) {
    return new Term(BigDecimal.ONE.negate(), concept);
  }
}
