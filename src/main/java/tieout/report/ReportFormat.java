package tieout.report;

import java.io.IOException;
import java.io.Writer;
import tieout.run.RunResult;

/** Writes the results of a run in one format, as it goes: nothing is built whole before writing. */
public interface ReportFormat {
  /** Writes every finding. */
  default void write(RunResult result, Writer out) throws IOException {
    write(result, out, Shown.ALL);
  }

  /** Writes the findings {@code shown} lists; the summaries count them all. */
  void write(RunResult result, Writer out, Shown shown) throws IOException;
}
