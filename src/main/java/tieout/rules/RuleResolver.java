package tieout.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tieout.error.Suggestions;
import tieout.taxonomy.Concept;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * Turns rule declarations into {@link Rule}s: resolves names against the taxonomy and checks what
 * the grammar cannot (period types, additivity, a summation that contains its own total, unique
 * rule ids). A rule with any error is reported and left out.
 */
final class RuleResolver {
  private final Taxonomy taxonomy;
  private final ImmutableSet<String> brokenConcepts;
  private final ImmutableSet<String> brokenAxes;
  private final RuleErrors problems;
  private final Map<String, SourcePos> ids = new HashMap<>();
  /** Unknown names already reported for the rule being resolved: each is reported once a rule. */
  private final Set<String> reportedUnknown = new HashSet<>();
  /** Whether the rule being resolved is still free of errors. */
  private boolean valid;

  RuleResolver(TaxonomyResolver.Result taxonomy, RuleErrors problems) {
    this.taxonomy = taxonomy.taxonomy();
    this.brokenConcepts = taxonomy.brokenConcepts();
    this.brokenAxes = taxonomy.brokenAxes();
    this.problems = problems;
  }

  /** The rules of {@code decls} in declaration order; other declarations are ignored. */
  ImmutableList<Rule> resolve(List<Decl> decls) {
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (Decl decl : decls) {
      if (decl instanceof Decl.RuleDecl r) {
        valid = true;
        reportedUnknown.clear();
        Rule rule = rule(r);
        if (valid) {
          rules.add(rule);
        }
      } else if (decl instanceof Decl.Broken b && b.kind() == Decl.Kind.RULE) {
        checkUniqueId(b.name());
      }
    }
    return rules.build();
  }

  private Rule rule(Decl.RuleDecl decl) {
    Name id = decl.id();
    checkUniqueId(id);
    Rule.Header header =
        new Rule.Header(id.text(), decl.severity(), decl.message(), decl.materiality(), decl.filter(), id.pos());
    Body body = decl.body();
    if (body instanceof Body.Rollup b) {
      return rollup(header, b);
    } else if (body instanceof Body.Breakdown b) {
      return breakdown(header, b);
    } else if (body instanceof Body.Sum b) {
      return sum(header, b);
    } else if (body instanceof Body.Assert b) {
      return assertion(header, b);
    } else if (body instanceof Body.Flux b) {
      return flux(header, b);
    }
    return rollforward(header, (Body.Rollforward) body);
  }

  private void checkUniqueId(Name id) {
    SourcePos first = ids.putIfAbsent(id.text(), id.pos());
    if (first != null) {
      error(id.pos(), "rule id '" + id.text() + "' was already declared at " + first);
    }
  }

  private Rule rollup(Rule.Header header, Body.Rollup body) {
    if (body.allAdditive()) {
      return new Rule.Rollup(header, ImmutableList.of(), true);
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Name name : body.concepts()) {
      Concept concept = concept(name);
      if (concept == null) {
        continue;
      }
      // A balance need not add up: its Q4 figure is compared with the year end instead.
      if (concept.periodType() == PeriodType.DURATION && !concept.additive()) {
        error(
            name.pos(),
            "'" + concept.name() + "' is " + nonAdditiveKind(concept)
                + ": its values do not add across periods; remove it from the roll-up");
      }
      concepts.putIfAbsent(concept.name(), concept);
    }
    return new Rule.Rollup(header, ImmutableList.copyOf(concepts.values()), false);
  }

  private Rule flux(Rule.Header header, Body.Flux body) {
    if (header.materiality() != Materiality.NONE) {
      error(
          header.pos(),
          "a flux rule takes no '" + header.materiality()
              + "': its thresholds say what is material; remove it");
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Name name : body.concepts()) {
      Concept concept = concept(name);
      if (concept != null) {
        concepts.putIfAbsent(concept.name(), concept);
      }
    }
    return valid
        ? new Rule.Flux(
            header,
            ImmutableList.copyOf(concepts.values()),
            body.basis(),
            body.percent().orElse(java.math.BigDecimal.ZERO),
            body.amount().orElse(java.math.BigDecimal.ZERO))
        : null;
  }

  private static String nonAdditiveKind(Concept concept) {
    if (concept.itemType().additiveByDefault()) {
      return "declared non-additive";
    }
    return switch (concept.itemType()) {
      case PERCENT -> "a percentage";
      default -> concept.itemType().keyword();
    };
  }

  private Rule breakdown(Rule.Header header, Body.Breakdown body) {
    Concept total = concept(body.total());
    String axis = body.axis().text();
    if (taxonomy.axis(axis).isEmpty()) {
      valid = false;
      if (!brokenAxes.contains(axis)) {
        error(
            body.axis().pos(),
            "unknown axis '" + axis + "'" + Suggestions.didYouMean(axis, taxonomy.axes().keySet()));
      }
    }
    return valid ? new Rule.Breakdown(header, total, axis) : null;
  }

  private Rule sum(Rule.Header header, Body.Sum body) {
    Concept total = concept(body.total());
    LinearExpr items = linear(body.items());
    if (total == null || items == null) {
      return null;
    }
    checkNoConstants(body.items(), "a summation's items");
    Map<String, SourcePos> positions = firstPositions(body.items());
    for (Term item : items.terms()) {
      if (item.concept().equals(total)) {
        error(
            positions.get(total.name()),
            "'" + total.name() + "' cannot be both the total and an item of its own summation");
      }
    }
    for (Term item : items.terms()) {
      if (item.concept().periodType() != total.periodType()) {
        error(
            positions.get(item.concept().name()),
            "summation mixes " + describe(total) + " with " + describe(item.concept())
                + ": the total and its items must share one period type");
        break;
      }
    }
    return valid ? new Rule.Summation(header, total, items.terms()) : null;
  }

  private Rule assertion(Rule.Header header, Body.Assert body) {
    LinearExpr left = linear(body.left());
    LinearExpr right = linear(body.right());
    if (left == null || right == null) {
      return null;
    }
    List<Term> terms = new ArrayList<>(left.terms());
    terms.addAll(right.terms());
    if (terms.isEmpty()) {
      error(
          body.left().pos(),
          "assertion '" + body.left().print() + " " + body.op().symbol() + " " + body.right().print()
              + "' names no concept, so it would never be checked");
      return null;
    }
    Map<String, SourcePos> positions = firstPositions(body.right());
    positions.putAll(firstPositions(body.left()));
    Concept first = terms.get(0).concept();
    for (Term term : terms) {
      if (term.concept().periodType() != first.periodType()) {
        error(
            positions.get(term.concept().name()),
            "assertion mixes " + describe(first) + " with " + describe(term.concept())
                + ": both sides must share one period type");
        return null;
      }
    }
    return new Rule.Assertion(header, left, body.op(), right);
  }

  private Rule rollforward(Rule.Header header, Body.Rollforward body) {
    Concept balance = concept(body.balance());
    LinearExpr flows = linear(body.flows());
    if (balance != null && balance.periodType() != PeriodType.INSTANT) {
      error(
          body.balance().pos(),
          "roll-forward balance '" + balance.name() + "' must be an instant concept, but it is a "
              + periodWord(balance) + " concept");
    }
    if (flows == null) {
      return null;
    }
    checkNoConstants(body.flows(), "a roll-forward's flows");
    Map<String, SourcePos> positions = firstPositions(body.flows());
    for (Term flow : flows.terms()) {
      if (flow.concept().periodType() != PeriodType.DURATION) {
        error(
            positions.get(flow.concept().name()),
            "roll-forward flow '" + flow.concept().name() + "' must be a duration concept, but it is an "
                + periodWord(flow.concept()) + " concept");
      }
    }
    return valid ? new Rule.Rollforward(header, balance, flows.terms()) : null;
  }

  /** Summations and roll-forwards add concepts only: a number among the terms is an error. */
  private void checkNoConstants(Expr expr, String what) {
    RuleErrors ignored = new RuleErrors(List.of());
    for (Expr term : ExprFolder.additiveTerms(expr)) {
      Optional<ExprFolder.Folded> folded = ExprFolder.fold(term, ignored);
      if (folded.isPresent() && (folded.get().isConstant() || folded.get().constant().signum() != 0)) {
        error(
            term.pos(),
            what + " must be concepts, each optionally multiplied by a number; remove '" + term.print() + "'");
      }
    }
  }

  /** The expression folded and its concepts resolved, or null after reporting why not. */
  private LinearExpr linear(Expr expr) {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    boolean known = true;
    for (Name name : ExprFolder.refs(expr)) {
      if (!concepts.containsKey(name.text())) {
        Concept concept = concept(name);
        concepts.put(name.text(), concept);
        known &= concept != null;
      }
    }
    Optional<ExprFolder.Folded> folded = ExprFolder.fold(expr, problems);
    if (!known || folded.isEmpty()) {
      valid = false;
      return null;
    }
    ImmutableList.Builder<Term> terms = ImmutableList.builder();
    folded.get().weights().forEach((name, weight) -> terms.add(new Term(weight, concepts.get(name))));
    return new LinearExpr(terms.build(), folded.get().constant());
  }

  private static Map<String, SourcePos> firstPositions(Expr expr) {
    Map<String, SourcePos> positions = new HashMap<>();
    ExprFolder.refs(expr).forEach(name -> positions.putIfAbsent(name.text(), name.pos()));
    return positions;
  }

  /** The concept named, or null after reporting it unknown (unless its declaration broke). */
  private Concept concept(Name name) {
    Optional<Concept> concept = taxonomy.concept(name.text());
    if (concept.isPresent()) {
      return concept.get();
    }
    valid = false;
    if (!brokenConcepts.contains(name.text()) && reportedUnknown.add(name.text())) {
      problems.add(name.pos(), "unknown concept '" + name.text() + "'" + unknownConceptHint(name.text()));
    }
    return null;
  }

  /** Names may contain '-', so "Assets-Liabilities" is one (unknown) name: say how to subtract. */
  private String unknownConceptHint(String name) {
    String[] parts = name.split("-", -1);
    if (parts.length > 1) {
      boolean allKnown = true;
      for (String part : parts) {
        allKnown &= taxonomy.concept(part).isPresent();
      }
      if (allKnown) {
        return "; to subtract, put spaces around '-': '" + String.join(" - ", parts) + "'";
      }
    }
    return taxonomy.didYouMeanConcept(name);
  }

  private void error(SourcePos pos, String message) {
    valid = false;
    problems.add(pos, message);
  }

  private static String describe(Concept concept) {
    return periodWord(concept) + " concept '" + concept.name() + "'";
  }

  private static String periodWord(Concept concept) {
    return concept.periodType().name().toLowerCase(Locale.ROOT);
  }
}
