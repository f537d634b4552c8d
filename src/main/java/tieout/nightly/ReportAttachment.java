package tieout.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tieout.io.AtomicFile;
import tieout.mail.Attachment;
import tieout.report.CsvReport;
import tieout.report.ReportFormat;
import tieout.report.html.HtmlReport;
import tieout.run.RunResult;

/**
 * One report of the run, written into the run's folder and attached to the email: the same bytes
 * {@code check --format csv|html} would write.
 */
public record ReportAttachment(String fileName, String contentType, ReportFormat format) implements AttachmentSource {
  /** Every check of the run as {@code findings.csv}. */
  public static final ReportAttachment FINDINGS_CSV =
      new ReportAttachment("findings.csv", "text/csv; charset=UTF-8", new CsvReport());
  /** The self-contained HTML report as {@code report.html}. */
  public static final ReportAttachment HTML_REPORT =
      new ReportAttachment("report.html", "text/html; charset=UTF-8", new HtmlReport());

  @Override
  public List<Attachment> produce(RunResult result, Path runDir) throws IOException {
    Path file = runDir.resolve(fileName);
    AtomicFile.write(file, w -> {
      format.write(result, w);
      w.flush();
      PausePoint.at("outputs");
    });
    return List.of(new Attachment(fileName, contentType, Files.readAllBytes(file)));
  }
}
