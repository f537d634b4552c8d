package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static tieout.rules.RuleTexts.linear;
import static tieout.rules.RuleTexts.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arithmetic in rules folded into linear expressions: weights, order, merging, constants. */
class ExpressionTest {
  private static String left(String expression) {
    Rule.Assertion rule =
        (Rule.Assertion) parse("rule A \"a\"\n  assert " + expression + " = 0\n").rules().get(0);
    return linear(rule.left());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Assets                                          | [1*Assets] + 0",
        "- Assets                                        | [-1*Assets] + 0",
        "+ Assets                                        | [1*Assets] + 0",
        "Assets - Liabilities                            | [1*Assets, -1*Liabilities] + 0",
        "Liabilities + Assets                            | [1*Liabilities, 1*Assets] + 0",
        "2 * Assets                                      | [2*Assets] + 0",
        "Assets * 2                                      | [2*Assets] + 0",
        "Assets / 4                                      | [0.25*Assets] + 0",
        "Assets / 0.5                                    | [2*Assets] + 0",
        "3 * (Assets - Liabilities)                      | [3*Assets, -3*Liabilities] + 0",
        "(Assets + 1) * 2 - 1                            | [2*Assets] + 1",
        "Assets + Liabilities - Assets                   | [0*Assets, 1*Liabilities] + 0",
        "Assets + 2 * Assets                             | [3*Assets] + 0",
        "- (- Assets)                                    | [1*Assets] + 0",
        "1,000 * Assets - 0.5                            | [1000*Assets] + -0.5",
        "2 * 3 * Assets / 4                              | [1.5*Assets] + 0",
        "Assets - 2 * (Liabilities - (StockholdersEquity + 1)) | [1*Assets, -2*Liabilities, 2*StockholdersEquity] + 2",
        "(6 / 4) * Assets                                | [1.5*Assets] + 0",
        "Assets * (2 - 2)                                | [0*Assets] + 0",
      })
  void foldsIntoLinearForm(String expression, String folded) {
    assertThat(left(expression), is(folded));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Liabilities + Assets | Liabilities + Assets",
        "- Assets + Liabilities * 2 - 1 | - Assets + 2 * Liabilities - 1",
        "0.5 * Assets | 0.5 * Assets",
      })
  void linearExpressionPrintsBack(String expression, String printed) {
    Rule.Assertion rule =
        (Rule.Assertion) parse("rule A \"a\"\n  assert " + expression + " = 0\n").rules().get(0);
    assertThat(rule.left().toString(), is(printed));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sum Assets = Liabilities + StockholdersEquity | 1*Liabilities, 1*StockholdersEquity",
        "sum Assets = - Liabilities - - StockholdersEquity | -1*Liabilities, 1*StockholdersEquity",
        "sum Assets = 2 * Liabilities + StockholdersEquity / 2 | 2*Liabilities, 0.5*StockholdersEquity",
        "sum Assets = Liabilities + Liabilities | 2*Liabilities",
      })
  void summationItems(String body, String items) {
    Rule.Summation rule = (Rule.Summation) parse("rule S \"s\"\n  " + body + "\n").rules().get(0);
    assertThat(RuleTexts.terms(rule.items()), is(items));
  }
}
