package tieout.load.xbrl;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.LoadOptions;
import tieout.load.Notice;
import tieout.load.Problems;
import tieout.taxonomy.Taxonomy;

/**
 * An XBRL instance or inline document ({@link XbrlLoader}); of a folder's {@code .xml} and
 * {@code .htm} files only XBRL documents are inputs (not linkbases, schemas or web pages). Keeps
 * the filings it read, for their labels and calculation linkbases.
 */
public final class XbrlFormat implements InputFormat {
  private final List<XbrlFiling> filings = new ArrayList<>();

  @Override
  public InputKind kind() {
    return InputKind.XBRL;
  }

  @Override
  public List<Path> inputsAmong(List<Path> named) throws IOException {
    return XbrlLoader.documentsAmong(named);
  }

  @Override
  public boolean readsSheets() {
    return false;
  }

  @Override
  public List<Fact> read(Path file, Taxonomy taxonomy, LoadOptions options, Problems problems, List<Notice> notices) {
    return loadXbrl(file, file.getFileName().toString(), taxonomy, options, problems, notices, filings);
  }

  /** Filings are read first: their labels then name their concepts in the workbooks beside them. */
  @Override
  public boolean extendsTaxonomy() {
    return true;
  }

  @Override
  public Taxonomy extendTaxonomy(Taxonomy taxonomy) {
    return filings.isEmpty() ? taxonomy : FilingTaxonomy.extend(taxonomy, filings());
  }

  /** The filings read so far, in the order read. */
  public ImmutableList<XbrlFiling> filings() {
    return ImmutableList.copyOf(filings);
  }

  /**
   * An XBRL instance or inline document with the linkbases beside it. Its problems (a fact without
   * its context) are unreadable inputs; a document that cannot be read at all (not well-formed, a
   * DOCTYPE, not XBRL) is refused, as a file of another kind named directly is.
   */
  private static List<Fact> loadXbrl(Path file, String name, Taxonomy taxonomy, LoadOptions options, Problems problems,
      List<Notice> notices, List<XbrlFiling> filings) {
    try {
      XbrlFiling filing = XbrlLoader.load(file, taxonomy, options);
      notices.addAll(filing.notices());
      filing.problems().forEach(d -> problems.add(d.location(), d.message()));
      filings.add(filing);
      return filing.facts();
    } catch (UserException e) {
      e.diagnostics().forEach(d -> problems.refuse(d.location(), d.message()));
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    }
    return List.of();
  }
}
