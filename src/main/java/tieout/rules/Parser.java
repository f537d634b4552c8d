package tieout.rules;

import com.google.common.collect.ImmutableList;
import tieout.error.Suggestions;
import tieout.rules.Token.Kind;

/**
 * Recursive-descent parser for one rule or taxonomy file; it reads syntax only and leaves names to
 * {@link TaxonomyResolver} and {@link RuleResolver}. It reads the file's declarations one after
 * another, handing each to its grammar: {@link TaxonomyGrammar} or {@link RuleGrammar}, which share
 * one {@link TokenCursor}.
 *
 * <p>Grammar ({@code {x}} repeats, {@code [x]} is optional, quoted words are keywords; a declaration
 * keyword counts only as the first token of a line, which is how a declaration ends):
 *
 * <pre>
 * file          = { declaration } EOF
 * declaration   = entity | fiscalYearEnd | undeclaredCaptions | axis | concept | rule
 * </pre>
 *
 * <p>On a syntax error the parser records one problem and skips to the next declaration keyword at
 * the start of a line, so one pass reports every broken declaration.
 */
final class Parser {
  private final TokenCursor cursor;
  private final TaxonomyGrammar taxonomy;
  private final RuleGrammar rules;

  Parser(SourceFile source, RuleErrors problems) {
    this.cursor = new TokenCursor(source, problems);
    this.taxonomy = new TaxonomyGrammar(cursor);
    this.rules = new RuleGrammar(cursor);
  }

  /** Every declaration that parsed, in file order; syntax errors go to the problems. */
  ImmutableList<Decl> parseFile() {
    ImmutableList.Builder<Decl> decls = ImmutableList.builder();
    while (!cursor.peek().is(Kind.EOF)) {
      cursor.declaring(null);
      try {
        decls.add(declaration());
      } catch (TokenCursor.Failed failed) {
        if (cursor.broken() != null) {
          decls.add(cursor.broken());
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
    int failedAt = cursor.position();
    while (!cursor.peek().is(Kind.EOF)
        && !cursor.atDeclarationStart()
        && !(cursor.position() != failedAt && atMisspelledDeclaration())) {
      cursor.next();
    }
  }

  /** A lower-case word first on its line that is close to a declaration keyword, e.g. {@code rul}. */
  private boolean atMisspelledDeclaration() {
    Token token = cursor.peek();
    return token.is(Kind.WORD)
        && token.startOfLine()
        && Character.isLowerCase(token.text().charAt(0))
        && Suggestions.closest(token.text(), TokenCursor.DECLARATION_KEYWORDS).isPresent();
  }

  private Decl declaration() {
    if (!cursor.atDeclarationStart()) {
      throw cursor.expectedOneOf(
          TokenCursor.DECLARATION_KEYWORDS,
          "a declaration ('entity', 'fiscal-year-end', 'undeclared-captions', 'axis', 'concept' or 'rule')", null);
    }
    return switch (cursor.peek().text()) {
      case "entity" -> taxonomy.entity();
      case "fiscal-year-end" -> taxonomy.fiscalYearEnd();
      case "undeclared-captions" -> taxonomy.undeclaredCaptions();
      case "axis" -> taxonomy.axis();
      case "concept" -> taxonomy.concept();
      default -> rules.rule();
    };
  }
}
