package tieout.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.files.LedgerLoader;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.files.LoadedLedger;
import tieout.load.csv.TidyHeader;

/**
 * One task's work for a tidy CSV file ({@code concept,period,value} and optional {@code entity},
 * unit, decimals and axis columns): copied to the executor's local disk under its own name and
 * loaded by the core's {@link LedgerLoader}, as {@code check} loads it, so its facts, bad lines and
 * default entity (the file's base name) are {@code check}'s. A file is one task: split a large
 * ledger into several files (a folder of them) to read it on several executors.
 *
 * <p>Only the tidy layout: a presentation table's checks (its own totals, captions adopted from
 * other files) need the whole ledger at once, so such a CSV is an unreadable input here.
 */
final class TidyCsvFileReader {
  /** No limits of {@code check}'s: a file's size was the cluster's to decide. */
  private static final Limits UNLIMITED = new Limits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  private TidyCsvFileReader() {}

  static Iterator<Read> read(String url, Map<String, String> rulesText, Map<String, String> hadoop) throws IOException {
    return LocalFolder.readCopy(url, hadoop, local -> TidyHeader.isTidyFile(local) ? load(local, rulesText)
        : List.of(Read.problem(local.getFileName().toString(), "expected a tidy CSV (a header with concept, period"
            + " and value columns), found another header: tieout-spark reads tidy CSV and SEC data sets; check a"
            + " presentation table with tieout check")).iterator());
  }

  private static Iterator<Read> load(Path local, Map<String, String> rulesText) {
    List<Read> problems = new ArrayList<>();
    List<Fact> facts = List.of();
    try {
      LoadedLedger loaded = LedgerLoader.load(List.of(local), RulesText.parse(rulesText).taxonomy(),
          LoadOptions.within(UNLIMITED));
      facts = loaded.ledger().facts();
      loaded.unreadable().forEach(p -> problems.add(Read.problem(p.location(), p.message())));
    } catch (UserException e) {
      e.diagnostics().forEach(d -> problems.add(Read.problem(d.location(), d.message())));
    }
    return new Reads(facts, problems);
  }
}
