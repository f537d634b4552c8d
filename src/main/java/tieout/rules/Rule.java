package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import tieout.taxonomy.Concept;

/**
 * A check declared in a rule file. Every rule has a {@link Header} (id, severity, message,
 * materiality and where it was declared); the kinds differ in what they compare. See
 * {@code docs/rules.md} for the grammar and the exact semantics of each kind.
 */
public sealed interface Rule
    permits Rule.Rollup, Rule.Breakdown, Rule.Summation, Rule.Assertion, Rule.Rollforward, Rule.Flux {

  Header header();

  default String id() {
    return header().id();
  }

  /** What every rule carries. {@code pos} is where the rule's id was declared. */
  record Header(
      String id, Severity severity, String message, Materiality materiality, PeriodFilter filter, SourcePos pos) {
    public Header {
      checkNotNull(filter);
      checkNotNull(id);
      checkNotNull(severity);
      checkNotNull(message);
      checkNotNull(materiality);
      checkNotNull(pos);
    }
  }

  /**
   * The quarters of a fiscal year sum to the year, and year-to-date figures (3, 6, 9, 12 months)
   * chain. {@code concepts} empty with {@code allAdditive} means every additive duration concept.
   * For an instant concept, the balance printed for Q4 equals the year-end balance.
   */
  record Rollup(Header header, ImmutableList<Concept> concepts, boolean allAdditive) implements Rule {}

  /** The members of {@code axis} sum to the total (the fact without that axis). */
  record Breakdown(Header header, Concept total, String axis) implements Rule {}

  /**
   * Calculation-linkbase style: {@code total = sum(weight x item)} in every context. Evaluated where
   * the total is reported; items not reported contribute nothing (XBRL Calculations 1.1).
   */
  record Summation(Header header, Concept total, ImmutableList<Term> items) implements Rule {}

  /**
   * Arithmetic between concepts in the same context, {@code left op right}; every concept must be
   * reported for the check to be evaluated.
   */
  record Assertion(Header header, LinearExpr left, Comparison op, LinearExpr right) implements Rule {}

  /** {@code closing = opening + sum(weight x flow)}, the flows over the duration between two balances. */
  record Rollforward(Header header, Concept balance, ImmutableList<Term> flows) implements Rule {}

  /**
   * Flux (period-over-period) review: flag a concept whose change against the comparable period a
   * year before exceeds both {@code percent} of the comparative's magnitude and {@code amount}.
   * A threshold not written is zero. Findings of flux rules are reported in a section of their own.
   */
  record Flux(
      Header header,
      ImmutableList<Concept> concepts,
      FluxBasis basis,
      java.math.BigDecimal percent,
      java.math.BigDecimal amount)
      implements Rule {}
}
