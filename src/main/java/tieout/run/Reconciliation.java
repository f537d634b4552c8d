package tieout.run;

import java.nio.file.Path;
import java.util.List;
import tieout.engine.Reconciler;
import tieout.ledger.Ledger;
import tieout.load.LedgerLoader;
import tieout.load.Limits;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;

/**
 * One reconciliation from files to results: read the rules, load the spreadsheets, run the checks.
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
    return run(inputs, rulesDir, Limits.fromSystemProperties());
  }

  /** As {@link #run(List, Path)}, loading no more than {@code limits} allow. */
  public static RunResult run(List<Path> inputs, Path rulesDir, Limits limits) {
    RuleSet rules = RulesLoader.load(rulesDir);
    Ledger ledger = LedgerLoader.load(inputs, rules.taxonomy(), limits);
    return RunResult.of(rules, ledger, Reconciler.check(rules, ledger));
  }
}
