package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import tieout.error.Suggestions;
import tieout.rules.Token.Kind;

/**
 * The tokens of one rule or taxonomy file and the place {@link Parser} and its grammars
 * ({@link TaxonomyGrammar}, {@link RuleGrammar}) have reached in them: peeking and taking tokens,
 * and recording a syntax error in the one form every message takes ("expected WHAT after CONTEXT,
 * found TOKEN", with a did-you-mean when one is close) before abandoning the declaration.
 */
final class TokenCursor {
  static final ImmutableList<String> DECLARATION_KEYWORDS =
      ImmutableList.of("entity", "fiscal-year-end", "undeclared-captions", "axis", "concept", "rule");

  private final SourceFile source;
  private final ImmutableList<Token> tokens;
  private final RuleErrors problems;
  private int pos;
  /** The axis, concept or rule being declared, kept if its declaration breaks. */
  private Decl.Broken broken;

  /** Signals a syntax error that was already recorded; the parser recovers at the next declaration. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed() {
      super(null, null, false, false);
    }
  }

  TokenCursor(SourceFile source, RuleErrors problems) {
    this.source = source;
    this.tokens = Lexer.lex(source.text());
    this.problems = problems;
  }

  /** The index of the current token, to quote the tokens from there later ({@link #after}). */
  int position() {
    return pos;
  }

  /** The token before the current one. */
  Token previous() {
    return tokens.get(pos - 1);
  }

  SourcePos sourcePos(Token token) {
    return source.pos(token);
  }

  /** Starts a declaration: {@code broken} stands for it if it breaks. */
  void declaring(Decl.Broken broken) {
    this.broken = broken;
  }

  /** The declaration under way when a syntax error abandoned it, if it got as far as its name. */
  Decl.Broken broken() {
    return broken;
  }

  /** Records {@code message} at {@code where}; the caller throws the result. */
  Failed fail(SourcePos where, String message) {
    problems.add(where, message);
    return new Failed();
  }

  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  Token next() {
    Token token = peek();
    if (!token.is(Kind.EOF)) {
      pos++;
    }
    return token;
  }

  boolean atDeclarationStart() {
    Token token = peek();
    return token.is(Kind.WORD) && token.startOfLine() && DECLARATION_KEYWORDS.contains(token.text());
  }

  Name name(String what, String after) {
    Token token = peek();
    if (!token.is(Kind.WORD) || atDeclarationStart()) {
      throw expected(what, after);
    }
    next();
    return new Name(token.text(), source.pos(token));
  }

  String string(String what, String after) {
    if (!peek().is(Kind.STRING)) {
      throw expected(what, after);
    }
    return next().value();
  }

  void expectWord(String word, String after) {
    if (!peek().isWord(word) || atDeclarationStart()) {
      throw expected("'" + word + "'", after);
    }
    next();
  }

  /** The declaration must end here: end of file or a declaration keyword at the start of a line. */
  void expectEnd(String what, String after) {
    expectEndOneOf(List.of(), what, after);
  }

  void expectEndOneOf(List<String> words, String what, String after) {
    if (peek().is(Kind.EOF) || atDeclarationStart()) {
      return;
    }
    throw expectedOneOf(words, what, after);
  }

  /** Records "expected WHAT after AFTER, found TOKEN" at the current token. */
  Failed expected(String what, String after) {
    return expectedOneOf(List.of(), what, after);
  }

  /** As {@link #expected}, with a did-you-mean when the token is a word close to one of {@code words}. */
  Failed expectedOneOf(List<String> words, String what, String after) {
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
    return fail(source.pos(token), message);
  }

  /** The tokens from {@code start} to the current one, quoted, as the context of a message. */
  String after(int start) {
    return quote(text(start, pos));
  }

  /** The source text of tokens {@code [from, to)}, with one space wherever the source had any. */
  String text(int from, int to) {
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

  static String quote(String text) {
    return "'" + text + "'";
  }
}
