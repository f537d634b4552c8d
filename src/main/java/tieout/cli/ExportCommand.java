package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.load.files.LoadedLedger;
import tieout.load.OutputGuard;
import tieout.error.UserException;
import tieout.export.XbrlCsvExport;
import tieout.export.XbrlExport;
import tieout.load.files.LedgerLoader;
import tieout.rules.RuleSet;

/**
 * {@code tieout export --format xbrl|xbrl-csv OUTDIR [PATH...]}: the ledger as XBRL 2.1 (or as an
 * xBRL-CSV report), its sum rules as a calculation linkbase.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Writes the ledger of PATH (default ./spreadsheets) into OUTDIR as an XBRL 2.1 instance (ledger.xml),"
        + " a schema of its concepts (ledger.xsd) and a calculation linkbase of its sum rules (ledger_cal.xml);"
        + " with --format xbrl-csv, the facts as an xBRL-CSV report (ledger.json and ledger.csv) instead of ledger.xml.")
public final class ExportCommand implements Callable<Integer> {
  /** The formats {@code --format} accepts. */
  enum Format {
    XBRL("xbrl"),
    XBRL_CSV("xbrl-csv");

    final String text;

    Format(String text) {
      this.text = text;
    }
  }

  /** {@code xbrl} or {@code xbrl-csv}, any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.text.equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new CommandLine.TypeConversionException("expected xbrl or xbrl-csv, found '" + value + "'");
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
      description = "Export format: xbrl (an XBRL 2.1 instance) or xbrl-csv (an xBRL-CSV report).")
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
    XbrlExport.Written written = format == Format.XBRL_CSV
        ? XbrlCsvExport.write(loaded.ledger(), rules, outDir)
        : XbrlExport.write(loaded.ledger(), rules, outDir);
    String files = format == Format.XBRL_CSV ? "ledger.json, ledger.csv" : "ledger.xml";
    PrintWriter out = spec.commandLine().getOut();
    out.println("tieout: " + written.facts() + " facts, " + written.concepts() + " concepts and "
        + written.calculations() + " calculations written to " + outDir + " (" + files + ", ledger.xsd, ledger_cal.xml, ledger_lab.xml)"
        + (written.notExported().isEmpty() ? "" : "; " + written.notExported().size()
            + " rules not exported, listed in not-exported.txt"));
    if (!loaded.unreadable().isEmpty()) {
      UnreadableNote.print(loaded.unreadable(), spec.commandLine().getErr(), outDir.toString());
    }
    return loaded.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.DISCREPANCIES;
  }
}
