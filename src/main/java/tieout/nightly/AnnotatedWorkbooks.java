package tieout.nightly;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tieout.annotate.Annotator;
import tieout.mail.Attachment;
import tieout.run.RunResult;

/**
 * The annotated copies of the inputs ({@code check --annotate}), written into the run's
 * {@code annotated/} folder and attached under their inputs' names.
 */
public final class AnnotatedWorkbooks implements AttachmentSource {
  public static final String FOLDER = "annotated";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ImmutableList<Path> inputs;

  public AnnotatedWorkbooks(List<Path> inputs) {
    this.inputs = ImmutableList.copyOf(inputs);
  }

  @Override
  public List<Attachment> produce(RunResult result, Path runDir) throws IOException {
    Annotator.Written written = Annotator.write(result, inputs, runDir.resolve(FOLDER));
    List<Attachment> attachments = new ArrayList<>();
    for (Path file : written.files()) {
      String name = file.getFileName().toString();
      String type = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv; charset=UTF-8" : XLSX;
      attachments.add(new Attachment(name, type, Files.readAllBytes(file)));
    }
    return attachments;
  }
}
