package tieout.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.history.RecordListener;

/** The variance email delivered to GreenMail on 127.0.0.1: content, login, TLS, failures. */
class MailDeliveryTest {
  private static final String SUBJECT = "tieout: 4 new, 4 open, 0 resolved - Entrée Gold FY2013";

  @TempDir Path dir;
  private GreenMail greenMail;

  private int start(String protocol) {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", protocol).dynamicPort();
    setup.setServerStartupTimeout(20_000); // the CPU is shared; TLS setup can be slow
    greenMail = new GreenMail(setup);
    greenMail.start();
    return (protocol.equals(ServerSetup.PROTOCOL_SMTPS) ? greenMail.getSmtps() : greenMail.getSmtp()).getPort();
  }

  @AfterEach
  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  @Test
  void deliversSubjectBothBodiesAndTheFindingsCsv() throws Exception {
    int port = start(ServerSetup.PROTOCOL_SMTP);
    Testbed bed = new Testbed(dir).config(
        "smtp.host = 127.0.0.1", "smtp.port = " + port, "smtp.security = none");
    Testbed.Result r = bed.nightly();

    assertThat(r.err(), r.code(), is(1));
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received.length, is(2)); // one copy per recipient
    MimeMessage m = received[0];
    assertThat(m.getSubject(), is(SUBJECT));
    assertThat(Arrays.toString(m.getRecipients(Message.RecipientType.TO)),
        is("[controller@example.com, cfo@example.com]"));
    assertThat(m.getFrom()[0].toString(), is("tieout@example.com"));

    MailParts parts = MailParts.of(m);
    assertThat(parts.structure(),
        is("multipart/mixed[multipart/alternative[text/plain, text/html], text/csv attachment, text/html attachment, "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet attachment, text/csv attachment]"));
    assertThat(List.copyOf(parts.attachments().keySet()),
        is(List.of("findings.csv", "report.html", "entree-gold-2013.xlsx", "entree-gold-balance-sheets.csv")));
    assertThat(parts.text(), containsString(
        "4 new, 4 open, 0 resolved (first run of this job: every open finding is new)\n"
            + "120 checks: 100 passed, 4 failed, 1 warning, 16 not evaluated (1 flagged by the flux review of 5"
            + " comparisons)\n\nNEW (4)\n"
            + "  IS-Q2Y ExplorationExpense 2012-01-01/2012-12-31  [error]  Entrée Gold Inc.\n"
            + "    The four quarters of the selected quarterly data sum to the year\n"
            + "    reported 7,966,902, computed 8,234,354, variance -267,452 (tolerance 2.5)\n"));
    assertThat(parts.text(), containsString("STILL OPEN (0)\n  none\n\nRESOLVED (0)\n  none\n"));
    assertThat(parts.html(), containsString("<h3>NEW (4)</h3>"));
    assertThat(parts.html(), containsString(
        "<tr><td>IS-Q2Y ExplorationExpense 2013-01-01/2013-12-31</td><td>error</td><td>Entrée Gold Inc.</td>"
            + "<td>The four quarters of the selected quarterly data sum to the year</td>"
            + "<td align=\"right\">5,808,316</td><td align=\"right\">6,102,992</td>"
            + "<td align=\"right\">-294,676</td><td align=\"right\">2.5</td><td></td>"
            + "<td style=\"white-space:pre;font-family:monospace\">1. + 294,676  MineralPropertyStockBasedCompensation"
            + " 2013-01-01/2013-12-31  entree-gold-2013.xlsx!Mineral Properties!B7</td></tr>"));

    String csv = parts.attachments().get("findings.csv");
    assertThat(csv, is(Files.readString(bed.runDir().resolve("findings.csv"))));
    List<String> rows = csv.lines().toList();
    assertThat("header, 120 checks, 5 flux comparisons, 8 sheets' coverage", rows.size(), is(134));
    // The attachment starts with the UTF-8 byte order mark, as check's CSV report does (Excel needs it).
    assertThat(rows.get(0), is("\uFEFF" + String.join(",", CsvReportHeader.HEADER)));
    assertThat(Arrays.copyOf(parts.bytes().get("findings.csv"), 3), is(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    assertThat("4 failed checks and 1 flagged flux change", rows.stream().filter(l -> l.contains(",FAIL,")).count(), is(5L));
    assertAttachedReportAndWorkbooks(parts, bed.runDir());
    assertThat(r.out(), containsString("  email sent to controller@example.com, cfo@example.com"));
    assertThat(Files.exists(bed.runDir().resolve(NightlyJob.EML_FILE)), is(false));
  }

  @Test
  void logsInWithThePasswordFromTheEnvironment() throws Exception {
    int port = start(ServerSetup.PROTOCOL_SMTP);
    greenMail.setUser("nightly@example.com", "nightly", "s3cret");
    Testbed bed = new Testbed(dir).config(
        "smtp.host = 127.0.0.1", "smtp.port = " + port, "smtp.security = none", "smtp.user = nightly");
    NightlyOutcome ok = job(bed.load(Map.of(ConfigLoader.PASSWORD_ENV, "s3cret"))).run();
    assertThat(ok.mail(), is(MailStatus.SENT));
    assertThat(greenMail.getReceivedMessages().length, is(2));

    NightlyOutcome refused = job(bed.load(Map.of(ConfigLoader.PASSWORD_ENV, "wrong"))).run();
    assertThat(refused.mail(), is(MailStatus.FAILED));
    assertThat(refused.mailError().get(), startsWith("permanent failure: "));
    assertThat(Files.exists(refused.eml().get()), is(true));
    assertThat(greenMail.getReceivedMessages().length, is(2));
  }

  @Test
  void serverDownRetriesThenKeepsTheEmlAndExits4() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Testbed bed = new Testbed(dir).config("smtp.host = 127.0.0.1", "smtp.port = " + port,
        "smtp.security = none", "smtp.retries = 2", "smtp.retry-delay = 10ms", "smtp.timeout = 2s");
    Testbed.Result r = bed.nightly();

    assertThat(r.code(), is(4));
    assertThat(r.err(), containsString("mail attempt 1 of 3 failed ("));
    assertThat(r.err(), containsString("retrying in 10 ms"));
    assertThat(r.err(), containsString("retrying in 20 ms"));
    assertThat(r.err(), containsString("tieout nightly: email not sent (gave up after 3 attempts: "));
    Path eml = bed.runDir().resolve("variance.eml");
    assertThat(r.err(), containsString("saved to " + eml));
    assertThat(readEml(eml).getSubject(), is(SUBJECT));

    Testbed.Result history = Testbed.cli("history", "--config", bed.config.toString());
    assertThat(history.code(), is(0));
    assertThat(history.out(), containsString("     120       4      16     4     4         0  failed    Entrée Gold FY2013"));
  }

  @Test
  void smtpsDelivers() throws Exception {
    int port = start(ServerSetup.PROTOCOL_SMTPS);
    // GreenMail's certificate is self-signed: trust it explicitly, as for an internal relay.
    Testbed bed = new Testbed(dir).config("smtp.host = 127.0.0.1", "smtp.port = " + port,
        "smtp.security = smtps", "smtp.trust = *");
    Testbed.Result r = bed.nightly();
    assertThat(r.err(), r.code(), is(1));
    assertThat(greenMail.getReceivedMessages()[0].getSubject(), is(SUBJECT));
  }

  @Test
  void starttlsNeverFallsBackToPlainText() throws Exception {
    // GreenMail 2.1 offers no STARTTLS: a job that asks for it must not send in the clear.
    int port = start(ServerSetup.PROTOCOL_SMTP);
    Testbed bed = new Testbed(dir).config("smtp.host = 127.0.0.1", "smtp.port = " + port,
        "smtp.security = starttls", "smtp.retries = 2", "smtp.retry-delay = 10ms");
    Testbed.Result r = bed.nightly();
    assertThat(r.code(), is(4));
    assertThat(r.err(), containsString("email not sent (permanent failure: "));
    assertThat(r.err(), containsString("STARTTLS"));
    assertThat(r.err(), not(containsString("retrying")));
    assertThat(greenMail.getReceivedMessages().length, is(0));
  }

  @Test
  void dryRunWritesTheEmlSendsNothingAndKeepsHeadersClean() throws Exception {
    int port = start(ServerSetup.PROTOCOL_SMTP);
    Testbed bed = new Testbed(dir).config("smtp.host = 127.0.0.1", "smtp.port = " + port, "smtp.security = none");
    Testbed.Result r = bed.nightly("--dry-run", "--name", "Entrée Gold\r\nBcc: evil@example.com");
    assertThat(r.err(), r.code(), is(1));
    assertThat(greenMail.getReceivedMessages().length, is(0));
    Path eml = bed.runDir().resolve("variance.eml");
    assertThat(r.out(), containsString("dry run: email saved to " + eml + ", nothing sent"));
    MimeMessage m = readEml(eml);
    assertThat(m.getSubject(), is("tieout: 4 new, 4 open, 0 resolved - Entrée Gold Bcc: evil@example.com"));
    assertThat(m.getHeader("Bcc"), is((String[]) null));
    String raw = Files.readString(eml, StandardCharsets.US_ASCII);
    // One header, folded and RFC 2047 encoded; the CR LF from the name is gone.
    assertThat(raw, containsString("Subject: =?UTF-8?Q?tieout:_4_new,_4_open,_0_resolved_?=\r\n"
        + " =?UTF-8?Q?-_Entr=C3=A9e_Gold_Bcc:_evil@example.com?=\r\n"));
    assertThat(raw.lines().filter(l -> l.startsWith("Bcc:")).count(), is(0L));
  }

  /** The HTML report names every failed rule; the annotated workbook opens and marks failures red. */
  private static void assertAttachedReportAndWorkbooks(MailParts parts, Path runDir) throws Exception {
    String report = parts.attachments().get("report.html");
    // As sent (CR LF lines), the report written to the run folder.
    assertThat("report.html as written", report.replace("\r\n", "\n").equals(
        Files.readString(runDir.resolve("report.html"))), is(true));
    // Every rule with a FAIL row in the findings CSV, IS-Q2Y among them.
    Set<String> failedRules = new TreeSet<>();
    parts.attachments().get("findings.csv").lines().filter(l -> l.contains(",FAIL,"))
        .forEach(l -> failedRules.add(l.substring(0, l.indexOf(','))));
    assertThat(failedRules, hasItem("IS-Q2Y"));
    for (String rule : failedRules) {
      assertThat(rule, report, containsString(rule));
    }
    byte[] xlsx = parts.bytes().get("entree-gold-2013.xlsx");
    assertThat(Arrays.equals(xlsx, Files.readAllBytes(runDir.resolve("annotated/entree-gold-2013.xlsx"))), is(true));
    Set<String> red = new TreeSet<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            XSSFColor fill = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
            if (fill != null && fill.getRGB() != null && Arrays.equals(fill.getRGB(), RED)) {
              red.add(sheet.getSheetName() + "!" + cell.getAddress());
            }
          }
        }
      }
    }
    // The reported side of the failed IS-Q2Y check for 2013 (see the text body above).
    assertThat(red, hasItem("Results of Operations!B4"));
    // The charts of the failed roll-ups, inline and self-styled, after the tables.
    assertThat(parts.html(), containsString(
        "<h3>Failed roll-ups</h3>\n<div><h4>Exploration, 2012 (IS-Q2Y)</h4>\n<svg class=\"chart\""));
    assertThat(parts.html(), containsString("<style>.axis{"));
    assertThat(parts.html(), containsString("aria-label=\"IS-Q2Y 2013-01-01/2013-12-31: parts 6,102,992 against"
        + " reported 5,808,316, variance -294,676\""));
  }

  private static final byte[] RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

  private static NightlyJob job(NightlyConfig config) {
    return new NightlyJob(config, Map.of(), new Progress.Lines(new java.io.PrintWriter(java.io.Writer.nullWriter())),
        Clock.systemUTC(), List.of(ReportAttachment.FINDINGS_CSV), RecordListener.NONE, d -> {});
  }

  private static MimeMessage readEml(Path eml) throws Exception {
    try (InputStream in = Files.newInputStream(eml)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }

  /** The header of {@code check --format csv}, as the README documents it. */
  private static final class CsvReportHeader {
    static final List<String> HEADER = List.of("rule", "severity", "status", "message", "entity", "period",
        "dimensions", "reported", "computed", "variance", "tolerance", "reason", "facts", "explanations", "section");
  }
}
