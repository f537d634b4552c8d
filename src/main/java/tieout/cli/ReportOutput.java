package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import tieout.io.AtomicFile;
import tieout.load.OutputGuard;

/**
 * {@code --output FILE}, as every command that writes a report takes it: the report goes to
 * standard output, or atomically to FILE, which may not be one of the run's inputs.
 */
final class ReportOutput {
  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
  Path file;

  /** Refuses, before the run, a FILE that is one of {@code inputs} or the prose file. */
  void refuseInputs(List<Path> inputs, Optional<Path> prose) {
    if (file != null) {
      OutputGuard.file(file, inputs);
      prose.ifPresent(p -> OutputGuard.notProse(file, p));
    }
  }

  /**
   * Writes the report to {@code out}, or to FILE; then says on {@code out} what was found
   * ({@code summary}) and where the report went.
   */
  void write(PrintWriter out, AtomicFile.Content report, Supplier<String> summary) throws IOException {
    if (file == null) {
      report.writeTo(out);
      out.flush();
    } else {
      AtomicFile.write(file, report);
      out.println("tieout: " + summary.get() + "; report written to " + file);
    }
  }
}
