package tieout.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tieout.calc.Calc11;
import tieout.engine.Finding;
import tieout.engine.FootingCheck;
import tieout.engine.Reconciler;
import tieout.engine.Status;
import tieout.explain.Explainer;
import tieout.explain.Explanation;
import tieout.ledger.Ledger;
import tieout.load.Limits;
import tieout.load.Notice;
import tieout.load.files.LedgerLoader;
import tieout.load.files.LoadedLedger;
import tieout.load.xbrl.XbrlFiling;
import tieout.narrative.NarrativeChecker;
import tieout.narrative.NarrativeResult;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;

/**
 * One reconciliation from files to results: read the rules, load the spreadsheets, run the checks,
 * explain the failed ones, run the flux review and, when asked, tie the prose to the ledger. The
 * CLI's commands and the nightly job all call this, so they cannot drift apart.
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * @param inputs spreadsheet files or folders
   * @param rulesDir the folder of taxonomy and rule files
   * @throws tieout.error.UserException for bad rules, paths or spreadsheets
   */
  public static RunResult run(List<Path> inputs, Path rulesDir) {
    return run(inputs, rulesDir, Limits.fromSystemProperties(), Optional.empty());
  }

  /** As {@link #run(List, Path)}, loading no more than {@code limits} allow. */
  public static RunResult run(List<Path> inputs, Path rulesDir, Limits limits) {
    return run(inputs, rulesDir, limits, Optional.empty());
  }

  /** As {@link #run(List, Path)}, also tying the figures quoted in {@code narrative}. */
  public static RunResult run(List<Path> inputs, Path rulesDir, Optional<Path> narrative) {
    return run(inputs, rulesDir, Limits.fromSystemProperties(), narrative);
  }

  /**
   * The whole run: when {@code narrative} is given, the figures quoted in that text or Markdown
   * file are tied to the ledger ({@link RunResult#narrative()}).
   *
   * @throws tieout.error.UserException also for a missing or unreadable narrative file
   */
  public static RunResult run(List<Path> inputs, Path rulesDir, Limits limits, Optional<Path> narrative) {
    return run(inputs, rulesDir, limits, narrative, false);
  }

  /**
   * The whole run. Problems in the data become {@link RunResult#unreadable()} findings and the rest
   * is checked; with {@code strict} they are a user error instead, as for bad paths and limits.
   *
   * @throws tieout.error.UserException for bad rules, paths, limits, a missing narrative file, and
   *     with {@code strict} any data that cannot be read
   */
  public static RunResult run(List<Path> inputs, Path rulesDir, Limits limits, Optional<Path> narrative,
      boolean strict) {
    return run(inputs, rulesDir, limits, narrative, strict, LinkbaseRules.DEFAULT);
  }

  /**
   * The whole run, the calculation linkbases of the XBRL filings read checked as {@code linkbase}
   * says, their findings beside the rules' own.
   */
  public static RunResult run(List<Path> inputs, Path rulesDir, Limits limits, Optional<Path> narrative,
      boolean strict, LinkbaseRules linkbase) {
    PhaseTimer timer = PhaseTimer.start();
    RuleSet rules = RulesLoader.load(rulesDir);
    timer.end("rules");
    LoadedLedger loaded = LedgerLoader.loadWithNotices(inputs, rules.taxonomy(), limits, strict);
    Ledger ledger = loaded.ledger();
    timer.end("load");
    // The tables' own totals are checked beside the rules: a sign slip in a line no rule names.
    ImmutableList<Finding> findings = ImmutableList.<Finding>builder()
        .addAll(UnreadableReasons.name(Reconciler.check(rules, ledger), loaded.unreadableAmounts()))
        .addAll(FootingCheck.check(loaded.footings()))
        .build();
    if (linkbase.on() && !loaded.filings().isEmpty()) {
      ImmutableList.Builder<Finding> all = ImmutableList.<Finding>builder().addAll(findings);
      for (XbrlFiling filing : loaded.filings()) {
        all.addAll(Calc11.evaluate(filing, linkbase.mode()).findings());
      }
      findings = all.build();
    }
    timer.end("checks");
    Optional<NarrativeResult> prose =
        narrative.map(path -> new NarrativeChecker(rules.taxonomy(), ledger).check(path));
    // The failed checks, found in one pass, are all the explainer looks at.
    List<Finding> failed = findings.stream().filter(f -> f.status() == Status.FAIL).toList();
    ImmutableMap<Finding, ImmutableList<Explanation>> explanations =
        Explainer.standard().explainFailures(failed, ledger);
    ImmutableList<Finding> flux = Reconciler.flux(rules, ledger);
    timer.end("explain+flux");
    // Files in the rules folder named like rules but not read: said, as the loader says of inputs.
    ImmutableList.Builder<Notice> notices = ImmutableList.builder();
    RulesLoader.ignoredFiles(rulesDir).forEach(d -> notices.add(new Notice(d.location(), d.message())));
    notices.addAll(loaded.notices());
    return new RunResult(rules, ledger, findings, explanations, flux, prose, notices.build(), loaded.unreadable(),
        loaded.coverage());
  }
}
