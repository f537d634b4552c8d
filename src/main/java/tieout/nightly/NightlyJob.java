package tieout.nightly;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.history.HistoryStore;
import tieout.history.RecordListener;
import tieout.history.VarianceReport;
import tieout.io.AtomicFile;
import tieout.mail.Attachment;
import tieout.mail.EmlFile;
import tieout.mail.MailContent;
import tieout.mail.MailNotSent;
import tieout.mail.Mailer;
import tieout.mail.Security;
import tieout.mail.SmtpSettings;
import tieout.report.Summary;
import tieout.run.Reconciliation;
import tieout.run.RunResult;

/**
 * One nightly run: check the workbooks, record the run in the history (one transaction), write
 * the outputs into a folder of their own, and email the variance report, saving it as an .eml
 * when it cannot be sent (or on a dry run).
 */
public final class NightlyJob {
  public static final String EML_FILE = "variance.eml";
  private static final int STEPS = 4;
  private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final NightlyConfig config;
  private final Map<String, String> env;
  private final Progress progress;
  private final Clock clock;
  private final List<AttachmentSource> sources;
  private final RecordListener listener;
  private final Mailer.Sleeper sleeper;

  /**
   * @param env supplies history credentials for JDBC URLs
   * @param clock the run's time and time zone (first-seen dates are in that zone)
   * @param sources files to write and attach, in order
   * @param listener told after each finding is written (tests inject faults here)
   */
  public NightlyJob(NightlyConfig config, Map<String, String> env, Progress progress, Clock clock,
      List<AttachmentSource> sources, RecordListener listener, Mailer.Sleeper sleeper) {
    this.config = config;
    this.env = env;
    this.progress = progress;
    this.clock = clock;
    this.sources = List.copyOf(sources);
    this.listener = listener;
    this.sleeper = sleeper;
  }

  /**
   * A job with the standard attachments (the findings CSV, then, unless turned off in
   * {@link NightlyConfig#mail()}, the HTML report and the annotated workbooks), real time and real
   * sleeping.
   */
  public static NightlyJob standard(NightlyConfig config, Map<String, String> env, Progress progress) {
    return new NightlyJob(config, env, progress, Clock.systemDefaultZone(), standardSources(config),
        PausePoint.history(RecordListener.NONE), d -> Thread.sleep(d.toMillis()));
  }

  /** The attachments {@link NightlyConfig#mail()} asks for, in the order the email lists them. */
  public static List<AttachmentSource> standardSources(NightlyConfig config) {
    List<AttachmentSource> sources = new ArrayList<>(List.of(ReportAttachment.FINDINGS_CSV));
    if (config.mail().htmlReport()) {
      sources.add(ReportAttachment.HTML_REPORT);
    }
    if (config.mail().workbooks()) {
      sources.add(new AnnotatedWorkbooks(config.inputs()));
    }
    return sources;
  }

  public NightlyOutcome run() throws IOException {
    Instant startedAt = clock.instant();
    ZoneId zone = clock.getZone();
    progress.step(1, STEPS, "checking " + config.inputs().size() + " input(s) against " + config.rules());
    RunResult result =
        Reconciliation.run(config.inputs(), config.rules(), config.loadOptions(), Optional.empty());
    Summary summary = Summary.of(result.findings());

    progress.step(2, STEPS, "recording " + result.findings().size() + " findings in " + config.history());
    HistoryStore store = HistoryStore.open(config.history(), env);
    VarianceReport report;
    Path runDir;
    MailContent content;
    MimeMessage mime;
    Path eml;
    Mailer mailer = new Mailer(config.smtp().orElse(placeholder()), sleeper, progress::note);
    // The run is committed to the history only once its outputs are written: a run killed (or
    // failing) before then leaves the history as it was, so the next run reports the same NEW
    // findings instead of comparing with a run nobody was told about.
    try (HistoryStore.Recording recording =
        store.begin(config.name(), result.findings(), startedAt, zone, listener)) {
      report = recording.report();
      runDir = config.outputDir().resolve("run-" + report.runId() + "-" + FOLDER_TIME.format(startedAt.atZone(zone)));
      progress.step(3, STEPS, "writing outputs to " + runDir);
      Files.createDirectories(runDir);
      List<Attachment> attachments = new ArrayList<>();
      for (AttachmentSource source : sources) {
        attachments.addAll(source.produce(result, runDir));
      }
      VarianceMessage message = new VarianceMessage(config.subjectPrefix(), config.name(), report, summary, zone,
          MailDetails.of(result, config.mail().charts())).withUnreadable(result.unreadable());
      content = message.content(attachments);
      MailContent written = content;
      AtomicFile.write(runDir.resolve("variance.txt"), w -> w.write(written.text()));
      AtomicFile.write(runDir.resolve("variance.html"), w -> w.write(written.html()));
      try {
        mime = mailer.compose(config.from(), config.to(), content);
      } catch (MessagingException e) {
        throw new IllegalStateException("cannot compose the variance email", e);
      }
      eml = runDir.resolve(EML_FILE);
      if (config.dryRun()) {
        progress.step(4, STEPS, "dry run: saving the email to " + eml);
        EmlFile.save(mime, eml);
      }
      recording.commit();
    }

    MailStatus status;
    Optional<String> error = Optional.empty();
    if (config.dryRun()) {
      status = MailStatus.DRY_RUN;
    } else {
      progress.step(4, STEPS, "mailing " + config.to().size() + " recipient(s) via " + config.smtp().get().host());
      try {
        mailer.send(mime);
        status = MailStatus.SENT;
      } catch (MailNotSent e) {
        EmlFile.save(mime, eml);
        status = MailStatus.FAILED;
        error = Optional.of(e.getMessage());
      }
    }
    store.finish(report.runId(), status.word(), Optional.of(runDir.toAbsolutePath().toString()));
    return new NightlyOutcome(report, summary, result.unreadable().size(), content.subject(), runDir, status,
        status == MailStatus.SENT ? Optional.empty() : Optional.of(eml), error);
  }

  /** Composing needs a mail session even when nothing is sent. */
  private static SmtpSettings placeholder() {
    return new SmtpSettings("localhost", 25, Security.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
        Duration.ofSeconds(30), 0, Duration.ofSeconds(1));
  }
}
