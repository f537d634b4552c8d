package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.annotate.Annotator;
import tieout.calc.CalcMode;
import tieout.engine.Finding;
import tieout.narrative.NarrativeReport;
import tieout.report.CsvReport;
import tieout.report.JsonReport;
import tieout.report.ReportFormat;
import tieout.report.Shown;
import tieout.report.Summary;
import tieout.report.TextReport;
import tieout.report.html.HtmlReport;
import tieout.rules.Severity;
import tieout.run.LinkbaseRules;
import tieout.run.PhaseTimer;
import tieout.run.Reconciliation;
import tieout.run.RunResult;

/** {@code tieout check}: load the spreadsheets, run the rules, report what does not tie. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Loads every .xlsx, .csv, SEC data set .zip and XBRL instance or inline XBRL document in PATH"
        + " (default ./spreadsheets), runs the rules and an XBRL filing's calculation linkbase, and reports every check.")
public final class CheckCommand implements Callable<Integer> {

  /** The report formats {@code --format} accepts. */
  enum Format {
    TEXT(new TextReport()),
    JSON(new JsonReport()),
    CSV(new CsvReport()),
    HTML(new HtmlReport());

    final ReportFormat writer;

    Format(ReportFormat writer) {
      this.writer = writer;
    }
  }

  /** The severities {@code --fail-on} accepts. */
  enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Spreadsheet files or folders (default: ./spreadsheets).")
  List<Path> paths = List.of();

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: text, json, csv or html (default: text).")
  Format format = Format.TEXT;

  @Mixin ReportOutput output = new ReportOutput();

  @Option(names = "--only", paramLabel = "WHICH", description = "List only these checks: failed (failed checks"
      + " and warnings with their facts, flagged flux changes and unreadable inputs; the summary still counts every check).")
  Only only;

  /** What {@code --only} accepts. */
  enum Only {
    FAILED(Shown.FAILED);

    final Shown shown;

    Only(Shown shown) {
      this.shown = shown;
    }
  }

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 when a check of this severity or worse fails: error or warning (default: error).")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--narrative", paramLabel = "FILE", description = "Also tie the figures quoted in this text or Markdown file (an MD&A, notes) to the ledger.")
  Path narrative;


  @Option(names = "--no-bom", description = "CSV only: leave out the UTF-8 byte order mark the report starts with"
      + " (Excel needs it to show accents; some tools take it for part of the first column's name).")
  boolean noBom;

  @Option(names = "--annotate", paramLabel = "OUTDIR", description = "Write a tick-marked copy of every input into OUTDIR: green and red cells with comments, and a summary sheet.")
  Path annotateDir;

  @Option(names = "--no-linkbase-rules",
      description = "XBRL: do not check the filing's calculation linkbase (its summations); the --rules still run.")
  boolean noLinkbaseRules;

  @Option(names = "--calc", paramLabel = "MODE",
      description = "XBRL: how a fact's decimals bound its value in calculation checks: round (Calculations 1.1's"
          + " round to nearest, the default) or truncation.")
  CalcChoice calc = CalcChoice.ROUND;

  /** The calculation modes {@code --calc} accepts. */
  enum CalcChoice {
    ROUND(CalcMode.ROUND_TO_NEAREST),
    TRUNCATION(CalcMode.TRUNCATION);

    final CalcMode mode;

    CalcChoice(CalcMode mode) {
      this.mode = mode;
    }
  }

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = InputOptions.inputs(paths);
    output.refuseInputs(inputs, Optional.ofNullable(narrative));
    if (annotateDir != null) {
      Annotator.checkOutputFolder(annotateDir, inputs);
    }
    RunResult result = Reconciliation.run(
        inputs, input.rules(), input.loadOptions(), Optional.ofNullable(narrative),
        new LinkbaseRules(!noLinkbaseRules, calc.mode));
    if (annotateDir != null) {
      Annotator.Written written = Annotator.write(result, inputs, annotateDir);
      spec.commandLine().getErr().println("tieout: " + written.line(annotateDir));
    }
    List<Finding> findings = result.findings();

    PrintWriter out = spec.commandLine().getOut();
    PhaseTimer timer = PhaseTimer.start();
    ReportFormat writer = format == Format.CSV && noBom ? CsvReport.withoutBom() : format.writer;
    Shown shown = only == null ? Shown.ALL : only.shown;
    output.write(out, w -> writer.write(result, w, shown), () -> Summary.of(findings).line()
        + Summary.unreadable(result.unreadable().size())
        + result.narrative().map(n -> "; " + NarrativeReport.phrase(n)).orElse(""));
    timer.end("report");
    boolean contradicted = NarrativeReport.hasContradictions(result.narrative())
        || (failOn == FailOn.WARNING && NarrativeReport.hasDifferences(result.narrative()));
    if (output.file != null && format != Format.TEXT) {
      UnreadableNote.print(result.unreadable(), spec.commandLine().getErr(), output.file.toString());
    }
    boolean failed = Summary.failsAt(findings, failOn.severity) || Summary.failsAt(result.flux(), failOn.severity)
        || Summary.unreadableFailsAt(result.unreadable().size(), failOn.severity);
    return failed || contradicted ? ExitCodes.DISCREPANCIES : ExitCodes.OK;
  }
}
