package tieout.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tieout.io.AtomicFile;
import tieout.mail.Attachment;
import tieout.report.CsvReport;
import tieout.run.RunResult;

/** Every check of the run as {@code findings.csv} (the {@code check --format csv} report). */
public final class FindingsCsv implements AttachmentSource {
  public static final String FILE_NAME = "findings.csv";

  @Override
  public List<Attachment> produce(RunResult result, Path runDir) throws IOException {
    Path file = runDir.resolve(FILE_NAME);
    AtomicFile.write(file, w -> new CsvReport().write(result, w));
    return List.of(new Attachment(FILE_NAME, "text/csv; charset=UTF-8", Files.readAllBytes(file)));
  }
}
