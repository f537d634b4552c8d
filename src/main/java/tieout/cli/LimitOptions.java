package tieout.cli;

import picocli.CommandLine.Option;
import tieout.load.Limits;

/**
 * The {@code --max-file-size}, {@code --max-cells} and {@code --max-facts} flags: a picocli mixin any
 * command that loads spreadsheets adds, turned into {@link Limits} (unset flags keep the
 * {@code tieout.max*} system properties or the defaults).
 */
public final class LimitOptions {
  @Option(names = "--max-file-size", paramLabel = "SIZE",
      description = "Refuse a spreadsheet larger than SIZE, e.g. 100MB (default: 100MB).")
  String maxFileSize;

  @Option(names = "--max-cells", paramLabel = "N",
      description = "Refuse a file with more than N non-empty cells (default: 2000000).")
  String maxCells;

  @Option(names = "--max-facts", paramLabel = "N",
      description = "Stop when the inputs hold more than N facts (default: 1000000).")
  String maxFacts;

  /**
   * The limits these flags ask for.
   *
   * @throws tieout.error.UserException naming the flag whose value is no size or count
   */
  public Limits limits() {
    Limits base = Limits.fromSystemProperties();
    return new Limits(
        maxFileSize == null ? base.maxFileBytes() : Limits.parseSize(maxFileSize, "--max-file-size"),
        maxCells == null ? base.maxCells() : Limits.parseCount(maxCells, "--max-cells"),
        maxFacts == null ? base.maxFacts() : Limits.parseCount(maxFacts, "--max-facts"));
  }
}
