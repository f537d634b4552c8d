package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class FluxRuleParsingTest {
  private static Rule.Flux flux(String text) {
    return (Rule.Flux) RuleTexts.parse(text).rules().get(0);
  }

  private static String describe(Rule.Flux r) {
    return r.id() + " " + r.header().severity().keyword() + " "
        + r.concepts().stream().map(c -> c.name()).toList() + " " + r.basis().keyword()
        + " > " + r.percent().toPlainString() + "% and > " + r.amount().toPlainString();
  }

  @Test
  void aFluxRuleIsAWarningUnlessItSaysOtherwise() {
    assertThat(describe(flux("rule F \"m\"\n  flux NetIncomeLoss, Revenue yoy > 25% and > 1,000,000\n")),
        is("F warning [NetIncomeLoss, Revenue] yoy > 25% and > 1000000"));
    assertThat(describe(flux("rule F error \"m\"\n  flux Revenue qoq > 1,000,000 and > 10.5%\n")),
        is("F error [Revenue] qoq > 10.5% and > 1000000"));
  }

  @Test
  void eitherThresholdAloneLeavesTheOtherAtZero() {
    assertThat(describe(flux("rule F \"m\" flux Revenue yoy > 25%")), is("F warning [Revenue] yoy > 25% and > 0"));
    assertThat(describe(flux("rule F \"m\" flux Revenue, Revenue yoy > 500")), is("F warning [Revenue] yoy > 0% and > 500"));
  }

  @Test
  void otherRuleKindsStillDefaultToError() {
    Rule r = RuleTexts.parse("rule S \"m\"\n  assert Assets = Liabilities + StockholdersEquity\n").rules().get(0);
    assertThat(r.header().severity(), is(Severity.ERROR));
  }

  /** A diagnostic as the loader formats it: place, message, the source line and a caret. */
  private static String diag(int line, int column, String message, String source) {
    return "rules/x.rules:" + line + ":" + column + ": error: " + message + "\n  " + source + "\n  "
        + " ".repeat(column - 1) + "^";
  }

  @Test
  void mistakesInAFluxRuleAreReportedWithTheirPlace() {
    assertThat(RuleTexts.errors("rule F \"m\"\n  flux Revenue yo > 25%\n"),
        is(diag(2, 16, "expected 'yoy' (year over year) or 'qoq' (quarter over the same quarter a year before)"
            + " after 'flux Revenue', found 'yo'; did you mean 'yoy'?", "  flux Revenue yo > 25%")));
    assertThat(RuleTexts.errors("rule F \"m\"\n  flux Revenue yoy > 25% and > 5%\n"),
        is(diag(2, 32, "expected an amount such as '1,000,000' after 'flux Revenue yoy > 25% and >', found '5%'",
            "  flux Revenue yoy > 25% and > 5%")));
    assertThat(RuleTexts.errors("rule F \"m\"\n  flux Revenue yoy 25%\n"),
        is(diag(2, 20, "expected '>' and a threshold such as '25%' or '1,000,000' after 'flux Revenue yoy',"
            + " found '25%'", "  flux Revenue yoy 25%")));
    assertThat(RuleTexts.errors("rule F \"m\"\n  flux Revenue yoy > 25% for years\n"),
        is(diag(2, 26, "a flux rule takes no period filter: 'yoy' and 'qoq' choose the periods;"
            + " remove 'for years'", "  flux Revenue yoy > 25% for years")));
    assertThat(RuleTexts.errors("rule F \"m\" within 5%\n  flux Revenue yoy > 25%\n"),
        is(diag(1, 6, "a flux rule takes no 'within 5%': its thresholds say what is material; remove it",
            "rule F \"m\" within 5%")));
    assertThat(RuleTexts.errors("rule F \"m\"\n  flux Revenu yoy > 25%\n"),
        is(diag(2, 8, "unknown concept 'Revenu'; did you mean 'Revenue'?", "  flux Revenu yoy > 25%")));
  }
}
