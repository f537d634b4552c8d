package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One token of a rule file with its 1-based line and column.
 *
 * <p>{@code text} is the token as written; {@code value} is a string's content (escapes resolved) or
 * an {@link Kind#ERROR} token's message; {@code number} is the value of a number or percentage.
 * {@code startOfLine} says no other token precedes it on its line: a declaration keyword only
 * starts a declaration there.
 */
record Token(Kind kind, String text, String value, BigDecimal number, int line, int column, boolean startOfLine) {
  /** The kinds of token. */
  enum Kind {
    WORD,
    STRING,
    NUMBER,
    PERCENT,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    LPAREN,
    RPAREN,
    COMMA,
    EQ,
    LT,
    LE,
    GT,
    GE,
    /** Something the lexer could not read; {@code value} says what is wrong. */
    ERROR,
    EOF
  }

  Token {
    checkNotNull(kind);
    checkNotNull(text);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  /** How the token is quoted after "found" in a message. */
  String describe() {
    return switch (kind) {
      case EOF -> "end of file";
      case STRING -> "the string " + text;
      default -> "'" + text + "'";
    };
  }
}
