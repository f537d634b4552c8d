package tieout.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.explain.Explanation;
import tieout.ledger.Ledger;
import tieout.load.Notice;
import tieout.narrative.NarrativeResult;
import tieout.rules.RuleSet;
import tieout.run.RunResult;

/** Run results made by hand for the report tests: what a run leaves empty, left empty. */
public final class Results {
  private Results() {}

  /** A run with tie-out findings only. */
  public static RunResult of(RuleSet rules, Ledger ledger, ImmutableList<Finding> findings) {
    return of(rules, ledger, findings, ImmutableMap.of(), ImmutableList.of(), Optional.empty());
  }

  /** A run whose loading raised no notices. */
  public static RunResult of(RuleSet rules, Ledger ledger, ImmutableList<Finding> findings,
      ImmutableMap<Finding, ImmutableList<Explanation>> explanations, ImmutableList<Finding> flux,
      Optional<NarrativeResult> narrative) {
    return of(rules, ledger, findings, explanations, flux, narrative, ImmutableList.of());
  }

  /** A run whose inputs were all read. */
  public static RunResult of(RuleSet rules, Ledger ledger, ImmutableList<Finding> findings,
      ImmutableMap<Finding, ImmutableList<Explanation>> explanations, ImmutableList<Finding> flux,
      Optional<NarrativeResult> narrative, ImmutableList<Notice> notices) {
    return new RunResult(rules, ledger, findings, explanations, flux, narrative, notices, ImmutableList.of(),
        ImmutableList.of());
  }
}
