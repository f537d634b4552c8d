package tieout.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tieout.load.LoadOptions;
import tieout.progress.ProgressChoice;
import tieout.run.RulesChoice;

/**
 * What every command that reconciles spreadsheets shares: {@code --rules DIR}, the load limits
 * ({@link LimitOptions}), and the default inputs, so {@code check}, {@code explain} and
 * {@code narrative} read the same files the same way.
 */
final class InputOptions {
  @Option(names = "--rules", paramLabel = "DIR", description = "Folder of *.taxonomy and *.rules files (default:"
      + " ./rules; none for XBRL filings alone, which are checked against their calculation linkbases; rules/us-gaap"
      + " for SEC data sets alone).")
  Path rulesDir;

  @Mixin LimitOptions limitOptions = new LimitOptions();

  @Option(names = "--strict",
      description = "Refuse the run (exit 2) when any cell, line, sheet or file cannot be read, instead of reporting"
          + " it as an unreadable input and checking the rest.")
  boolean strict;

  @Option(names = "--no-progress",
      description = "Draw no progress bar while loading (one appears only on a terminal, for loads over 1 s).")
  boolean noProgress;

  /** The folder named with {@code --rules}, or the inputs' default ({@link RulesChoice}). */
  RulesChoice rules() {
    return rulesDir == null ? RulesChoice.byDefault() : RulesChoice.named(rulesDir);
  }

  /** The folder named with {@code --rules}, or {@code ./rules}: for what reads a taxonomy without a run. */
  Path rulesDirOrDefault() {
    return rulesDir == null ? Path.of("rules") : rulesDir;
  }

  /** The spreadsheet paths given, or {@code ./spreadsheets} when none were. */
  static List<Path> inputs(List<Path> paths) {
    return paths.isEmpty() ? List.of(Path.of("spreadsheets")) : paths;
  }

  /** How to load: the flags' limits and {@code --strict}, a progress bar on a terminal ({@link ProgressChoice}). */
  LoadOptions loadOptions() {
    return new LoadOptions(limitOptions.limits(), ProgressChoice.forThisProcess(noProgress), strict);
  }
}
