package tieout.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tieout.ledger.Ledger;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.files.LedgerLoader;
import tieout.run.Reconciliation;
import tieout.run.RunResult;
import tieout.taxonomy.Taxonomy;

/**
 * The short ways into a load or a run that tests use and production does not: the limits of the
 * {@code tieout.max*} system properties, no progress, and the defaults for everything else.
 */
public final class Runs {
  private Runs() {}

  /** The options of a plain {@code tieout check}: system-property limits, no progress, not strict. */
  public static LoadOptions defaults() {
    return LoadOptions.within(Limits.fromSystemProperties());
  }

  /** A whole run of {@code inputs} against the rules in {@code rulesDir}, as {@code tieout check} runs it. */
  public static RunResult run(List<Path> inputs, Path rulesDir) {
    return Reconciliation.run(inputs, rulesDir, defaults(), Optional.empty());
  }

  /** As {@link #run(List, Path)}, also tying the figures quoted in {@code narrative}. */
  public static RunResult run(List<Path> inputs, Path rulesDir, Optional<Path> narrative) {
    return Reconciliation.run(inputs, rulesDir, defaults(), narrative);
  }

  /**
   * Every fact of {@code paths}, strictly: any problem, in the data or not, is thrown (a ledger alone
   * cannot carry the problems of what was not loaded).
   */
  public static Ledger ledger(List<Path> paths, Taxonomy taxonomy) {
    return ledger(paths, taxonomy, defaults());
  }

  /** As {@link #ledger(List, Taxonomy)}, within {@code options} (made strict). */
  public static Ledger ledger(List<Path> paths, Taxonomy taxonomy, LoadOptions options) {
    return LedgerLoader.load(paths, taxonomy, options.strictly()).ledger();
  }
}
