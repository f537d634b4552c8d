package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.error.UserException;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;

/** {@code tieout generate}: writes a synthetic ledger with planted discrepancies, for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Writes a synthetic ledger (facts, rules/ and manifest.csv of planted discrepancies) into folder OUT.")
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--facts", paramLabel = "N", required = true,
      description = "Number of facts, rounded up to a multiple of 125 (one entity-year).")
  int facts;

  @Option(names = "--errors", paramLabel = "K", defaultValue = "0",
      description = "Number of discrepancies to plant, at most one per entity-year (default: 0).")
  int errors;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv (tidy layout), xlsx (presentation layout, one sheet per entity) or xbrl (an XBRL 2.1"
          + " instance with its schema and a calculation linkbase of the summations); default csv.")
  Generator.Format format;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
      description = "Random seed; the same seed writes the same files (default: 1).")
  long seed;

  @Parameters(paramLabel = "OUT", description = "Folder to write into (created if needed).")
  Path out;

  @Override
  public Integer call() throws IOException {
    SyntheticLedger ledger;
    try {
      ledger = new SyntheticLedger(facts, errors, seed);
    } catch (IllegalArgumentException e) {
      throw UserException.at("tieout generate", e.getMessage());
    }
    Path file = Generator.write(ledger, format, out);
    PrintWriter w = spec.commandLine().getOut();
    w.println("tieout: wrote " + ledger.factCount() + " facts of " + ledger.entityCount() + " entities to " + file
        + ", " + ledger.plants().size() + " planted discrepancies in " + out.resolve("manifest.csv")
        + "; check with: tieout check --rules " + out.resolve("rules") + " " + file);
    return ExitCodes.OK;
  }
}
