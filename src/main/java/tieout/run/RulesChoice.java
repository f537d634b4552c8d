package tieout.run;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tieout.load.InputKind;
import tieout.load.Notice;
import tieout.load.files.Inputs;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Taxonomy;

/**
 * Which rules folder a run reads. A folder named with {@code --rules} is read as it is. Without
 * {@code --rules} the inputs decide, because the bundled {@code ./rules} are the sample's checks:
 * their totals name the lines of one company's statements and fail on anyone else's filing.
 * <ul>
 *   <li>XBRL filings only: no folder; each filing is checked against its own calculation linkbase.
 *   <li>SEC data sets only: {@code rules/us-gaap}, as the Spark job reads them, when it is there;
 *       else the one of the tieout installation that runs ({@code bin/tieout} says where:
 *       {@code -Dtieout.home}), so that a data set checks from any folder.
 *   <li>anything else (workbooks, tidy CSV, a mix): {@code ./rules}, as always.
 * </ul>
 */
public final class RulesChoice {
  static final Path DEFAULT = Path.of("rules");
  static final Path US_GAAP = Path.of("rules", "us-gaap");

  private final Optional<Path> named;

  private RulesChoice(Optional<Path> named) {
    this.named = named;
  }

  /** The folder the user named ({@code --rules}, a nightly configuration's {@code rules}). */
  public static RulesChoice named(Path folder) {
    return new RulesChoice(Optional.of(folder));
  }

  /** No folder named: the inputs decide. */
  public static RulesChoice byDefault() {
    return new RulesChoice(Optional.empty());
  }

  /** The folder to read for {@code inputs}, or empty when a run of XBRL filings reads none. */
  public Optional<Path> folderFor(List<Path> inputs) {
    if (named.isPresent()) {
      return named;
    }
    ImmutableList<Path> files = Inputs.of(inputs).files();
    if (!files.isEmpty() && files.stream().allMatch(f -> InputKind.of(f).equals(Optional.of(InputKind.XBRL)))) {
      return Optional.empty();
    }
    Optional<Path> usGaap = usGaap();
    if (!files.isEmpty() && usGaap.isPresent()
        && files.stream().allMatch(f -> InputKind.of(f).equals(Optional.of(InputKind.SEC_DATA_SET)))) {
      return usGaap;
    }
    return Optional.of(DEFAULT);
  }

  /** {@code rules/us-gaap} here, or else the installation's, when there is one. */
  private static Optional<Path> usGaap() {
    if (Files.isDirectory(US_GAAP)) {
      return Optional.of(US_GAAP);
    }
    return Optional.ofNullable(System.getProperty("tieout.home"))
        .map(home -> Path.of(home).resolve(US_GAAP))
        .filter(Files::isDirectory);
  }

  /** The rules of {@link #folderFor}: none (and an empty taxonomy) when no folder is read. */
  public RuleSet load(List<Path> inputs) {
    return folderFor(inputs).map(RulesLoader::load).orElseGet(() -> new RuleSet(Taxonomy.builder().build(),
        ImmutableList.of()));
  }

  /** What the report says of the choice when the inputs made it, so no one wonders which checks ran. */
  public Optional<Notice> notice(List<Path> inputs) {
    if (named.isPresent()) {
      return Optional.empty();
    }
    Optional<Path> folder = folderFor(inputs);
    if (folder.isEmpty()) {
      return Optional.of(new Notice("rules", "none read: without --rules, XBRL filings are checked against their"
          + " own calculation linkbases only; add --rules DIR to run your checks too (tieout's rules/us-gaap"
          + " holds checks for US GAAP filings)"));
    }
    if (folder.get().endsWith(US_GAAP)) {
      return Optional.of(new Notice(folder.get().toString(), "read: without --rules, SEC data sets are checked with"
          + " the US GAAP checks (as the Spark job does); name another folder with --rules DIR"));
    }
    return Optional.empty();
  }
}
