package tieout.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.narrative.InlineNarrative;
import tieout.narrative.NarrativeReport;
import tieout.narrative.NarrativeResult;
import tieout.rules.RulesLoader;
import tieout.run.LinkbaseRules;
import tieout.run.Reconciliation;
import tieout.run.RunResult;

/**
 * {@code tieout narrative FILE [PATH...]}: ties the figures quoted in a text or Markdown document
 * to the spreadsheets' ledger and reports only that (what {@code check --narrative} adds to its
 * report). Exits 1 when a figure contradicts the ledger, or with {@code --fail-on warning} when one differs.
 */
@Command(
    name = "narrative",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Ties every monetary amount quoted in the prose of FILE (text or Markdown) to the figures of the spreadsheets in PATH (default ./spreadsheets): CONTRADICTED, DIFFERS (differs, but the sentence qualifies it), TIED or UNTRACED.")
public final class NarrativeCommand implements Callable<Integer> {

  /** The formats {@code --format} accepts. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The prose: a text or Markdown file (an MD&A, notes), or an Inline XBRL document (a 10-K), whose prose is tied to its own tagged facts when no PATH is given.")
  Path file;

  @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = "Spreadsheet files or folders (default: ./spreadsheets).")
  List<Path> paths = List.of();

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: text, json or csv (default: text).")
  Format format = Format.TEXT;

  @Mixin ReportOutput output = new ReportOutput();

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 on a contradicted figure (error, the default), or also on a differing one (warning).")
  CheckCommand.FailOn failOn = CheckCommand.FailOn.ERROR;

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = InputOptions.inputs(paths);
    output.refuseInputs(inputs, Optional.of(file));
    // An Inline XBRL document alone: its prose is tied to its own tagged facts.
    List<tieout.load.InputProblem> unreadable;
    NarrativeResult result;
    if (paths.isEmpty() && InlineNarrative.isInline(file)) {
      result = InlineNarrative.check(file, RulesLoader.load(input.rulesDirOrDefault()).taxonomy(), input.loadOptions());
      unreadable = List.of();
    } else {
      RunResult run =
          Reconciliation.run(inputs, input.rules(), input.loadOptions(), Optional.of(file), LinkbaseRules.DEFAULT);
      UnreadableNote.print(run.unreadable(), spec.commandLine().getErr(), "tieout check --format json");
      result = run.narrative().orElseThrow();
      unreadable = run.unreadable();
    }
    PrintWriter out = spec.commandLine().getOut();
    output.write(out, w -> write(result, w), () -> NarrativeReport.phrase(result));
    // A figure the prose quotes may be in a cell that could not be read: an error, as in check.
    boolean failed = NarrativeReport.hasContradictions(Optional.of(result)) || !unreadable.isEmpty()
        || (failOn == CheckCommand.FailOn.WARNING && NarrativeReport.hasDifferences(Optional.of(result)));
    return failed ? ExitCodes.DISCREPANCIES : ExitCodes.OK;
  }

  private void write(NarrativeResult result, Writer out) throws IOException {
    switch (format) {
      case TEXT -> NarrativeReport.writeText(result, out);
      case JSON -> {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(true);
        json.beginObject();
        json.name("narrative");
        NarrativeReport.writeJson(result, json);
        json.endObject();
        json.flush();
        out.write("\n");
      }
      case CSV -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
            .setHeader("status", "location", "amountText", "amount", "decimals", "concept", "period", "source",
                "value", "variance", "reason", "excerpt")
            .get());
        for (List<String> row : NarrativeReport.csvColumns(result)) {
          csv.printRecord(row);
        }
        csv.flush();
      }
    }
  }
}
