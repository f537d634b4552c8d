package tieout.rules;

import java.util.Map;

/** Rule and taxonomy texts parsed without a folder: the tests' way into the rules parser from other packages. */
public final class RuleSources {
  private RuleSources() {}

  /** As {@link RulesLoader#load} for a folder holding {@code files} (path to text, in order). */
  public static RuleSet parse(Map<String, String> files) {
    return RulesLoader.parse(files);
  }
}
