package tieout.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tieout.io.AtomicFile;
import tieout.mail.Attachment;
import tieout.report.html.HtmlReport;
import tieout.run.RunResult;

/** The run's self-contained HTML report as {@code report.html} (the {@code check --format html} page). */
public final class HtmlReportFile implements AttachmentSource {
  public static final String FILE_NAME = "report.html";

  @Override
  public List<Attachment> produce(RunResult result, Path runDir) throws IOException {
    Path file = runDir.resolve(FILE_NAME);
    AtomicFile.write(file, w -> new HtmlReport().write(result, w));
    return List.of(new Attachment(FILE_NAME, "text/html; charset=UTF-8", Files.readAllBytes(file)));
  }
}
