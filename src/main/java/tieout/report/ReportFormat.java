package tieout.report;

import java.io.IOException;
import java.io.Writer;
import tieout.run.RunResult;

/** Writes the results of a run in one format. */
public interface ReportFormat {
  void write(RunResult result, Writer out) throws IOException;
}
