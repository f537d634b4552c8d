package tieout.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

  /** UTF-8's byte order mark, read as ISO-8859-1. */
  private static final String UTF8_BOM = "\u00EF\u00BB\u00BF";

  private TidyCsvFileReader() {}

  static Iterator<Read> read(String url, Map<String, String> rulesText, Map<String, String> hadoop) throws IOException {
    return LocalFolder.readCopy(url, hadoop, local -> tidy(local) ? load(local, rulesText)
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

  /**
   * Whether the file's first line is a tidy header, as the loader decides; an empty file is left to
   * the loader, which says so as {@code check} does.
   */
  private static boolean tidy(Path file) throws IOException {
    // Byte by byte: a header's names are ASCII whatever the file's encoding, which the loader finds.
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String first = in.readLine();
      if (first == null || first.isBlank()) {
        return true;
      }
      if (first.startsWith(UTF8_BOM)) {
        first = first.substring(UTF8_BOM.length());
      }
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new java.io.StringReader(first)).getRecords();
      return !records.isEmpty() && TidyHeader.isTidy(records.get(0).toList());
    }
  }
}
