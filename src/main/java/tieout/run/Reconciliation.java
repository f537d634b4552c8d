package tieout.run;

import java.nio.file.Path;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Reconciler;
import tieout.explain.Explainer;
import tieout.ledger.Ledger;
import tieout.load.LedgerLoader;
import tieout.narrative.NarrativeChecker;
import tieout.narrative.NarrativeResult;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;

/**
 * One reconciliation from files to results: read the rules, load the spreadsheets, run the checks,
 * explain the failed ones and run the flux review.
 * The CLI's {@code check} and any unattended job call this, so they cannot drift apart.
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * @param inputs spreadsheet files or folders
   * @param rulesDir the folder of taxonomy and rule files
   * @throws tieout.error.UserException for bad rules, paths or spreadsheets
   */
  public static RunResult run(List<Path> inputs, Path rulesDir) {
    RuleSet rules = RulesLoader.load(rulesDir);
    Ledger ledger = LedgerLoader.load(inputs, rules.taxonomy());
    ImmutableList<Finding> findings = Reconciler.check(rules, ledger);
    return new RunResult(
        rules,
        ledger,
        findings,
        Explainer.standard().explainFailures(findings, ledger),
        Reconciler.flux(rules, ledger),
        Optional.empty());
  }

  /**
   * The same run, and when {@code narrative} is given, the figures quoted in that text or Markdown
   * file tied to the ledger ({@link RunResult#narrative()}).
   *
   * @throws tieout.error.UserException also for a missing or unreadable narrative file
   */
  public static RunResult run(List<Path> inputs, Path rulesDir, Optional<Path> narrative) {
    RunResult result = run(inputs, rulesDir);
    if (narrative.isEmpty()) {
      return result;
    }
    NarrativeResult prose = new NarrativeChecker(result.rules().taxonomy(), result.ledger()).check(narrative.get());
    return new RunResult(
        result.rules(), result.ledger(), result.findings(), result.explanations(), result.flux(), Optional.of(prose));
  }
}
