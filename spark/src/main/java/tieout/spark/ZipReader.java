package tieout.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.LoadProgress;
import tieout.load.sec.SecDataSetReader;
import tieout.taxonomy.Taxonomy;

/**
 * One task's work in the first stage: one SEC data set zip, from any Hadoop file system, read by
 * the core's {@link SecDataSetReader} into fact rows. A zip has no streaming random access on
 * HDFS or S3, so a remote one is copied to the executor's local disk first, under its own name
 * (the name every fact's source and every problem's location shows).
 */
final class ZipReader {
  private ZipReader() {}

  static Iterator<Read> read(String url, Map<String, String> rulesText, Map<String, String> hadoop) throws IOException {
    return LocalFolder.readCopy(url, hadoop, local -> readLocal(local, RulesText.parse(rulesText).taxonomy()));
  }

  /**
   * The data set zip {@code local} as {@code check} reads it: facts, and bad lines as unreadable
   * parts. The zip is read whole before this returns; it may then be deleted.
   */
  static Iterator<Read> readLocal(Path local, Taxonomy taxonomy) {
    List<Read> problems = new ArrayList<>();
    List<Fact> facts = List.of();
    try {
      List<Diagnostic> lines = new ArrayList<>();
      facts = SecDataSetReader.read(local, taxonomy, Long.MAX_VALUE, LoadProgress.NONE, lines);
      lines.forEach(d -> problems.add(Read.problem(d.location(), d.message())));
    } catch (UserException e) {
      e.diagnostics().forEach(d -> problems.add(Read.problem(d.location(), d.message())));
    } catch (IOException e) {
      problems.add(Read.problem(local.getFileName().toString(), "could not read the file: " + e.getMessage()));
    }
    return new Reads(facts, problems);
  }
}
