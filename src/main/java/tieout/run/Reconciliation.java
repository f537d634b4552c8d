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
import tieout.load.LoadOptions;
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
   * The whole run, the calculation linkbases of the XBRL filings read checked by default
   * ({@link LinkbaseRules#DEFAULT}).
   *
   * @param inputs input files or folders
   * @param rulesDir the folder of taxonomy and rule files
   * @param load the limits of the load, who hears its progress, and whether a problem in the data
   *     stops the run ({@link LoadOptions#strict()}) or becomes a {@link RunResult#unreadable()}
   *     finding beside the checks of the rest
   * @param narrative a text or Markdown file whose quoted figures are tied to the ledger
   *     ({@link RunResult#narrative()})
   * @throws tieout.error.UserException for bad rules, paths, limits, a missing narrative file, and
   *     when strict any data that cannot be read
   */
  public static RunResult run(List<Path> inputs, Path rulesDir, LoadOptions load, Optional<Path> narrative) {
    return run(inputs, rulesDir, load, narrative, LinkbaseRules.DEFAULT);
  }

  /**
   * As {@link #run(List, Path, LoadOptions, Optional)}, the calculation linkbases of the XBRL filings
   * read checked as {@code linkbase} says, their findings beside the rules' own.
   */
  public static RunResult run(List<Path> inputs, Path rulesDir, LoadOptions load, Optional<Path> narrative,
      LinkbaseRules linkbase) {
    return run(inputs, RulesChoice.named(rulesDir), load, narrative, linkbase);
  }

  /**
   * As {@link #run(List, Path, LoadOptions, Optional, LinkbaseRules)}, the rules folder chosen by
   * {@code choice}: the one named, or the inputs' default ({@link RulesChoice}).
   */
  public static RunResult run(List<Path> inputs, RulesChoice choice, LoadOptions load, Optional<Path> narrative,
      LinkbaseRules linkbase) {
    PhaseTimer timer = PhaseTimer.start();
    Optional<Path> rulesDir = choice.folderFor(inputs);
    RuleSet rules = choice.load(inputs);
    timer.end("rules");
    LoadedLedger loaded = LedgerLoader.load(inputs, rules.taxonomy(), load);
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
    choice.notice(inputs).ifPresent(notices::add);
    rulesDir.ifPresent(dir ->
        RulesLoader.ignoredFiles(dir).forEach(d -> notices.add(new Notice(d.location(), d.message()))));
    notices.addAll(loaded.notices());
    return new RunResult(rules, ledger, findings, explanations, flux, prose, notices.build(), loaded.unreadable(),
        loaded.coverage());
  }
}
