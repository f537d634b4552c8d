package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import tieout.rules.Token.Kind;

/**
 * Splits the text of a rule or taxonomy file into {@link Token}s.
 *
 * <p>The lexer never fails: a character it cannot read, an unterminated string or an unknown escape
 * becomes an {@link Kind#ERROR} token carrying the message, and the parser reports it where it
 * stands. Lexical rules are those of {@code docs/rules.md}: {@code #} comments; names of ASCII
 * letters, digits, {@code _ . -} starting with a letter or {@code _}; double-quoted one-line strings
 * with {@code \"} and {@code \\} escapes; numbers such as {@code 1,000} and {@code 0.5}; a number
 * directly followed by {@code %} is a percentage.
 */
final class Lexer {
  private final String text;
  private final ImmutableList.Builder<Token> tokens = ImmutableList.builder();
  private int index;
  private int line = 1;
  private int lineStart;
  private boolean lineHasToken;
  private int lastLine = 1;
  private int lastEndColumn = 1;

  private Lexer(String text) {
    this.text = text;
  }

  /** The tokens of {@code text}, ending with one {@link Kind#EOF} token. */
  static ImmutableList<Token> lex(String text) {
    Lexer lexer = new Lexer(text);
    lexer.run();
    return lexer.tokens.build();
  }

  private void run() {
    while (index < text.length()) {
      char c = text.charAt(index);
      if (c == '\n') {
        index++;
        line++;
        lineStart = index;
        lineHasToken = false;
      } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
        index++;
      } else if (c == '#') {
        while (index < text.length() && text.charAt(index) != '\n') {
          index++;
        }
      } else if (isNameStart(c)) {
        word();
      } else if (isDigit(c)) {
        number();
      } else if (c == '"') {
        string();
      } else {
        symbol(c);
      }
    }
    // End of file sits just after the last token, where a missing word would have gone.
    tokens.add(new Token(Kind.EOF, "", null, null, lastLine, lastEndColumn, false));
  }

  private void word() {
    int start = index;
    while (index < text.length() && isNamePart(text.charAt(index))) {
      index++;
    }
    emit(Kind.WORD, start, null, null);
  }

  private void number() {
    int start = index;
    skipDigits();
    // Thousands separators only in the usual place: "1,000" is one number, "1,2" is not.
    if (index - start <= 3) {
      while (index + 3 < text.length()
          && text.charAt(index) == ','
          && isDigit(text.charAt(index + 1))
          && isDigit(text.charAt(index + 2))
          && isDigit(text.charAt(index + 3))
          && (index + 4 == text.length() || !isDigit(text.charAt(index + 4)))) {
        index += 4;
      }
    }
    if (index + 1 < text.length() && text.charAt(index) == '.' && isDigit(text.charAt(index + 1))) {
      index++;
      skipDigits();
    }
    BigDecimal value = new BigDecimal(text.substring(start, index).replace(",", ""));
    if (index < text.length() && text.charAt(index) == '%') {
      index++;
      emit(Kind.PERCENT, start, null, value);
    } else {
      emit(Kind.NUMBER, start, null, value);
    }
  }

  private void skipDigits() {
    while (index < text.length() && isDigit(text.charAt(index))) {
      index++;
    }
  }

  private void string() {
    int start = index;
    index++;
    StringBuilder value = new StringBuilder();
    int badEscape = -1;
    while (true) {
      if (index >= text.length() || text.charAt(index) == '\n' || isLineEnd(index)) {
        emit(Kind.ERROR, start, "unterminated string: add the closing '\"'", null);
        return;
      }
      char c = text.charAt(index);
      if (c == '"') {
        index++;
        break;
      }
      if (c == '\\' && index + 1 < text.length() && (text.charAt(index + 1) == '"' || text.charAt(index + 1) == '\\')) {
        value.append(text.charAt(index + 1));
        index += 2;
      } else if (c == '\\' && index + 1 < text.length() && text.charAt(index + 1) != '\n' && !isLineEnd(index + 1)) {
        if (badEscape < 0) {
          badEscape = index;
        }
        index += 2;
      } else {
        value.append(c);
        index++;
      }
    }
    if (badEscape >= 0) {
      String escape = text.substring(badEscape, badEscape + 2);
      tokens.add(
          new Token(
              Kind.ERROR,
              text.substring(start, index),
              "unknown escape '" + escape + "' in a string: write '\\\"' for a quote and '\\\\' for a backslash",
              null,
              line,
              badEscape - lineStart + 1,
              !lineHasToken));
      noteToken(index);
    } else {
      emit(Kind.STRING, start, value.toString(), null);
    }
  }

  /** A carriage return that ends a CRLF line. */
  private boolean isLineEnd(int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
  }

  private void symbol(char c) {
    int start = index;
    char next = index + 1 < text.length() ? text.charAt(index + 1) : 0;
    Kind kind =
        switch (c) {
          case '+' -> Kind.PLUS;
          case '-' -> Kind.MINUS;
          case '*' -> Kind.STAR;
          case '/' -> Kind.SLASH;
          case '(' -> Kind.LPAREN;
          case ')' -> Kind.RPAREN;
          case ',' -> Kind.COMMA;
          case '=' -> Kind.EQ;
          case '<' -> next == '=' ? Kind.LE : Kind.LT;
          case '>' -> next == '=' ? Kind.GE : Kind.GT;
          default -> Kind.ERROR;
        };
    if (kind == Kind.ERROR) {
      int codePoint = text.codePointAt(index);
      index += Character.charCount(codePoint);
      emit(Kind.ERROR, start, unexpectedCharacter(codePoint), null);
      return;
    }
    index += kind == Kind.LE || kind == Kind.GE ? 2 : 1;
    emit(kind, start, null, null);
  }

  private static String unexpectedCharacter(int codePoint) {
    // An invisible character (NUL, a control, a non-breaking space) is named by its code point.
    String found = Character.isISOControl(codePoint) || Character.isSpaceChar(codePoint)
        ? String.format("unexpected character U+%04X", codePoint)
        : "unexpected character '" + new String(Character.toChars(codePoint)) + "'";
    return switch (codePoint) {
      case '\u2212', '\u2013', '\u2014' -> found + ": write '-' for a minus";
      case '\u201c', '\u201d', '\u201e' -> found + ": write strings between straight double quotes '\"'";
      case '%' -> found + ": write a percentage right after its number, as in 'within 0.5%'";
      default -> found;
    };
  }

  private void emit(Kind kind, int start, String value, BigDecimal number) {
    tokens.add(
        new Token(kind, text.substring(start, index), value, number, line, start - lineStart + 1, !lineHasToken));
    noteToken(index);
  }

  private void noteToken(int end) {
    lineHasToken = true;
    lastLine = line;
    lastEndColumn = end - lineStart + 1;
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c) || c == '.' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
