package tieout.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tieout.error.Suggestions;
import tieout.rules.Token.Kind;
import tieout.taxonomy.Balance;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;

/**
 * Recursive-descent parser for one rule or taxonomy file; it reads syntax only and leaves names to
 * {@link TaxonomyResolver} and {@link RuleResolver}.
 *
 * <p>Grammar ({@code {x}} repeats, {@code [x]} is optional, quoted words are keywords; a declaration
 * keyword counts only as the first token of a line, which is how a declaration ends):
 *
 * <pre>
 * file          = { declaration } EOF
 * declaration   = entity | fiscalYearEnd | undeclaredCaptions | axis | concept | rule
 * entity        = "entity" STRING
 * fiscalYearEnd = "fiscal-year-end" ( MONTH-NAME NUMBER | NUMBER "-" NUMBER )
 * undeclaredCaptions = "undeclared-captions" ( "adopt" | "refuse" )
 * axis          = "axis" NAME { member }
 * member        = "member" NAME STRING { STRING } [ "in" STRING ]
 * concept       = "concept" NAME itemType periodType [ "debit" | "credit" ]
 *                 [ "additive" | "non-additive" ] { label }
 * itemType      = "monetary" | "per-share" | "shares" | "percent"
 * periodType    = "duration" | "instant"
 * label         = "label" STRING { "negated" | "member" NAME "=" NAME { NAME "=" NAME } | "in" STRING }
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
 *
 * <p>A label's parts ({@code negated}, {@code member}, {@code in}) may come in any order, each at
 * most once except {@code member}. On a syntax error the parser records one problem and skips to
 * the next declaration keyword at the start of a line, so one pass reports every broken declaration.
 */
final class Parser {
  static final ImmutableList<String> DECLARATION_KEYWORDS =
      ImmutableList.of("entity", "fiscal-year-end", "undeclared-captions", "axis", "concept", "rule");
  private static final ImmutableList<String> CAPTION_POLICIES = ImmutableList.of("adopt", "refuse");
  private static final ImmutableList<String> BODY_KEYWORDS =
      ImmutableList.of("rollup", "breakdown", "sum", "assert", "rollforward", "flux");
  private static final ImmutableList<String> ITEM_TYPES =
      ImmutableList.of("monetary", "per-share", "shares", "percent");
  private static final ImmutableList<String> FILTERS =
      ImmutableList.of("quarters", "half-years", "nine-months", "years", "instants", "durations");
  private static final ImmutableList<String> MONTH_NAMES =
      ImmutableList.of(
          "January", "February", "March", "April", "May", "June",
          "July", "August", "September", "October", "November", "December");
  private static final ImmutableMap<String, Integer> MONTHS = months();
  /** Deeper nesting than any real rule; the limit keeps hostile input from overflowing the stack. */
  private static final int MAX_DEPTH = 100;

  private final SourceFile source;
  private final ImmutableList<Token> tokens;
  private final RuleErrors problems;
  private int pos;
  private int depth;
  /** The axis, concept or rule being declared, kept if its declaration breaks. */
  private Decl.Broken broken;

  /** Signals a syntax error that was already recorded; the parser recovers at the next declaration. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed() {
      super(null, null, false, false);
    }
  }

  Parser(SourceFile source, RuleErrors problems) {
    this.source = source;
    this.tokens = Lexer.lex(source.text());
    this.problems = problems;
  }

  /** Every declaration that parsed, in file order; syntax errors go to the problems. */
  ImmutableList<Decl> parseFile() {
    ImmutableList.Builder<Decl> decls = ImmutableList.builder();
    while (!peek().is(Kind.EOF)) {
      broken = null;
      try {
        decls.add(declaration());
      } catch (Failed failed) {
        if (broken != null) {
          decls.add(broken);
        }
        recover();
      }
    }
    return decls.build();
  }

  /**
   * Skips to the next declaration keyword at the start of a line, or to a line starting with a
   * misspelling of one (reported next, with a did-you-mean), but never stays on the token that
   * failed.
   */
  private void recover() {
    int failedAt = pos;
    while (!peek().is(Kind.EOF) && !atDeclarationStart() && !(pos != failedAt && atMisspelledDeclaration())) {
      pos++;
    }
  }

  /** A lower-case word first on its line that is close to a declaration keyword, e.g. {@code rul}. */
  private boolean atMisspelledDeclaration() {
    Token token = peek();
    return token.is(Kind.WORD)
        && token.startOfLine()
        && Character.isLowerCase(token.text().charAt(0))
        && Suggestions.closest(token.text(), DECLARATION_KEYWORDS).isPresent();
  }

  private Decl declaration() {
    if (!atDeclarationStart()) {
      throw expectedOneOf(
          DECLARATION_KEYWORDS,
          "a declaration ('entity', 'fiscal-year-end', 'undeclared-captions', 'axis', 'concept' or 'rule')", null);
    }
    return switch (peek().text()) {
      case "entity" -> entity();
      case "fiscal-year-end" -> fiscalYearEnd();
      case "undeclared-captions" -> undeclaredCaptions();
      case "axis" -> axis();
      case "concept" -> concept();
      default -> rule();
    };
  }

  // ---- taxonomy declarations ----

  private Decl entity() {
    int start = pos;
    next();
    Token name = peek();
    String entity = string("the entity's name in double quotes", after(start));
    expectEnd("a new declaration on its own line", after(start));
    return new Decl.Entity(entity, source.pos(name));
  }

  private Decl fiscalYearEnd() {
    int start = pos;
    next();
    Token first = peek();
    int month;
    if (first.is(Kind.WORD) && !atDeclarationStart()) {
      Integer named = MONTHS.get(first.text().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
      if (named == null) {
        throw expectedOneOf(
            MONTH_NAMES, "a month such as 'December' or a month number", after(start));
      }
      month = named;
      next();
    } else if (first.is(Kind.NUMBER)) {
      month = integer(next());
      if (!peek().is(Kind.MINUS)) {
        throw expected("'-'", after(start));
      }
      next();
    } else {
      throw expected("a month and day such as 'December 31' or '12-31'", after(start));
    }
    if (!peek().is(Kind.NUMBER)) {
      throw expected("the day of the month", after(start));
    }
    int day = integer(next());
    MonthDay end;
    try {
      end = MonthDay.of(month, day);
    } catch (DateTimeException e) {
      problems.add(
          source.pos(first),
          "expected a fiscal year end such as 'December 31' or '12-31', found '" + text(start + 1, pos) + "'");
      throw new Failed();
    }
    expectEnd("a new declaration on its own line", after(start));
    return new Decl.FiscalYearEnd(end, source.pos(first));
  }

  private Decl undeclaredCaptions() {
    int start = pos;
    Token keyword = next();
    Token policy = peek();
    if (!policy.is(Kind.WORD) || atDeclarationStart() || !CAPTION_POLICIES.contains(policy.text())) {
      throw expectedOneOf(CAPTION_POLICIES, "'adopt' or 'refuse'", after(start));
    }
    next();
    expectEnd("a new declaration on its own line", after(start));
    return new Decl.UndeclaredCaptions(policy.text().equals("adopt"), source.pos(keyword));
  }

  private Decl axis() {
    int start = pos;
    next();
    Name name = name("an axis name", after(start));
    broken = new Decl.Broken(Decl.Kind.AXIS, name);
    ImmutableList.Builder<Decl.MemberDecl> members = ImmutableList.builder();
    if (!peek().isWord("member")) {
      expectEnd("'member'", after(start));
    }
    while (peek().isWord("member")) {
      members.add(member());
    }
    return new Decl.AxisDecl(name, members.build());
  }

  private Decl.MemberDecl member() {
    int start = pos;
    next();
    Name name = name("a member name", after(start));
    ImmutableList.Builder<String> captions = ImmutableList.builder();
    captions.add(string("the member's caption in double quotes", after(start)));
    while (peek().is(Kind.STRING)) {
      captions.add(next().value());
    }
    Optional<String> scope = Optional.empty();
    if (peek().isWord("in")) {
      next();
      scope = Optional.of(string("a sheet name in double quotes", after(start)));
    }
    if (!peek().isWord("member")) {
      if (scope.isPresent()) {
        expectEnd("'member'", after(start));
      } else {
        expectEndOneOf(List.of("in", "member"), "a caption, 'in' or 'member'", after(start));
      }
    }
    return new Decl.MemberDecl(name, captions.build(), scope);
  }

  private Decl concept() {
    int start = pos;
    next();
    Name name = name("a concept name", after(start));
    broken = new Decl.Broken(Decl.Kind.CONCEPT, name);
    ItemType itemType = peek().is(Kind.WORD) ? ItemType.fromKeyword(peek().text()) : null;
    if (itemType == null || atDeclarationStart()) {
      throw expectedOneOf(ITEM_TYPES, "an item type ('monetary', 'per-share', 'shares' or 'percent')", after(start));
    }
    next();
    PeriodType periodType;
    if (peek().isWord("duration")) {
      periodType = PeriodType.DURATION;
    } else if (peek().isWord("instant")) {
      periodType = PeriodType.INSTANT;
    } else {
      throw expectedOneOf(List.of("duration", "instant"), "'duration' or 'instant'", after(start));
    }
    next();
    Balance balance = Balance.NONE;
    if (peek().isWord("debit") || peek().isWord("credit")) {
      balance = next().text().equals("debit") ? Balance.DEBIT : Balance.CREDIT;
    }
    Optional<Boolean> additive = Optional.empty();
    if (peek().isWord("additive") || peek().isWord("non-additive")) {
      additive = Optional.of(next().text().equals("additive"));
    }
    if (!peek().isWord("label")) {
      List<String> options = new ArrayList<>();
      if (balance == Balance.NONE && additive.isEmpty()) {
        options.addAll(List.of("debit", "credit"));
      }
      if (additive.isEmpty()) {
        options.addAll(List.of("additive", "non-additive"));
      }
      options.add("label");
      expectEndOneOf(options, quotedList(options), after(start));
    }
    ImmutableList.Builder<Decl.LabelDecl> labels = ImmutableList.builder();
    while (peek().isWord("label")) {
      labels.add(label());
    }
    return new Decl.ConceptDecl(name, itemType, periodType, balance, additive, labels.build());
  }

  private Decl.LabelDecl label() {
    int start = pos;
    next();
    String caption = string("the caption in double quotes", after(start));
    boolean negated = false;
    ImmutableList.Builder<Decl.MemberRef> members = ImmutableList.builder();
    Optional<String> scope = Optional.empty();
    while (true) {
      if (peek().isWord("negated") && !negated) {
        next();
        negated = true;
      } else if (peek().isWord("member")) {
        next();
        do {
          Name axis = name("AXIS=MEMBER", after(start));
          if (!peek().is(Kind.EQ)) {
            throw expected("'='", after(start));
          }
          next();
          members.add(new Decl.MemberRef(axis, name("a member name", after(start))));
        } while (peek().is(Kind.WORD) && !atDeclarationStart() && peek(1).is(Kind.EQ));
      } else if (peek().isWord("in") && scope.isEmpty()) {
        next();
        scope = Optional.of(string("a sheet name in double quotes", after(start)));
      } else {
        break;
      }
    }
    if (!peek().isWord("label")) {
      List<String> options = new ArrayList<>();
      if (!negated) {
        options.add("negated");
      }
      options.add("member");
      if (scope.isEmpty()) {
        options.add("in");
      }
      options.add("label");
      expectEndOneOf(options, quotedList(options), after(start));
    }
    return new Decl.LabelDecl(caption, negated, members.build(), scope);
  }

  // ---- rules ----

  private Decl rule() {
    int start = pos;
    next();
    Name id = name("a rule id", after(start));
    broken = new Decl.Broken(Decl.Kind.RULE, id);
    Severity severity = Severity.ERROR;
    boolean severityGiven = false;
    if (peek().isWord("error") || peek().isWord("warning")) {
      severity = next().text().equals("error") ? Severity.ERROR : Severity.WARNING;
      severityGiven = true;
    }
    String quoted = "the rule's message in double quotes";
    String message = string(severityGiven ? quoted : "'error', 'warning' or " + quoted, after(start));
    Materiality materiality = Materiality.NONE;
    String afterHead = "the message of rule '" + id.text() + "'";
    if (peek().isWord("within")) {
      int within = pos;
      next();
      Token amount = peek();
      if (amount.is(Kind.NUMBER)) {
        materiality = new Materiality.Absolute(amount.number());
      } else if (amount.is(Kind.PERCENT)) {
        materiality = new Materiality.Relative(amount.number());
      } else {
        throw expected("an amount or a percentage", "'within'");
      }
      next();
      afterHead = after(within);
    }
    if (!peek().is(Kind.WORD) || atDeclarationStart() || !BODY_KEYWORDS.contains(peek().text())) {
      throw expectedOneOf(
          BODY_KEYWORDS, "a rule body ('rollup', 'breakdown', 'sum', 'assert', 'rollforward' or 'flux')", afterHead);
    }
    int bodyStart = pos;
    Body body =
        switch (next().text()) {
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
      if (peek().isWord("for")) {
        int forStart = pos;
        next();
        filter = peek().is(Kind.WORD) && !atDeclarationStart() ? PeriodFilter.fromKeyword(peek().text()) : null;
        if (filter == null) {
          throw expectedOneOf(
              FILTERS, "'quarters', 'half-years', 'nine-months', 'years', 'instants' or 'durations'", "'for'");
        }
        next();
        expectEnd("a new declaration on its own line", after(forStart));
      } else if (body instanceof Body.Breakdown) {
        expectEnd("'for'", after(bodyStart));
      } else {
        expectEnd("an operator or 'for'", after(pos - 1));
      }
    }
    return new Decl.RuleDecl(id, severity, message, materiality, body, filter);
  }

  private Body rollup(int start) {
    expectWord("quarters", after(start));
    expectWord("of", after(start));
    if (peek().isWord("all") && !atDeclarationStart()) {
      next();
      expectWord("additive", after(start));
      rollupEnd(start, "a new declaration on its own line");
      return new Body.Rollup(ImmutableList.of(), true);
    }
    ImmutableList.Builder<Name> concepts = ImmutableList.builder();
    concepts.add(name("'all additive' or a concept name", after(start)));
    while (peek().is(Kind.COMMA)) {
      next();
      concepts.add(name("a concept name", "','"));
    }
    rollupEnd(start, "','");
    return new Body.Rollup(concepts.build(), false);
  }

  private void rollupEnd(int start, String expected) {
    if (peek().isWord("for")) {
      String filter = peek(1).is(Kind.WORD) ? "for " + peek(1).text() : "for";
      problems.add(
          source.pos(peek()),
          "a roll-up takes no period filter: it always compares quarters with their year; remove '" + filter + "'");
      throw new Failed();
    }
    expectEnd(expected, after(start));
  }

  /**
   * {@code flux C1, C2 yoy > 25% and > 1,000,000}: at most one relative and one absolute
   * threshold, in either order.
   */
  private Body flux(int start) {
    ImmutableList.Builder<Name> concepts = ImmutableList.builder();
    concepts.add(name("a concept name", after(start)));
    while (peek().is(Kind.COMMA)) {
      next();
      concepts.add(name("a concept name", "','"));
    }
    FluxBasis basis = peek().is(Kind.WORD) && !atDeclarationStart() ? FluxBasis.fromKeyword(peek().text()) : null;
    if (basis == null) {
      throw expectedOneOf(
          List.of("yoy", "qoq"), "'yoy' (year over year) or 'qoq' (quarter over the same quarter a year before)",
          after(start));
    }
    next();
    Optional<java.math.BigDecimal> percent = Optional.empty();
    Optional<java.math.BigDecimal> amount = Optional.empty();
    while (true) {
      if (!peek().is(Kind.GT)) {
        throw expected("'>' and a threshold such as '25%' or '1,000,000'", after(start));
      }
      next();
      Token limit = peek();
      if (limit.is(Kind.PERCENT) && percent.isEmpty()) {
        percent = Optional.of(limit.number());
      } else if (limit.is(Kind.NUMBER) && amount.isEmpty()) {
        amount = Optional.of(limit.number());
      } else {
        String what = percent.isPresent() ? "an amount such as '1,000,000'"
            : amount.isPresent() ? "a percentage such as '25%'" : "a percentage such as '25%' or an amount";
        throw expected(what, after(start));
      }
      next();
      if (!peek().isWord("and") || atDeclarationStart()) {
        break;
      }
      next();
    }
    if (peek().isWord("for")) {
      String filter = peek(1).is(Kind.WORD) ? "for " + peek(1).text() : "for";
      problems.add(
          source.pos(peek()),
          "a flux rule takes no period filter: 'yoy' and 'qoq' choose the periods; remove '" + filter + "'");
      throw new Failed();
    }
    expectEndOneOf(List.of("and"), "'and' or a new declaration on its own line", after(start));
    return new Body.Flux(concepts.build(), basis, percent, amount);
  }

  private Body breakdown(int start) {
    Name total = name("a concept name", after(start));
    expectWord("by", after(start));
    Name axis = name("an axis name", after(start));
    return new Body.Breakdown(total, axis);
  }

  private Body sum(int start) {
    Name total = name("a concept name", after(start));
    if (!peek().is(Kind.EQ)) {
      throw expected("'='", after(start));
    }
    next();
    return new Body.Sum(total, expr());
  }

  private Body assertion(int start) {
    Expr left = expr();
    Comparison op =
        switch (peek().kind()) {
          case EQ -> Comparison.EQ;
          case LT -> Comparison.LT;
          case LE -> Comparison.LE;
          case GT -> Comparison.GT;
          case GE -> Comparison.GE;
          default -> throw expected("a comparison ('=', '<', '<=', '>' or '>=')", after(start));
        };
    next();
    return new Body.Assert(left, op, expr());
  }

  private Body rollforward(int start) {
    Name balance = name("a concept name", after(start));
    expectWord("by", after(start));
    return new Body.Rollforward(balance, expr());
  }

  // ---- expressions ----

  private Expr expr() {
    Expr first = term();
    ImmutableList.Builder<Expr.Link> links = ImmutableList.builder();
    while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
      Token op = next();
      links.add(new Expr.Link(op.text().charAt(0), term(), source.pos(op)));
    }
    ImmutableList<Expr.Link> all = links.build();
    return all.isEmpty() ? first : new Expr.Chain(first, all);
  }

  private Expr term() {
    Expr first = factor();
    ImmutableList.Builder<Expr.Link> links = ImmutableList.builder();
    while (peek().is(Kind.STAR) || peek().is(Kind.SLASH)) {
      Token op = next();
      links.add(new Expr.Link(op.text().charAt(0), factor(), source.pos(op)));
    }
    ImmutableList<Expr.Link> all = links.build();
    return all.isEmpty() ? first : new Expr.Chain(first, all);
  }

  private Expr factor() {
    Token token = peek();
    switch (token.kind()) {
      case NUMBER -> {
        next();
        return new Expr.Num(token.number(), token.text(), source.pos(token));
      }
      case WORD -> {
        if (!atDeclarationStart()) {
          next();
          return new Expr.Ref(new Name(token.text(), source.pos(token)));
        }
      }
      case PLUS, MINUS, LPAREN -> {
        if (++depth > MAX_DEPTH) {
          problems.add(source.pos(token), "expression nested more than " + MAX_DEPTH + " levels deep");
          throw new Failed();
        }
        try {
          next();
          if (token.is(Kind.PLUS)) {
            return factor();
          }
          if (token.is(Kind.MINUS)) {
            return new Expr.Neg(factor(), source.pos(token));
          }
          Expr inner = expr();
          if (!peek().is(Kind.RPAREN)) {
            throw expected(
                "')' to match the '(' at line " + token.line() + ", column " + token.column(), null);
          }
          next();
          return new Expr.Paren(inner, source.pos(token));
        } finally {
          depth--;
        }
      }
      default -> {}
    }
    throw expected("a concept, a number or '('", quote(tokens.get(pos - 1).text()));
  }

  // ---- tokens ----

  private Token peek() {
    return peek(0);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  private Token next() {
    Token token = peek();
    if (!token.is(Kind.EOF)) {
      pos++;
    }
    return token;
  }

  private boolean atDeclarationStart() {
    Token token = peek();
    return token.is(Kind.WORD) && token.startOfLine() && DECLARATION_KEYWORDS.contains(token.text());
  }

  private Name name(String what, String after) {
    Token token = peek();
    if (!token.is(Kind.WORD) || atDeclarationStart()) {
      throw expected(what, after);
    }
    next();
    return new Name(token.text(), source.pos(token));
  }

  private String string(String what, String after) {
    if (!peek().is(Kind.STRING)) {
      throw expected(what, after);
    }
    return next().value();
  }

  private void expectWord(String word, String after) {
    if (!peek().isWord(word) || atDeclarationStart()) {
      throw expected("'" + word + "'", after);
    }
    next();
  }

  private static int integer(Token token) {
    try {
      return token.number().intValueExact();
    } catch (ArithmeticException e) {
      return -1; // not a day or month; MonthDay.of rejects it with the caller's message
    }
  }

  /** The declaration must end here: end of file or a declaration keyword at the start of a line. */
  private void expectEnd(String what, String after) {
    expectEndOneOf(List.of(), what, after);
  }

  private void expectEndOneOf(List<String> words, String what, String after) {
    if (peek().is(Kind.EOF) || atDeclarationStart()) {
      return;
    }
    throw expectedOneOf(words, what, after);
  }

  /** Records "expected WHAT after AFTER, found TOKEN" at the current token. */
  private Failed expected(String what, String after) {
    return expectedOneOf(List.of(), what, after);
  }

  /** As {@link #expected}, with a did-you-mean when the token is a word close to one of {@code words}. */
  private Failed expectedOneOf(List<String> words, String what, String after) {
    Token token = peek();
    String message;
    if (token.is(Kind.ERROR)) {
      message = token.value();
    } else {
      message = "expected " + what + (after == null ? "" : " after " + after) + ", found " + token.describe();
      List<String> candidates = new ArrayList<>(words);
      if (token.startOfLine()) {
        candidates.addAll(DECLARATION_KEYWORDS); // a misspelled declaration keyword on a new line
      }
      if (token.is(Kind.WORD) && !candidates.contains(token.text())) {
        message += Suggestions.didYouMean(token.text(), candidates);
      }
    }
    problems.add(source.pos(token), message);
    return new Failed();
  }

  /** The tokens from {@code start} to the current one, quoted, as the context of a message. */
  private String after(int start) {
    return quote(text(start, pos));
  }

  /** The source text of tokens {@code [from, to)}, with one space wherever the source had any. */
  private String text(int from, int to) {
    StringBuilder out = new StringBuilder();
    int first = from;
    // Long contexts keep their last 40 characters, whole tokens only.
    int length = 0;
    for (int i = to - 1; i >= from; i--) {
      length += tokens.get(i).text().length() + 1;
      if (length > 41 && i < to - 1) {
        first = i + 1;
        out.append("... ");
        break;
      }
    }
    for (int i = first; i < to; i++) {
      Token token = tokens.get(i);
      if (i > first) {
        Token previous = tokens.get(i - 1);
        boolean adjacent =
            previous.line() == token.line() && previous.column() + previous.text().length() == token.column();
        if (!adjacent) {
          out.append(' ');
        }
      }
      out.append(token.text());
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }

  private static String quotedList(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out.append(i == words.size() - 1 ? " or " : ", ");
      }
      out.append('\'').append(words.get(i)).append('\'');
    }
    return out.toString();
  }

  /** Month names and abbreviations, lower case, to month numbers. */
  private static ImmutableMap<String, Integer> months() {
    ImmutableMap.Builder<String, Integer> months = ImmutableMap.builder();
    for (int i = 0; i < MONTH_NAMES.size(); i++) {
      months.put(MONTH_NAMES.get(i).toLowerCase(Locale.ROOT), i + 1);
    }
    for (int i = 0; i < MONTH_NAMES.size(); i++) {
      if (MONTH_NAMES.get(i).length() > 3) {
        months.put(MONTH_NAMES.get(i).substring(0, 3).toLowerCase(Locale.ROOT), i + 1);
      }
    }
    months.put("sept", 9);
    return months.buildOrThrow();
  }
}
