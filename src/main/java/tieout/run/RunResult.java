package tieout.run;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.explain.Explanation;
import tieout.ledger.Ledger;
import tieout.narrative.NarrativeResult;
import tieout.rules.RuleSet;

/**
 * Everything one reconciliation produced, what every report format renders.
 *
 * @param findings every tie-out check, passed ones included
 * @param explanations for failed checks, likely explanations of the variance, best first
 * @param flux period-over-period (flux) review findings, a section of their own
 * @param narrative figures quoted in prose, when a narrative document was given
 */
public record RunResult(
    RuleSet rules,
    Ledger ledger,
    ImmutableList<Finding> findings,
    ImmutableMap<Finding, ImmutableList<Explanation>> explanations,
    ImmutableList<Finding> flux,
    Optional<NarrativeResult> narrative) {

  public RunResult {
    checkNotNull(rules);
    checkNotNull(ledger);
    checkNotNull(findings);
    checkNotNull(explanations);
    checkNotNull(flux);
    checkNotNull(narrative);
  }

  /** A run with tie-out findings only. */
  public static RunResult of(RuleSet rules, Ledger ledger, ImmutableList<Finding> findings) {
    return new RunResult(rules, ledger, findings, ImmutableMap.of(), ImmutableList.of(), Optional.empty());
  }

  public ImmutableList<Explanation> explanationsOf(Finding finding) {
    return explanations.getOrDefault(finding, ImmutableList.of());
  }
}
