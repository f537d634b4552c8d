package tieout.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tieout.load.Limits;

/**
 * What every command that reconciles spreadsheets shares: {@code --rules DIR}, the load limits
 * ({@link LimitOptions}), and the default inputs, so {@code check}, {@code explain} and
 * {@code narrative} read the same files the same way.
 */
final class InputOptions {
  @Option(names = "--rules", paramLabel = "DIR", description = "Folder of *.taxonomy and *.rules files (default: ./rules).")
  Path rulesDir = Path.of("rules");

  @Mixin LimitOptions limitOptions = new LimitOptions();

  /** The spreadsheet paths given, or {@code ./spreadsheets} when none were. */
  static List<Path> inputs(List<Path> paths) {
    return paths.isEmpty() ? List.of(Path.of("spreadsheets")) : paths;
  }

  Limits limits() {
    return limitOptions.limits();
  }
}
