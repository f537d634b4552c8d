package tieout.nightly;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.util.Optional;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.LoadProgress;
import tieout.mail.SmtpSettings;

/**
 * A validated nightly job: what to check, where history and outputs go, whom to mail and how.
 *
 * @param name the job's name: in the subject, and the key of its runs in the history
 * @param history a SQLite file path or a JDBC URL
 * @param smtp empty only for a dry run without a server configured
 * @param mail which attachments and charts the email carries
 * @param strict refuse the run when any input cannot be read ({@code strict=true}, as {@code --strict}),
 *     rather than report it as an unreadable input
 * @param limits how much the run may load ({@code limits.*} keys, else the {@code tieout.max*}
 *     system properties, else the defaults)
 */
public record NightlyConfig(
    String name,
    ImmutableList<Path> inputs,
    Path rules,
    String history,
    Path outputDir,
    InternetAddress from,
    ImmutableList<InternetAddress> to,
    String subjectPrefix,
    Optional<SmtpSettings> smtp,
    boolean dryRun,
    MailOptions mail,
    Limits limits,
    boolean strict) {

  public NightlyConfig {
    checkNotNull(name);
    checkNotNull(inputs);
    checkNotNull(rules);
    checkNotNull(history);
    checkNotNull(outputDir);
    checkNotNull(from);
    checkNotNull(to);
    checkNotNull(subjectPrefix);
    checkNotNull(smtp);
    checkNotNull(mail);
    checkNotNull(limits);
  }

  /** A job whose email carries everything ({@link MailOptions#ALL}). */
  public NightlyConfig(String name, ImmutableList<Path> inputs, Path rules, String history, Path outputDir,
      InternetAddress from, ImmutableList<InternetAddress> to, String subjectPrefix, Optional<SmtpSettings> smtp,
      boolean dryRun) {
    this(name, inputs, rules, history, outputDir, from, to, subjectPrefix, smtp, dryRun, MailOptions.ALL,
        Limits.fromSystemProperties(), false);
  }

  /** How the job loads its inputs: its limits and strictness, with no progress bar (no one watches). */
  public LoadOptions loadOptions() {
    return new LoadOptions(limits, LoadProgress.NONE, strict);
  }
}
