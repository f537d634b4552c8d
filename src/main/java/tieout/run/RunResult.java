package tieout.run;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.explain.Explanation;
import tieout.ledger.Ledger;
import tieout.load.Notice;
import tieout.narrative.NarrativeResult;
import tieout.rules.RuleSet;

/**
 * Everything one reconciliation produced, what every report format renders.
 *
 * @param findings every tie-out check, passed ones included
 * @param explanations for failed checks, likely explanations of the variance, best first
 * @param flux period-over-period (flux) review findings, a section of their own
 * @param narrative figures quoted in prose, when a narrative document was given
 * @param notices what the loader wants known that is not an error: hidden sheets, rows and columns
 *     whose facts were loaded
 */
public record RunResult(
    RuleSet rules,
    Ledger ledger,
    ImmutableList<Finding> findings,
    ImmutableMap<Finding, ImmutableList<Explanation>> explanations,
    ImmutableList<Finding> flux,
    Optional<NarrativeResult> narrative,
    ImmutableList<Notice> notices) {

  public RunResult {
    checkNotNull(rules);
    checkNotNull(ledger);
    checkNotNull(findings);
    checkNotNull(explanations);
    checkNotNull(flux);
    checkNotNull(narrative);
    checkNotNull(notices);
  }

  /** A run whose loading raised no notices. */
  public RunResult(RuleSet rules, Ledger ledger, ImmutableList<Finding> findings,
      ImmutableMap<Finding, ImmutableList<Explanation>> explanations, ImmutableList<Finding> flux,
      Optional<NarrativeResult> narrative) {
    this(rules, ledger, findings, explanations, flux, narrative, ImmutableList.of());
  }

  /** A run with tie-out findings only. */
  public static RunResult of(RuleSet rules, Ledger ledger, ImmutableList<Finding> findings) {
    return new RunResult(rules, ledger, findings, ImmutableMap.of(), ImmutableList.of(), Optional.empty());
  }

  public ImmutableList<Explanation> explanationsOf(Finding finding) {
    return explanations.getOrDefault(finding, ImmutableList.of());
  }
}
