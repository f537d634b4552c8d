package tieout.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tieout.mail.Attachment;
import tieout.run.RunResult;

/**
 * Produces files for a run: writes them into the run's output folder and returns them to attach
 * to the email. The findings CSV is one; the HTML report and annotated workbooks plug in here as
 * further sources once those formats exist.
 */
@FunctionalInterface
public interface AttachmentSource {
  List<Attachment> produce(RunResult result, Path runDir) throws IOException;
}
