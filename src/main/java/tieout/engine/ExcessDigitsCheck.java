package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.rules.Materiality;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.Severity;
import tieout.rules.SourcePos;
import tieout.taxonomy.Concept;

/**
 * The built-in excessDigits rule (XBRL Calculations 1.1): a fact of a concept that a {@code sum}
 * rule names, whose value has digits finer than its decimals allow, fails once; the summations
 * using it are not evaluated ({@link Calc11Facts}).
 */
final class ExcessDigitsCheck implements Check {
  static final Rule.Header HEADER =
      new Rule.Header(
          "excessDigits",
          Severity.ERROR,
          "A figure has no more digits than its decimals allow",
          Materiality.NONE,
          PeriodFilter.ALL,
          new SourcePos("(built-in)", 0, 0, ""));

  private final Set<Concept> concepts = new LinkedHashSet<>();

  ExcessDigitsCheck(RuleSet rules) {
    for (Rule rule : rules.rules()) {
      if (rule instanceof Rule.Summation s) {
        concepts.add(s.total());
        s.items().forEach(t -> concepts.add(t.concept()));
      }
    }
  }

  @Override
  public ImmutableList<Finding> run(Ledger ledger) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    List<Fact> facts = ledger.facts();
    for (Concept concept : concepts) {
      for (int position : ledger.positionsOf(concept)) {
        Fact f = facts.get(position);
        if (Calc11Facts.excessDigits(f)) {
          BigDecimal rounded = f.amount().setScale(f.decimals().digits(), RoundingMode.HALF_UP);
          findings.add(new Finding(HEADER.id(), HEADER.severity(), Status.FAIL,
              concept.name() + " " + f.amount().toPlainString() + " has more digits than its decimals "
                  + f.decimals() + " allow (Calculations 1.1 excessDigits): the summations using it are not evaluated",
              f.entity(), f.period(), f.dimensions(), Optional.of(f.amount()), Optional.of(rounded),
              Optional.of(f.amount().subtract(rounded)), Optional.of(BigDecimal.ZERO), Optional.empty(),
              List.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, f))));
        }
      }
    }
    return findings.build();
  }
}
