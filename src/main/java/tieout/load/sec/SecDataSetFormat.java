package tieout.load.sec;

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

/** An SEC Financial Statement Data Set ({@code .zip}), read with {@link SecDataSetReader}. */
public final class SecDataSetFormat implements InputFormat {
  @Override
  public InputKind kind() {
    return InputKind.SEC_DATA_SET;
  }

  @Override
  public boolean readsSheets() {
    return false;
  }

  @Override
  public List<Fact> read(Path file, Taxonomy taxonomy, LoadOptions options, Problems problems, List<Notice> notices) {
    return loadDataSet(file, file.getFileName().toString(), taxonomy, options, problems);
  }

  /** An SEC Financial Statement Data Set: a zip with sub.txt and num.txt. */
  private static List<Fact> loadDataSet(Path file, String name, Taxonomy taxonomy, LoadOptions options,
      Problems problems) {
    try {
      // Bad lines are unreadable inputs; the good lines' facts are loaded.
      List<tieout.error.Diagnostic> lines = new ArrayList<>();
      List<Fact> facts = SecDataSetReader.read(file, taxonomy, options.limits().maxFacts(), options.progress(), lines);
      lines.forEach(d -> problems.add(d.location(), d.message()));
      return facts;
    } catch (UserException e) {
      problems.addAll(e);
    } catch (IOException e) {
      problems.add(name, "could not read the file: " + e.getMessage());
    }
    return List.of();
  }
}
