package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.rules.Token.Kind;

/** Tokens, their positions, and what the lexer turns into error tokens. */
class LexerTest {
  /** Each token as {@code KIND:text@line:column}, with {@code ^} marking the first of a line. */
  private static String tokens(String text) {
    return Lexer.lex(text).stream()
        .map(t -> (t.startOfLine() ? "^" : "") + t.kind() + ":" + t.text() + "@" + t.line() + ":" + t.column())
        .collect(Collectors.joining(" "));
  }

  @Test
  void tokensWithLinesColumnsAndLineStarts() {
    assertThat(
        tokens("rule IS-Q2Y-1 \"m\"  # note\n  sum A=B/2\n"),
        is(
            "^WORD:rule@1:1 WORD:IS-Q2Y-1@1:6 STRING:\"m\"@1:15 ^WORD:sum@2:3 WORD:A@2:7 EQ:=@2:8 WORD:B@2:9"
                + " SLASH:/@2:10 NUMBER:2@2:11 EOF:@2:12"));
  }

  @Test
  void comparisonsAndPunctuation() {
    assertThat(
        tokens("<= < >= > = ( ) , + - *"),
        is(
            "^LE:<=@1:1 LT:<@1:4 GE:>=@1:6 GT:>@1:9 EQ:=@1:11 LPAREN:(@1:13 RPAREN:)@1:15 COMMA:,@1:17"
                + " PLUS:+@1:19 MINUS:-@1:21 STAR:*@1:23 EOF:@1:24"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1000 | NUMBER | 1000",
        "1,000 | NUMBER | 1000",
        "1,234,567.89 | NUMBER | 1234567.89",
        "0.5 | NUMBER | 0.5",
        "0.5% | PERCENT | 0.5",
        "12% | PERCENT | 12",
      })
  void numbers(String text, Kind kind, String value) {
    Token token = Lexer.lex(text).get(0);
    assertThat(token.kind(), is(kind));
    assertThat(token.text(), is(text));
    assertThat(token.number(), comparesEqualTo(new BigDecimal(value)));
  }

  @Test
  void commaOutsideAGroupOfThreeSeparates() {
    assertThat(
        tokens("1,2 1234,567"),
        is("^NUMBER:1@1:1 COMMA:,@1:2 NUMBER:2@1:3 NUMBER:1234@1:5 COMMA:,@1:9 NUMBER:567@1:10 EOF:@1:13"));
  }

  @Test
  void namesKeepHyphensAndDots() {
    assertThat(
        tokens("A-B fiscal-year-end Dec. x_1"),
        is("^WORD:A-B@1:1 WORD:fiscal-year-end@1:5 WORD:Dec.@1:21 WORD:x_1@1:26 EOF:@1:29"));
  }

  @Test
  void stringEscapes() {
    Token token = Lexer.lex("\"a \\\"b\\\" \\\\ c\"").get(0);
    assertThat(token.kind(), is(Kind.STRING));
    assertThat(token.value(), is("a \"b\" \\ c"));
  }

  @Test
  void unterminatedStringRunsToTheEndOfItsLine() {
    ImmutableList<Token> tokens = Lexer.lex("label \"abc\nconcept");
    assertThat(tokens.get(1).kind(), is(Kind.ERROR));
    assertThat(tokens.get(1).value(), is("unterminated string: add the closing '\"'"));
    assertThat(tokens.get(1).column(), is(7));
    assertThat(tokens.get(2).text(), is("concept"));
    assertThat(tokens.get(2).startOfLine(), is(true));
  }

  @Test
  void unknownEscapeIsAnErrorAtTheBackslash() {
    Token token = Lexer.lex("x \"a\\nb\"").get(1);
    assertThat(token.kind(), is(Kind.ERROR));
    assertThat(token.column(), is(5));
    assertThat(
        token.value(), is("unknown escape '\\n' in a string: write '\\\"' for a quote and '\\\\' for a backslash"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@ | unexpected character '@'",
        "− | unexpected character '−': write '-' for a minus",
        "“ | unexpected character '“': write strings between straight double quotes '\"'",
        "% | unexpected character '%': write a percentage right after its number, as in 'within 0.5%'",
        "é | unexpected character 'é'",
      })
  void unexpectedCharacters(String text, String message) {
    Token token = Lexer.lex(text).get(0);
    assertThat(token.kind(), is(Kind.ERROR));
    assertThat(token.value(), is(message));
  }

  @Test
  void byteOrderMarkIsDropped() {
    assertThat(SourceFile.of("a", "\uFEFFentity \"x\"").text(), is("entity \"x\""));
    assertThat(SourceFile.of("a", "a\r\nb").lines(), is(ImmutableList.of("a", "b")));
  }
}
