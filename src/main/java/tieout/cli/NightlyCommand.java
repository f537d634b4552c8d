package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.history.HistoryException;
import tieout.nightly.ConfigLoader;
import tieout.nightly.MailStatus;
import tieout.nightly.NightlyConfig;
import tieout.nightly.NightlyJob;
import tieout.nightly.NightlyOutcome;
import tieout.nightly.Progress;
import tieout.nightly.Setting;
import tieout.report.Summary;

/** {@code tieout nightly}: check, remember, and email what is new, still open and resolved. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Runs the checks unattended, records the run in the history and emails the variance report.",
      "The SMTP password is read from the environment variable " + ConfigLoader.PASSWORD_ENV + " only."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing open, email sent (or saved on --dry-run)",
      "1:findings are open, email sent (or saved on --dry-run)",
      "2:bad config, flag or input",
      "3:internal error, or the history database could not be written",
      "4:the email could not be sent; the run is recorded and the message saved as variance.eml"
    })
public final class NightlyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "The job's config file (key = value lines).")
  Path config;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Spreadsheet files or folders (overrides inputs).")
  List<Path> inputs = List.of();

  @Option(names = "--rules", paramLabel = "DIR", description = "Overrides rules.")
  String rules;

  @Option(names = "--name", paramLabel = "NAME", description = "Overrides name (subject, history job).")
  String name;

  @Option(names = "--history", paramLabel = "FILE|JDBC-URL", description = "Overrides history.")
  String history;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Overrides output-dir.")
  String outputDir;

  @Option(names = "--from", paramLabel = "ADDRESS", description = "Overrides mail.from.")
  String from;

  @Option(names = "--to", paramLabel = "ADDRESSES", description = "Overrides mail.to (comma-separated).")
  String to;

  @Option(names = "--subject-prefix", paramLabel = "TEXT", description = "Overrides mail.subject-prefix.")
  String subjectPrefix;

  @Option(names = "--smtp-host", paramLabel = "HOST", description = "Overrides smtp.host.")
  String smtpHost;

  @Option(names = "--smtp-port", paramLabel = "PORT", description = "Overrides smtp.port.")
  String smtpPort;

  @Option(names = "--smtp-security", paramLabel = "MODE", description = "Overrides smtp.security: none, starttls, smtps.")
  String smtpSecurity;

  @Option(names = "--smtp-user", paramLabel = "USER", description = "Overrides smtp.user.")
  String smtpUser;

  @Option(names = "--dry-run", description = "Write the email to variance.eml in the run's folder; send nothing.")
  boolean dryRun;

  /** The environment, for the SMTP password and history credentials. */
  private final Map<String, String> env;

  public NightlyCommand() {
    this(System.getenv());
  }

  NightlyCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    NightlyConfig cfg = ConfigLoader.load(Optional.ofNullable(config), flags(), dryRun, env);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    NightlyOutcome outcome;
    try (Progress progress = Progress.forConsole(err)) {
      outcome = NightlyJob.standard(cfg, env, progress).run();
    } catch (HistoryException e) {
      err.println("tieout: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
    out.println("tieout nightly: " + outcome.subject() + " (run " + outcome.report().runId() + ")");
    out.println("  " + outcome.summary().line() + Summary.unreadable(outcome.unreadable()));
    out.println("  outputs: " + outcome.runDir());
    switch (outcome.mail()) {
      case SENT -> out.println("  email sent to " + String.join(", ", cfg.to().stream().map(Object::toString).toList()));
      case DRY_RUN -> out.println("  dry run: email saved to " + outcome.eml().orElseThrow() + ", nothing sent");
      case FAILED -> err.println("tieout nightly: email not sent (" + outcome.mailError().orElse("") + "); saved to "
          + outcome.eml().orElseThrow());
    }
    out.flush();
    if (outcome.mail() == MailStatus.FAILED) {
      return ExitCodes.MAIL_NOT_SENT;
    }
    return outcome.report().openCount() > 0 || outcome.unreadable() > 0 ? ExitCodes.DISCREPANCIES : ExitCodes.OK;
  }

  private List<Setting> flags() {
    Path cwd = Path.of("").toAbsolutePath();
    List<Setting> out = new ArrayList<>();
    if (!inputs.isEmpty()) {
      out.add(new Setting("inputs", String.join(",", inputs.stream().map(Path::toString).toList()), "PATH", cwd));
    }
    add(out, "rules", rules, "--rules", cwd);
    add(out, "name", name, "--name", cwd);
    add(out, "history", history, "--history", cwd);
    add(out, "output-dir", outputDir, "--output-dir", cwd);
    add(out, "mail.from", from, "--from", cwd);
    add(out, "mail.to", to, "--to", cwd);
    add(out, "mail.subject-prefix", subjectPrefix, "--subject-prefix", cwd);
    add(out, "smtp.host", smtpHost, "--smtp-host", cwd);
    add(out, "smtp.port", smtpPort, "--smtp-port", cwd);
    add(out, "smtp.security", smtpSecurity, "--smtp-security", cwd);
    add(out, "smtp.user", smtpUser, "--smtp-user", cwd);
    return out;
  }

  private static void add(List<Setting> out, String key, String value, String flag, Path cwd) {
    if (value != null) {
      out.add(new Setting(key, value, flag, cwd));
    }
  }
}
