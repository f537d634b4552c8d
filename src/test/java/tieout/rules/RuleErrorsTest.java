package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static tieout.rules.RuleTexts.errors;
import static tieout.rules.RuleTexts.errorsAlone;

import org.junit.jupiter.api.Test;

/** Each kind of mistake, with the exact diagnostic: location, message, source line and caret. */
class RuleErrorsTest {
  @Test
  void unknownConceptWithSuggestion() {
    assertThat(
        errors("rule BS-1 \"Balance\"\n  assert TotalAsets = Liabilities + StockholdersEquity\n"),
        is(
            """
            rules/x.rules:2:10: error: unknown concept 'TotalAsets'; did you mean 'TotalAssets'?
                assert TotalAsets = Liabilities + StockholdersEquity
                       ^"""));
  }

  @Test
  void unknownConceptWithoutSuggestion() {
    assertThat(
        errors("rule R \"r\" breakdown Goodwill by Region"),
        is(
            """
            rules/x.rules:1:22: error: unknown concept 'Goodwill'
              rule R "r" breakdown Goodwill by Region
                                   ^"""));
  }

  @Test
  void hyphenatedNameOfTwoConcepts() {
    assertThat(
        errors("rule R \"r\" assert Assets-Liabilities = StockholdersEquity"),
        is(
            """
            rules/x.rules:1:19: error: unknown concept 'Assets-Liabilities'; to subtract, put spaces around '-': 'Assets - Liabilities'
              rule R "r" assert Assets-Liabilities = StockholdersEquity
                                ^"""));
  }

  @Test
  void unknownAxis() {
    assertThat(
        errors("rule R \"r\" breakdown Revenue by Regoin"),
        is(
            """
            rules/x.rules:1:33: error: unknown axis 'Regoin'; did you mean 'Region'?
              rule R "r" breakdown Revenue by Regoin
                                              ^"""));
  }

  @Test
  void unknownMemberInALabel() {
    assertThat(
        errors("concept MineralCosts monetary duration debit\n  label \"Mongolia\" member Region=Mongola\n"),
        is(
            """
            rules/x.rules:2:34: error: axis 'Region' has no member 'Mongola'; did you mean 'Mongolia'?
                label "Mongolia" member Region=Mongola
                                               ^"""));
  }

  @Test
  void unknownAxisInALabel() {
    assertThat(
        errors("concept C monetary duration\n  label \"US\" member Segment=US\n"),
        is(
            """
            rules/x.rules:2:21: error: unknown axis 'Segment'
                label "US" member Segment=US
                                  ^"""));
  }

  @Test
  void labelGivesAnAxisTwoMembers() {
    assertThat(
        errors("concept C monetary duration\n  label \"US\" member Region=US Region=Mongolia\n"),
        is(
            """
            rules/x.rules:2:31: error: axis 'Region' already has member 'US' in this label: a row stands for one member of each axis
                label "US" member Region=US Region=Mongolia
                                            ^"""));
  }

  @Test
  void duplicateRuleId() {
    assertThat(
        errors("rule R \"r\" rollup quarters of all additive\nrule R \"again\" breakdown Revenue by Region\n"),
        is(
            """
            rules/x.rules:2:6: error: rule id 'R' was already declared at rules/x.rules:1:6
              rule R "again" breakdown Revenue by Region
                   ^"""));
  }

  @Test
  void duplicateConceptAcrossFiles() {
    assertThat(
        errors("concept Assets monetary instant"),
        is(
            """
            rules/x.rules:1:9: error: concept 'Assets' was already declared at rules/base.taxonomy:4:9
              concept Assets monetary instant
                      ^"""));
  }

  @Test
  void duplicateAxis() {
    assertThat(
        errors("axis Region\n  member Other \"Other\""),
        is(
            """
            rules/x.rules:1:6: error: axis 'Region' was already declared at rules/base.taxonomy:1:6
              axis Region
                   ^"""));
  }

  @Test
  void entityAndFiscalYearEndDeclaredTwice() {
    assertThat(
        errors("entity \"A\"\nfiscal-year-end 03-31\nentity \"B\"\nfiscal-year-end June 30\n"),
        is(
            """
            rules/x.rules:3:8: error: the entity was already declared at rules/x.rules:1:8
              entity "B"
                     ^
            rules/x.rules:4:17: error: the fiscal year end was already declared at rules/x.rules:2:17
              fiscal-year-end June 30
                              ^"""));
  }

  @Test
  void undeclaredCaptionsTakesAdoptOrRefuseOnce() {
    assertThat(
        errors("undeclared-captions adopt\nundeclared-captions refuse\nundeclared-captions adpot\n"),
        is(
            """
            rules/x.rules:2:1: error: undeclared-captions was already declared at rules/x.rules:1:1
              undeclared-captions refuse
              ^
            rules/x.rules:3:21: error: expected 'adopt' or 'refuse' after 'undeclared-captions', found 'adpot'; did you mean 'adopt'?
              undeclared-captions adpot
                                  ^"""));
  }

  @Test
  void unexpectedToken() {
    assertThat(
        errors("rule IS-Q2Y \"q\"\n  rollup quarters off all additive\n"),
        is(
            """
            rules/x.rules:2:19: error: expected 'of' after 'rollup quarters', found 'off'
                rollup quarters off all additive
                                ^"""));
  }

  @Test
  void unexpectedEndOfFile() {
    assertThat(
        errors("rule IS-Q2Y \"q\"\n  rollup quarters"),
        is(
            """
            rules/x.rules:2:18: error: expected 'of' after 'rollup quarters', found end of file
                rollup quarters
                               ^"""));
  }

  @Test
  void misspelledKeywordsGetASuggestion() {
    assertThat(
        errors("concept C monetary duraton\nrule R \"r\" asert Assets = 1\nconcpet D shares instant\n"),
        is(
            """
            rules/x.rules:1:20: error: expected 'duration' or 'instant' after 'concept C monetary', found 'duraton'; did you mean 'duration'?
              concept C monetary duraton
                                 ^
            rules/x.rules:2:12: error: expected a rule body ('rollup', 'breakdown', 'sum', 'assert', 'rollforward' or 'flux') after the message of rule 'R', found 'asert'; did you mean 'assert'?
              rule R "r" asert Assets = 1
                         ^
            rules/x.rules:3:1: error: expected a declaration ('entity', 'fiscal-year-end', 'undeclared-captions', 'axis', 'concept' or 'rule'), found 'concpet'; did you mean 'concept'?
              concpet D shares instant
              ^"""));
  }

  @Test
  void unknownPeriodFilter() {
    assertThat(
        errors("rule R \"r\" sum Assets = Liabilities for quarter"),
        is(
            """
            rules/x.rules:1:41: error: expected 'quarters', 'half-years', 'nine-months', 'years', 'instants' or 'durations' after 'for', found 'quarter'; did you mean 'quarters'?
              rule R "r" sum Assets = Liabilities for quarter
                                                      ^"""));
  }

  @Test
  void periodFilterOnARollup() {
    assertThat(
        errors("rule R \"r\" rollup quarters of Revenue for years"),
        is(
            """
            rules/x.rules:1:39: error: a roll-up takes no period filter: it always compares quarters with their year; remove 'for years'
              rule R "r" rollup quarters of Revenue for years
                                                    ^"""));
  }

  @Test
  void unterminatedString() {
    assertThat(
        errors("rule R \"Total assets tie\n  assert Assets = Liabilities\n"),
        is(
            """
            rules/x.rules:1:8: error: unterminated string: add the closing '"'
              rule R "Total assets tie
                     ^"""));
  }

  @Test
  void unknownEscape() {
    assertThat(
        errors("concept C monetary duration\n  label \"a\\tb\"\n"),
        is(
            """
            rules/x.rules:2:11: error: unknown escape '\\t' in a string: write '\\"' for a quote and '\\\\' for a backslash
                label "a\\tb"
                        ^"""));
  }

  @Test
  void assertionMixesPeriods() {
    assertThat(
        errors("rule R \"r\"\n  assert Assets = Liabilities + NetIncomeLoss\n"),
        is(
            """
            rules/x.rules:2:33: error: assertion mixes instant concept 'Assets' with duration concept 'NetIncomeLoss': both sides must share one period type
                assert Assets = Liabilities + NetIncomeLoss
                                              ^"""));
  }

  @Test
  void summationMixesPeriods() {
    assertThat(
        errors("rule R \"r\" sum NetIncomeLoss = Revenue - Assets"),
        is(
            """
            rules/x.rules:1:42: error: summation mixes duration concept 'NetIncomeLoss' with instant concept 'Assets': the total and its items must share one period type
              rule R "r" sum NetIncomeLoss = Revenue - Assets
                                                       ^"""));
  }

  @Test
  void nonAdditiveConceptsInARollup() {
    assertThat(
        errors("rule R \"r\"\n  rollup quarters of Revenue, NetLossPerShare, Margin, Headcount\n"),
        is(
            """
            rules/x.rules:2:31: error: 'NetLossPerShare' is per-share: its values do not add across periods; remove it from the roll-up
                rollup quarters of Revenue, NetLossPerShare, Margin, Headcount
                                            ^
            rules/x.rules:2:48: error: 'Margin' is a percentage: its values do not add across periods; remove it from the roll-up
                rollup quarters of Revenue, NetLossPerShare, Margin, Headcount
                                                             ^
            rules/x.rules:2:56: error: 'Headcount' is declared non-additive: its values do not add across periods; remove it from the roll-up
                rollup quarters of Revenue, NetLossPerShare, Margin, Headcount
                                                                     ^"""));
  }

  @Test
  void rollforwardBalanceMustBeAnInstant() {
    assertThat(
        errors("rule R \"r\" rollforward NetIncomeLoss by Revenue"),
        is(
            """
            rules/x.rules:1:24: error: roll-forward balance 'NetIncomeLoss' must be an instant concept, but it is a duration concept
              rule R "r" rollforward NetIncomeLoss by Revenue
                                     ^"""));
  }

  @Test
  void rollforwardFlowMustBeADuration() {
    assertThat(
        errors("rule R \"r\" rollforward StockholdersEquity by NetIncomeLoss - Assets"),
        is(
            """
            rules/x.rules:1:62: error: roll-forward flow 'Assets' must be a duration concept, but it is an instant concept
              rule R "r" rollforward StockholdersEquity by NetIncomeLoss - Assets
                                                                           ^"""));
  }

  @Test
  void productOfConcepts() {
    assertThat(
        errors("rule R \"r\" assert Revenue = 2 * NetIncomeLoss * CostOfRevenue"),
        is(
            """
            rules/x.rules:1:29: error: '2 * NetIncomeLoss * CostOfRevenue' is not linear: a concept may only be multiplied or divided by a number
              rule R "r" assert Revenue = 2 * NetIncomeLoss * CostOfRevenue
                                          ^"""));
  }

  @Test
  void divisionByAConcept() {
    assertThat(
        errors("rule R \"r\" assert NetLossPerShare = NetIncomeLoss / (Revenue + 1)"),
        is(
            """
            rules/x.rules:1:37: error: 'NetIncomeLoss / (Revenue + 1)' is not linear: a concept may only be multiplied or divided by a number
              rule R "r" assert NetLossPerShare = NetIncomeLoss / (Revenue + 1)
                                                  ^"""));
  }

  @Test
  void divisionByZero() {
    assertThat(
        errors("rule R \"r\" assert Revenue / (2 - 2) = 1"),
        is(
            """
            rules/x.rules:1:29: error: division by zero
              rule R "r" assert Revenue / (2 - 2) = 1
                                          ^"""));
  }

  @Test
  void divisionWithoutAnExactResult() {
    assertThat(
        errors("rule R \"r\" assert Revenue = NetIncomeLoss / 3"),
        is(
            """
            rules/x.rules:1:29: error: 'NetIncomeLoss / 3' has no exact decimal result; multiply the other side by 3 instead
              rule R "r" assert Revenue = NetIncomeLoss / 3
                                          ^"""));
  }

  @Test
  void summationTotalsItself() {
    assertThat(
        errors("rule R \"r\"\n  sum Assets = Liabilities + Assets\n"),
        is(
            """
            rules/x.rules:2:30: error: 'Assets' cannot be both the total and an item of its own summation
                sum Assets = Liabilities + Assets
                                           ^"""));
  }

  @Test
  void numberAmongSummationItems() {
    assertThat(
        errors("rule R \"r\" sum Assets = Liabilities - (StockholdersEquity + 5)"),
        is(
            """
            rules/x.rules:1:61: error: a summation's items must be concepts, each optionally multiplied by a number; remove '5'
              rule R "r" sum Assets = Liabilities - (StockholdersEquity + 5)
                                                                          ^"""));
  }

  @Test
  void zeroAmongRollforwardFlows() {
    assertThat(
        errors("rule R \"r\" rollforward StockholdersEquity by NetIncomeLoss - 0"),
        is(
            """
            rules/x.rules:1:62: error: a roll-forward's flows must be concepts, each optionally multiplied by a number; remove '0'
              rule R "r" rollforward StockholdersEquity by NetIncomeLoss - 0
                                                                           ^"""));
  }

  @Test
  void assertionWithoutAConcept() {
    assertThat(
        errors("rule R \"r\" assert 1 + 1 = 2"),
        is(
            """
            rules/x.rules:1:19: error: assertion '1 + 1 = 2' names no concept, so it would never be checked
              rule R "r" assert 1 + 1 = 2
                                ^"""));
  }

  @Test
  void badMateriality() {
    assertThat(
        errors("rule R \"r\" within abc\n  assert Assets = Liabilities\n"),
        is(
            """
            rules/x.rules:1:19: error: expected an amount or a percentage after 'within', found 'abc'
              rule R "r" within abc
                                ^"""));
  }

  @Test
  void missingClosingParenthesis() {
    assertThat(
        errors("rule R \"r\" assert (Assets - Liabilities = 0"),
        is(
            """
            rules/x.rules:1:41: error: expected ')' to match the '(' at line 1, column 19, found '='
              rule R "r" assert (Assets - Liabilities = 0
                                                      ^"""));
  }

  @Test
  void missingOperator() {
    assertThat(
        errors("rule R \"r\" sum Assets = Liabilities StockholdersEquity"),
        is(
            """
            rules/x.rules:1:37: error: expected an operator or 'for' after 'Liabilities', found 'StockholdersEquity'
              rule R "r" sum Assets = Liabilities StockholdersEquity
                                                  ^"""));
  }

  @Test
  void missingMessage() {
    assertThat(
        errors("rule R assert Assets = 1"),
        is(
            """
            rules/x.rules:1:8: error: expected 'error', 'warning' or the rule's message in double quotes after 'rule R', found 'assert'
              rule R assert Assets = 1
                     ^"""));
  }

  @Test
  void impossibleFiscalYearEnd() {
    assertThat(
        errorsAlone("t.taxonomy", "fiscal-year-end February 30\n"),
        is(
            """
            t.taxonomy:1:17: error: expected a fiscal year end such as 'December 31' or '12-31', found 'February 30'
              fiscal-year-end February 30
                              ^"""));
  }

  @Test
  void misspelledMonth() {
    assertThat(
        errorsAlone("t.taxonomy", "fiscal-year-end Decmber 31\n"),
        is(
            """
            t.taxonomy:1:17: error: expected a month such as 'December' or a month number after 'fiscal-year-end', found 'Decmber'; did you mean 'December'?
              fiscal-year-end Decmber 31
                              ^"""));
  }

  @Test
  void unexpectedCharacter() {
    assertThat(
        errorsAlone("t.taxonomy", "concept A monetary duration\n  label \"A\" @ \"B\"\n"),
        is(
            """
            t.taxonomy:2:13: error: unexpected character '@'
                label "A" @ "B"
                          ^"""));
  }

  @Test
  void labelTailExpectsItsParts() {
    assertThat(
        errorsAlone("t.taxonomy", "concept A monetary duration\n  label \"A\" negated scope \"B\"\n"),
        is(
            """
            t.taxonomy:2:21: error: expected 'member', 'in' or 'label' after 'label "A" negated', found 'scope'
                label "A" negated scope "B"
                                  ^"""));
  }

  @Test
  void tabsKeepTheCaretAligned() {
    assertThat(
        errorsAlone("t.rules", "rule R \"r\"\n\tassert\tFoo = 1\n"),
        is("t.rules:2:9: error: unknown concept 'Foo'\n  \tassert\tFoo = 1\n  \t      \t^"));
  }
}
