package tieout.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.mail.Security;
import tieout.mail.SmtpSettings;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Testbed bed(String... lines) throws Exception {
    return new Testbed(dir).config(lines);
  }

  private String error(Testbed bed, Map<String, String> env) {
    return assertThrows(UserException.class, () -> bed.load(env)).getMessage();
  }

  @Test
  void readsEveryKeyResolvingPathsAgainstTheConfigFolder() throws Exception {
    Testbed bed = bed("smtp.host = mail.example.com", "smtp.security = SMTPS", "smtp.user = nightly",
        "smtp.trust = mail.example.com", "smtp.timeout = 500ms", "smtp.retries = 5", "smtp.retry-delay = 2m",
        "mail.subject-prefix = [close]");
    NightlyConfig c = bed.load(Map.of(ConfigLoader.PASSWORD_ENV, "pw"));
    assertThat(c.name(), is("Entrée Gold FY2013"));
    assertThat(c.inputs(), is(List.of(dir.resolve("inputs"))));
    assertThat(c.outputDir(), is(dir.resolve("out")));
    assertThat(c.history(), is(dir.resolve("out/history.db").toString()));
    assertThat(c.to().toString(), is("[controller@example.com, cfo@example.com]"));
    assertThat(c.subjectPrefix(), is("[close]"));
    SmtpSettings smtp = c.smtp().get();
    assertThat(smtp, is(new SmtpSettings("mail.example.com", 465, Security.SMTPS, Optional.of("nightly"),
        Optional.of("pw"), Optional.of("mail.example.com"), Duration.ofMillis(500), 5, Duration.ofMinutes(2))));
    assertThat(smtp.toString(), containsString("password=(set)"));
    assertThat(smtp.toString().contains("pw,"), is(false));
  }

  @Test
  void unknownKeyIsNamedWithItsLineAndASuggestion() throws Exception {
    Testbed bed = bed("smtp.host = h", "smtp.prot = 25");
    assertThat(error(bed, Map.of()), containsString(
        bed.config + ":8: error: unknown key 'smtp.prot'; did you mean 'smtp.port'?"));
  }

  @Test
  void mailAttachmentsAndChartsAreOnUnlessTurnedOff() throws Exception {
    Testbed bed = bed("smtp.host = h");
    assertThat(bed.load(Map.of()).mail(), is(new MailOptions(true, true, true)));
    bed.config("smtp.host = h", "mail.attach-report = false", "mail.attach-workbooks = no", "mail.charts = off");
    assertThat(bed.load(Map.of()).mail(), is(new MailOptions(false, false, false)));
    bed.config("smtp.host = h", "mail.attach-workbooks = false");
    assertThat(NightlyJob.standardSources(bed.load(Map.of())),
        is(List.of(ReportAttachment.FINDINGS_CSV, ReportAttachment.HTML_REPORT)));
    bed.config("smtp.host = h", "mail.charts = maybe");
    assertThat(error(bed, Map.of()), containsString(
        bed.config + ":8: error: mail.charts: expected true or false, found \"maybe\""));
  }

  @Test
  void badValuesAreEachNamedAtOnce() throws Exception {
    Testbed bed = bed("smtp.host = h", "smtp.port = 99999", "smtp.security = ssl", "smtp.retry-delay = soon");
    String message = error(bed, Map.of());
    assertThat(message, containsString(bed.config
        + ":8: error: smtp.port: expected a whole number from 1 to 65535, found \"99999\""));
    assertThat(message, containsString(bed.config
        + ":9: error: smtp.security: expected none, starttls or smtps, found \"ssl\""));
    assertThat(message, containsString(bed.config
        + ":10: error: smtp.retry-delay: expected a duration such as 30s, 2m or 500ms, found \"soon\""));
  }

  @Test
  void limitsAreReadLikeTheFlagsAndDefaultToTheCommandLinesDefaults() throws Exception {
    Testbed bed = bed("smtp.host = h");
    assertThat(bed.load(Map.of()).limits(), is(tieout.load.Limits.fromSystemProperties()));
    bed.config("smtp.host = h", "limits.max-file-size = 5MB", "limits.max-cells = 300,000", "limits.max-facts = 1000");
    assertThat(bed.load(Map.of()).limits(), is(new tieout.load.Limits(5_000_000, 300_000, 1_000)));
    bed.config("smtp.host = h", "limits.max-file-size = huge", "limits.max-facts = 0");
    String message = error(bed, Map.of());
    assertThat(message, containsString(bed.config
        + ":8: error: limits.max-file-size: expected a positive size such as 5000000, 500k, 100MB or 2G, found \"huge\""));
    assertThat(message, containsString(bed.config
        + ":9: error: limits.max-facts: expected a positive whole number such as 1000000, found \"0\""));
  }

  @Test
  void aRunOverItsFactLimitIsAUserError() throws Exception {
    Testbed bed = bed("limits.max-facts = 10");
    Testbed.Result run = bed.nightly("--dry-run");
    assertThat(run.err(), run.code(), is(2));
    assertThat(run.err(), containsString("entree-gold-2013.xlsx: error: expected at most 10 facts in one run"
        + " (--max-facts), found more by this file: check fewer files at a time or raise --max-facts"));
  }

  @Test
  void aPasswordInTheFileIsRefused() throws Exception {
    Testbed bed = bed("smtp.host = h", "smtp.password = hunter2");
    String message = error(bed, Map.of());
    assertThat(message, containsString(bed.config + ":8: error: the SMTP password is never read from the config;"
        + " remove this line and set the environment variable TIEOUT_SMTP_PASSWORD"));
    assertThat(message.contains("hunter2"), is(false));
  }

  @Test
  void aUserWithoutThePasswordVariableIsAnError() throws Exception {
    Testbed bed = bed("smtp.host = h", "smtp.user = nightly");
    assertThat(error(bed, Map.of()), containsString(bed.config + ":8: error: smtp.user is set but the environment"
        + " variable TIEOUT_SMTP_PASSWORD is empty"));
  }

  @Test
  void missingRequiredKeysAndBadAddresses() throws Exception {
    Testbed bed = new Testbed(dir);
    java.nio.file.Files.writeString(bed.config, "mail.to = not an address\n");
    String message = error(bed, Map.of());
    assertThat(message, containsString(bed.config + ": error: name is missing; set name"));
    assertThat(message, containsString(bed.config + ": error: mail.from is missing"));
    assertThat(message, containsString(bed.config + ":1: error: mail.to: expected an email address"));
    assertThat(message, containsString(bed.config + ": error: smtp.host is missing; set the SMTP server (or use --dry-run)"));
  }

  @Test
  void flagsOverrideTheFileAndBadFlagsExit2() throws Exception {
    Testbed bed = bed("smtp.host = h", "smtp.port = 2525");
    Testbed.Result r = bed.nightly("--smtp-port", "x25");
    assertThat(r.code(), is(2));
    assertThat(r.err(), is("--smtp-port: error: smtp.port: expected a whole number from 1 to 65535, found \"x25\"\n"));
    NightlyConfig c = ConfigLoader.load(Optional.of(bed.config),
        List.of(new Setting("smtp.port", "587", "--smtp-port", dir)), false, Map.of());
    assertThat(c.smtp().get().port(), is(587));
  }
}
