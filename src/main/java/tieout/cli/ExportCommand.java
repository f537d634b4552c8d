package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.load.files.LoadedLedger;
import tieout.load.OutputGuard;
import tieout.error.UserException;
import tieout.export.XbrlExport;
import tieout.load.files.LedgerLoader;
import tieout.rules.RuleSet;

/** {@code tieout export --format xbrl OUTDIR [PATH...]}: the ledger as XBRL 2.1, its sum rules as a calculation linkbase. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Writes the ledger of PATH (default ./spreadsheets) into OUTDIR as an XBRL 2.1 instance (ledger.xml),"
        + " a schema of its concepts (ledger.xsd) and a calculation linkbase of its sum rules (ledger_cal.xml).")
public final class ExportCommand implements Callable<Integer> {
  /** The formats {@code --format} accepts. */
  enum Format {
    XBRL
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "Export format: xbrl.")
  Format format;

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "Folder to write into (created if missing).")
  Path outDir;

  @Parameters(index = "1..*", paramLabel = "PATH", description = "Spreadsheet files or folders (default: ./spreadsheets).")
  List<Path> paths = List.of();

  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = InputOptions.inputs(paths);
    OutputGuard.folder("OUTDIR", outDir, inputs, "exported/");
    RuleSet rules = input.rules().load(inputs);
    LoadedLedger loaded = LedgerLoader.load(inputs, rules.taxonomy(), input.loadOptions());
    Files.createDirectories(outDir);
    XbrlExport.Written written = XbrlExport.write(loaded.ledger(), rules, outDir);
    PrintWriter out = spec.commandLine().getOut();
    out.println("tieout: " + written.facts() + " facts, " + written.concepts() + " concepts and "
        + written.calculations() + " calculations written to " + outDir + " (ledger.xml, ledger.xsd, ledger_cal.xml, ledger_lab.xml)"
        + (written.notExported().isEmpty() ? "" : "; " + written.notExported().size()
            + " rules not exported, listed in not-exported.txt"));
    if (!loaded.unreadable().isEmpty()) {
      UnreadableNote.print(loaded.unreadable(), spec.commandLine().getErr(), outDir.toString());
    }
    return loaded.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.DISCREPANCIES;
  }
}
