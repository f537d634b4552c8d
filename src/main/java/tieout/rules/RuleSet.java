package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import tieout.taxonomy.Taxonomy;

/** The taxonomy and rules read from a rules folder. */
public record RuleSet(Taxonomy taxonomy, ImmutableList<Rule> rules) {
  public RuleSet {
    checkNotNull(taxonomy);
    checkNotNull(rules);
  }
}
