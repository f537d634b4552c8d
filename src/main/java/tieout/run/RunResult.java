package tieout.run;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.explain.Explanation;
import tieout.ledger.Ledger;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
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
 *     whose facts were loaded, files a folder holds but tieout does not read
 * @param unreadable what in the data could not be loaded (a cell, a line, a sheet, a file): each an
 *     error finding of status {@code UNREADABLE}, the rest having been loaded and checked
 * @param coverage per sheet, how many of its amount cells were read
 */
public record RunResult(
    RuleSet rules,
    Ledger ledger,
    ImmutableList<Finding> findings,
    ImmutableMap<Finding, ImmutableList<Explanation>> explanations,
    ImmutableList<Finding> flux,
    Optional<NarrativeResult> narrative,
    ImmutableList<Notice> notices,
    ImmutableList<InputProblem> unreadable,
    ImmutableList<SheetCoverage> coverage) {

  public RunResult {
    checkNotNull(rules);
    checkNotNull(ledger);
    checkNotNull(findings);
    checkNotNull(explanations);
    checkNotNull(flux);
    checkNotNull(narrative);
    checkNotNull(notices);
    checkNotNull(unreadable);
    checkNotNull(coverage);
  }

  public ImmutableList<Explanation> explanationsOf(Finding finding) {
    return explanations.getOrDefault(finding, ImmutableList.of());
  }
}
