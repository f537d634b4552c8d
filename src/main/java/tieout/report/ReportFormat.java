package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tieout.engine.Finding;

/** Writes the findings of a run in one format. */
public interface ReportFormat {
  void write(List<Finding> findings, Writer out) throws IOException;
}
