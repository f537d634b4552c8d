package tieout.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tieout.error.UserException;

/** A small taxonomy and helpers that parse rule texts against it, for the rule tests. */
final class RuleTexts {
  private RuleTexts() {}

  static final String TAXONOMY_PATH = "rules/base.taxonomy";
  static final String RULES_PATH = "rules/x.rules";

  static final String TAXONOMY =
      """
      axis Region
        member US "US"
        member Mongolia "Mongolia"
      concept Assets monetary instant debit
      concept Liabilities monetary instant credit
      concept StockholdersEquity monetary instant credit
      concept TotalAssets monetary instant debit
      concept NetIncomeLoss monetary duration credit
      concept Revenue monetary duration credit
      concept CostOfRevenue monetary duration debit
      concept NetLossPerShare per-share duration credit
      concept Margin percent duration
      concept Headcount shares duration non-additive
      """;

  /** Parses {@code rules} (in {@code rules/x.rules}) with {@link #TAXONOMY}. */
  static RuleSet parse(String rules) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(TAXONOMY_PATH, TAXONOMY);
    files.put(RULES_PATH, rules);
    return RulesLoader.parse(files);
  }

  /** The full text of the error that {@code rules} raises: every diagnostic, formatted. */
  static String errors(String rules) {
    return assertThrows(UserException.class, () -> parse(rules)).getMessage();
  }

  /** The error text of a single file parsed alone. */
  static String errorsAlone(String path, String text) {
    return assertThrows(UserException.class, () -> RulesLoader.parse(Map.of(path, text))).getMessage();
  }

  /** Terms as {@code weight*Concept}, weights without trailing zeros: exact values, any scale. */
  static String terms(List<Term> terms) {
    return terms.stream()
        .map(t -> t.weight().stripTrailingZeros().toPlainString() + "*" + t.concept().name())
        .collect(Collectors.joining(", "));
  }

  static String linear(LinearExpr expr) {
    return "[" + terms(expr.terms()) + "] + " + expr.constant().stripTrailingZeros().toPlainString();
  }
}
