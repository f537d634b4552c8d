package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tieout.rules.Token.Kind;

/**
 * The rule declarations of a rule file, read from a {@link TokenCursor} that {@link Parser} has
 * placed on the keyword {@code rule}.
 *
 * <pre>
 * rule          = "rule" NAME [ "error" | "warning" ] STRING [ "within" ( NUMBER | PERCENT ) ] body
 * body          = "rollup" "quarters" "of" ( "all" "additive" | NAME { "," NAME } )
 *               | ( "breakdown" NAME "by" NAME
 *                 | "sum" NAME "=" expr
 *                 | "assert" expr ( "=" | "<" | "<=" | ">" | ">=" ) expr
 *                 | "rollforward" NAME "by" expr ) [ filter ]
 *               | "flux" NAME { "," NAME } ( "yoy" | "qoq" ) threshold [ "and" threshold ]
 * threshold     = ">" ( PERCENT | NUMBER )
 * filter        = "for" ( "quarters" | "half-years" | "nine-months" | "years" | "instants" | "durations" )
 * expr          = term { ( "+" | "-" ) term }
 * term          = factor { ( "*" | "/" ) factor }
 * factor        = ( "+" | "-" ) factor | "(" expr ")" | NUMBER | NAME
 * </pre>
 */
final class RuleGrammar {
  private static final ImmutableList<String> BODY_KEYWORDS =
      ImmutableList.of("rollup", "breakdown", "sum", "assert", "rollforward", "flux");
  private static final ImmutableList<String> FILTERS =
      ImmutableList.of("quarters", "half-years", "nine-months", "years", "instants", "durations");
  /** Deeper nesting than any real rule; the limit keeps hostile input from overflowing the stack. */
  private static final int MAX_DEPTH = 100;

  private final TokenCursor cursor;
  private int depth;

  RuleGrammar(TokenCursor cursor) {
    this.cursor = cursor;
  }

  Decl rule() {
    int start = cursor.position();
    cursor.next();
    Name id = cursor.name("a rule id", cursor.after(start));
    cursor.declaring(new Decl.Broken(Decl.Kind.RULE, id));
    Severity severity = Severity.ERROR;
    boolean severityGiven = false;
    if (cursor.peek().isWord("error") || cursor.peek().isWord("warning")) {
      severity = cursor.next().text().equals("error") ? Severity.ERROR : Severity.WARNING;
      severityGiven = true;
    }
    String quoted = "the rule's message in double quotes";
    String message = cursor.string(severityGiven ? quoted : "'error', 'warning' or " + quoted, cursor.after(start));
    Materiality materiality = Materiality.NONE;
    String afterHead = "the message of rule '" + id.text() + "'";
    if (cursor.peek().isWord("within")) {
      int within = cursor.position();
      cursor.next();
      Token amount = cursor.peek();
      if (amount.is(Kind.NUMBER)) {
        materiality = new Materiality.Absolute(amount.number());
      } else if (amount.is(Kind.PERCENT)) {
        materiality = new Materiality.Relative(amount.number());
      } else {
        throw cursor.expected("an amount or a percentage", "'within'");
      }
      cursor.next();
      afterHead = cursor.after(within);
    }
    if (!cursor.peek().is(Kind.WORD) || cursor.atDeclarationStart() || !BODY_KEYWORDS.contains(cursor.peek().text())) {
      throw cursor.expectedOneOf(
          BODY_KEYWORDS, "a rule body ('rollup', 'breakdown', 'sum', 'assert', 'rollforward' or 'flux')", afterHead);
    }
    int bodyStart = cursor.position();
    Body body =
        switch (cursor.next().text()) {
          case "rollup" -> rollup(bodyStart);
          case "breakdown" -> breakdown(bodyStart);
          case "sum" -> sum(bodyStart);
          case "assert" -> assertion(bodyStart);
          case "flux" -> flux(bodyStart);
          default -> rollforward(bodyStart);
        };
    if (body instanceof Body.Flux && !severityGiven) {
      severity = Severity.WARNING; // a flux finding asks for an explanation; it is no error by itself
    }
    PeriodFilter filter = PeriodFilter.ALL;
    if (!(body instanceof Body.Rollup) && !(body instanceof Body.Flux)) {
      if (cursor.peek().isWord("for")) {
        int forStart = cursor.position();
        cursor.next();
        filter = cursor.peek().is(Kind.WORD) && !cursor.atDeclarationStart() ? PeriodFilter.fromKeyword(cursor.peek().text()) : null;
        if (filter == null) {
          throw cursor.expectedOneOf(
              FILTERS, "'quarters', 'half-years', 'nine-months', 'years', 'instants' or 'durations'", "'for'");
        }
        cursor.next();
        cursor.expectEnd("a new declaration on its own line", cursor.after(forStart));
      } else if (body instanceof Body.Breakdown) {
        cursor.expectEnd("'for'", cursor.after(bodyStart));
      } else {
        cursor.expectEnd("an operator or 'for'", cursor.after(cursor.position() - 1));
      }
    }
    return new Decl.RuleDecl(id, severity, message, materiality, body, filter);
  }

  private Body rollup(int start) {
    cursor.expectWord("quarters", cursor.after(start));
    cursor.expectWord("of", cursor.after(start));
    if (cursor.peek().isWord("all") && !cursor.atDeclarationStart()) {
      cursor.next();
      cursor.expectWord("additive", cursor.after(start));
      rollupEnd(start, "a new declaration on its own line");
      return new Body.Rollup(ImmutableList.of(), true);
    }
    ImmutableList.Builder<Name> concepts = ImmutableList.builder();
    concepts.add(cursor.name("'all additive' or a concept name", cursor.after(start)));
    while (cursor.peek().is(Kind.COMMA)) {
      cursor.next();
      concepts.add(cursor.name("a concept name", "','"));
    }
    rollupEnd(start, "','");
    return new Body.Rollup(concepts.build(), false);
  }

  private void rollupEnd(int start, String expected) {
    if (cursor.peek().isWord("for")) {
      String filter = cursor.peek(1).is(Kind.WORD) ? "for " + cursor.peek(1).text() : "for";
      throw cursor.fail(
          cursor.sourcePos(cursor.peek()),
          "a roll-up takes no period filter: it always compares quarters with their year; remove '" + filter + "'");
    }
    cursor.expectEnd(expected, cursor.after(start));
  }

  /**
   * {@code flux C1, C2 yoy > 25% and > 1,000,000}: at most one relative and one absolute
   * threshold, in either order.
   */
  private Body flux(int start) {
    ImmutableList.Builder<Name> concepts = ImmutableList.builder();
    concepts.add(cursor.name("a concept name", cursor.after(start)));
    while (cursor.peek().is(Kind.COMMA)) {
      cursor.next();
      concepts.add(cursor.name("a concept name", "','"));
    }
    FluxBasis basis = cursor.peek().is(Kind.WORD) && !cursor.atDeclarationStart() ? FluxBasis.fromKeyword(cursor.peek().text()) : null;
    if (basis == null) {
      throw cursor.expectedOneOf(
          List.of("yoy", "qoq"), "'yoy' (year over year) or 'qoq' (quarter over the same quarter a year before)",
          cursor.after(start));
    }
    cursor.next();
    Optional<java.math.BigDecimal> percent = Optional.empty();
    Optional<java.math.BigDecimal> amount = Optional.empty();
    while (true) {
      if (!cursor.peek().is(Kind.GT)) {
        throw cursor.expected("'>' and a threshold such as '25%' or '1,000,000'", cursor.after(start));
      }
      cursor.next();
      Token limit = cursor.peek();
      if (limit.is(Kind.PERCENT) && percent.isEmpty()) {
        percent = Optional.of(limit.number());
      } else if (limit.is(Kind.NUMBER) && amount.isEmpty()) {
        amount = Optional.of(limit.number());
      } else {
        String what = percent.isPresent() ? "an amount such as '1,000,000'"
            : amount.isPresent() ? "a percentage such as '25%'" : "a percentage such as '25%' or an amount";
        throw cursor.expected(what, cursor.after(start));
      }
      cursor.next();
      if (!cursor.peek().isWord("and") || cursor.atDeclarationStart()) {
        break;
      }
      cursor.next();
    }
    if (cursor.peek().isWord("for")) {
      String filter = cursor.peek(1).is(Kind.WORD) ? "for " + cursor.peek(1).text() : "for";
      throw cursor.fail(
          cursor.sourcePos(cursor.peek()),
          "a flux rule takes no period filter: 'yoy' and 'qoq' choose the periods; remove '" + filter + "'");
    }
    cursor.expectEndOneOf(List.of("and"), "'and' or a new declaration on its own line", cursor.after(start));
    return new Body.Flux(concepts.build(), basis, percent, amount);
  }

  private Body breakdown(int start) {
    Name total = cursor.name("a concept name", cursor.after(start));
    cursor.expectWord("by", cursor.after(start));
    Name axis = cursor.name("an axis name", cursor.after(start));
    return new Body.Breakdown(total, axis);
  }

  private Body sum(int start) {
    Name total = cursor.name("a concept name", cursor.after(start));
    if (!cursor.peek().is(Kind.EQ)) {
      throw cursor.expected("'='", cursor.after(start));
    }
    cursor.next();
    return new Body.Sum(total, expr());
  }

  private Body assertion(int start) {
    Expr left = expr();
    Comparison op =
        switch (cursor.peek().kind()) {
          case EQ -> Comparison.EQ;
          case LT -> Comparison.LT;
          case LE -> Comparison.LE;
          case GT -> Comparison.GT;
          case GE -> Comparison.GE;
          default -> throw cursor.expected("a comparison ('=', '<', '<=', '>' or '>=')", cursor.after(start));
        };
    cursor.next();
    return new Body.Assert(left, op, expr());
  }

  private Body rollforward(int start) {
    Name balance = cursor.name("a concept name", cursor.after(start));
    cursor.expectWord("by", cursor.after(start));
    return new Body.Rollforward(balance, expr());
  }

  // ---- expressions ----

  private Expr expr() {
    return chain(Kind.PLUS, Kind.MINUS, this::term);
  }

  private Expr term() {
    return chain(Kind.STAR, Kind.SLASH, this::factor);
  }

  /** {@code operand { ( a | b ) operand }}: one precedence level, or its lone operand. */
  private Expr chain(Kind a, Kind b, Supplier<Expr> operand) {
    Expr first = operand.get();
    ImmutableList.Builder<Expr.Link> links = ImmutableList.builder();
    while (cursor.peek().is(a) || cursor.peek().is(b)) {
      Token op = cursor.next();
      links.add(new Expr.Link(op.text().charAt(0), operand.get(), cursor.sourcePos(op)));
    }
    ImmutableList<Expr.Link> all = links.build();
    return all.isEmpty() ? first : new Expr.Chain(first, all);
  }

  private Expr factor() {
    Token token = cursor.peek();
    switch (token.kind()) {
      case NUMBER -> {
        cursor.next();
        return new Expr.Num(token.number(), token.text(), cursor.sourcePos(token));
      }
      case WORD -> {
        if (!cursor.atDeclarationStart()) {
          cursor.next();
          return new Expr.Ref(new Name(token.text(), cursor.sourcePos(token)));
        }
      }
      case PLUS, MINUS, LPAREN -> {
        if (++depth > MAX_DEPTH) {
          throw cursor.fail(cursor.sourcePos(token), "expression nested more than " + MAX_DEPTH + " levels deep");
        }
        try {
          cursor.next();
          if (token.is(Kind.PLUS)) {
            return factor();
          }
          if (token.is(Kind.MINUS)) {
            return new Expr.Neg(factor(), cursor.sourcePos(token));
          }
          Expr inner = expr();
          if (!cursor.peek().is(Kind.RPAREN)) {
            throw cursor.expected(
                "')' to match the '(' at line " + token.line() + ", column " + token.column(), null);
          }
          cursor.next();
          return new Expr.Paren(inner, cursor.sourcePos(token));
        } finally {
          depth--;
        }
      }
      default -> {}
    }
    throw cursor.expected("a concept, a number or '('", TokenCursor.quote(cursor.previous().text()));
  }
}
