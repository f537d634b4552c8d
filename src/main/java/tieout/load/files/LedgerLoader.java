package tieout.load.files;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.load.SheetCoverage;
import tieout.taxonomy.Taxonomy;

/**
 * Loads input files into a {@link Ledger}: the one entry point the CLI calls.
 *
 * <p>Each path is an input file or a folder of them, as {@link Inputs} finds them ({@link InputKind}:
 * {@code .xlsx}, {@code .csv}, SEC data set {@code .zip}, XBRL). Each file is read by its
 * {@link InputFormat} ({@link Formats}, the one list); the files of formats that extend the taxonomy
 * (XBRL filings) first, so that their labels name their concepts in the workbooks beside them.
 *
 * <p>Inputs are only read. Problems in the data become findings ({@link tieout.load.InputProblem})
 * and the rest is loaded; what the user controls (paths, limits) is refused with one exception
 * listing every problem.
 */
public final class LedgerLoader {
  private LedgerLoader() {}

  /**
   * Loads every fact of {@code paths} that can be read, within {@code options}' limits. Problems in
   * the data (a cell, a line, a sheet, a damaged or empty file) come back as
   * {@link LoadedLedger#unreadable()} findings, and the rest is loaded; when the options are
   * {@link LoadOptions#strict() strict} they are thrown instead, as a user error.
   *
   * @throws tieout.error.UserException for what the user controls, all problems together: a missing
   *     path, a device, a file of another kind named directly, a folder without inputs, a limit
   *     exceeded
   */
  public static LoadedLedger load(List<Path> paths, Taxonomy taxonomy, LoadOptions options) {
    Limits limits = options.limits();
    Problems problems = new Problems();
    List<Notice> notices = new ArrayList<>();
    Inputs inputs = Inputs.of(paths);
    inputs.refusals().forEach(d -> problems.refuse(d.location(), d.message()));
    notices.addAll(inputs.skipped());
    Ledger.Builder ledger = Ledger.builder();
    Formats formats = new Formats();
    List<SheetCoverage> coverage = new ArrayList<>();
    long count = 0;
    boolean extended = false;
    for (Path file : formats.inReadingOrder(inputs.files())) {
      InputFormat format = formats.of(file);
      if (!extended && !format.extendsTaxonomy()) {
        // The files that declare concepts (XBRL filings) are read: the rest is read with their concepts.
        taxonomy = formats.extendTaxonomy(taxonomy);
        extended = true;
      }
      int before = problems.size();
      int amountsBefore = problems.unreadableAmountCount();
      List<Fact> facts = loadFile(file, format, taxonomy, options, problems, notices);
      String name = file.getFileName().toString();
      if (facts.isEmpty() && problems.size() == before) {
        problems.add(name, "expected at least one amount under a period heading (such as \"Year Ended December 31,"
            + " 2013\") or a concept,period,value line, found none: check that this is the right file");
      }
      facts = AmountRange.keepInRange(facts, problems);
      count += facts.size();
      if (count > limits.maxFacts()) {
        problems.refuse(name, "expected at most " + Limits.grouped(limits.maxFacts()) + " facts in one run (--max-facts),"
            + " found more by this file: check fewer files at a time or raise --max-facts");
        break;
      }
      ledger.addAll(facts);
      if (format.readsSheets()) {
        coverage.addAll(SheetCoverage.of(facts, problems.unreadableAmountsSince(amountsBefore)));
      }
    }
    if (options.strict() || problems.refused()) {
      problems.throwIfAny();
    }
    formats.tables.adopted().notice().ifPresent(notices::add);
    return new LoadedLedger(ledger.build(), ImmutableList.copyOf(notices), problems.findings(),
        problems.unreadableAmounts(), ImmutableList.copyOf(coverage), ImmutableList.copyOf(formats.tables.footings()),
        formats.xbrl.filings());
  }

  private static List<Fact> loadFile(Path file, InputFormat format, Taxonomy taxonomy, LoadOptions options,
      Problems problems, List<Notice> notices) {
    Limits limits = options.limits();
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        problems.refuse(name, "expected a file of at most " + Limits.grouped(limits.maxFileBytes()) + " bytes"
            + " (--max-file-size), found " + Limits.grouped(size) + " bytes: split it or raise --max-file-size");
        return List.of();
      }
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
      return List.of();
    }
    try {
      return format.read(file, taxonomy, options, problems, notices);
    } finally {
      options.progress().finish(); // also after a problem: a bar left open would garble the report
    }
  }
}
