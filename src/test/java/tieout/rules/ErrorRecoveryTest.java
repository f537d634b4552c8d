package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tieout.rules.RuleTexts.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tieout.error.UserException;

/** Every error of a file in one report: recovery at the next declaration, no cascades. */
class ErrorRecoveryTest {
  @Test
  void reportsEveryBrokenDeclarationOfAFileInOrder() {
    String rules =
        """
        rule A "first"
          rollup quarters off all additive
        rule B "second" within abc
          assert Assets = Liabilities
        rule C "third"
          sum Assets = Liabilites + StockholdersEquity
        rule D "fourth"
          assert Assets = NetIncomeLoss
        rule A "again"
          breakdown Revenue by Region
        """;
    UserException e = assertThrows(UserException.class, () -> RuleTexts.parse(rules));
    assertThat(e.diagnostics().size(), is(5));
    assertThat(
        e.getMessage(),
        is(
            """
            rules/x.rules:2:19: error: expected 'of' after 'rollup quarters', found 'off'
                rollup quarters off all additive
                                ^
            rules/x.rules:3:24: error: expected an amount or a percentage after 'within', found 'abc'
              rule B "second" within abc
                                     ^
            rules/x.rules:6:16: error: unknown concept 'Liabilites'; did you mean 'Liabilities'?
                sum Assets = Liabilites + StockholdersEquity
                             ^
            rules/x.rules:8:19: error: assertion mixes instant concept 'Assets' with duration concept 'NetIncomeLoss': both sides must share one period type
                assert Assets = NetIncomeLoss
                                ^
            rules/x.rules:9:6: error: rule id 'A' was already declared at rules/x.rules:1:6
              rule A "again"
                   ^"""));
  }

  @Test
  void severalUnknownNamesInOneRuleAreAllReported() {
    assertThat(
        errors("rule R \"r\"\n  assert Asets + Foo = Liabilities + Asets - Bar\n"),
        is(
            """
            rules/x.rules:2:10: error: unknown concept 'Asets'; did you mean 'Assets'?
                assert Asets + Foo = Liabilities + Asets - Bar
                       ^
            rules/x.rules:2:18: error: unknown concept 'Foo'
                assert Asets + Foo = Liabilities + Asets - Bar
                               ^
            rules/x.rules:2:46: error: unknown concept 'Bar'
                assert Asets + Foo = Liabilities + Asets - Bar
                                                           ^"""));
  }

  @Test
  void aConceptWhoseDeclarationBrokeIsNotAlsoReportedUnknown() {
    assertThat(
        errors("concept Goodwill monetary instnt\nrule R \"r\" assert Goodwill <= Assets\n"),
        is(
            """
            rules/x.rules:1:27: error: expected 'duration' or 'instant' after 'concept Goodwill monetary', found 'instnt'; did you mean 'instant'?
              concept Goodwill monetary instnt
                                        ^"""));
  }

  @Test
  void anAxisWhoseDeclarationBrokeIsNotAlsoReportedUnknown() {
    assertThat(
        errors("axis Segment\n  member Mining Mining\nrule R \"r\" breakdown Revenue by Segment\n"),
        is(
            """
            rules/x.rules:2:17: error: expected the member's caption in double quotes after 'member Mining', found 'Mining'
                member Mining Mining
                              ^"""));
  }

  @Test
  void skippedLinesUpToTheNextDeclarationAreNotReportedAgain() {
    assertThat(
        errors(
            "concept A monetary duration\n  label \"A\" negated negated\n  label @ ! #\n  label 5\n"
                + "rule R \"r\" assert A = 1\n"),
        is(
            """
            rules/x.rules:2:21: error: expected 'member', 'in' or 'label' after 'label "A" negated', found 'negated'
                label "A" negated negated
                                  ^"""));
  }

  @Test
  void errorsOfSeveralFilesComeInReadingOrder() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rules/b.taxonomy", "concept A monetary duration\nconcept A monetary duration\n");
    files.put("rules/a.rules", "rule R \"r\" assert A = B\n");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.parse(files));
    assertThat(
        e.getMessage(),
        is(
            """
            rules/b.taxonomy:2:9: error: concept 'A' was already declared at rules/b.taxonomy:1:9
              concept A monetary duration
                      ^
            rules/a.rules:1:23: error: unknown concept 'B'; did you mean 'A'?
              rule R "r" assert A = B
                                    ^"""));
  }

  @Test
  void longContextsAreShortenedFromTheLeft() {
    assertThat(
        errors(
            "concept A monetary duration\n"
                + "  label \"A very long caption that goes on and on\" negated member Region=US foo\n"),
        is(
            """
            rules/x.rules:2:76: error: expected 'member', 'in' or 'label' after '... negated member Region=US', found 'foo'
                label "A very long caption that goes on and on" negated member Region=US foo
                                                                                         ^"""));
  }
}
