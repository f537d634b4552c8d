package tieout.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nightly runs with one cell of the workbook changed in between. The cell is the fourth
 * quarter's general and administrative expense of 2013 (Quarterly 2013!B4, 1,648,610); the year
 * is 5,510,641 and the quarters add up to 6,741,203, 1,230,562 too much.
 */
class TwoRunsTest {
  @TempDir Path dir;
  private GreenMail greenMail;
  private Testbed bed;

  @BeforeEach
  void start() throws Exception {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    setup.setServerStartupTimeout(20_000);
    greenMail = new GreenMail(setup);
    greenMail.start();
    bed = new Testbed(dir).config(
        "smtp.host = 127.0.0.1", "smtp.port = " + greenMail.getSmtp().getPort(), "smtp.security = none");
    Testbed.Result first = bed.nightly();
    assertThat(first.err(), first.code(), is(1));
  }

  @AfterEach
  void stop() {
    greenMail.stop();
  }

  @Test
  void fixingTheQuarterResolvesTheRollupAndBreaksTheQuartersOperatingLoss() throws Exception {
    // 1,648,610 - 1,230,562: the quarters now add up to the year...
    setQuarterlyCell(418_048);
    Testbed.Result second = bed.nightly();
    assertThat(second.err(), second.code(), is(1));

    assertThat(greenMail.getReceivedMessages().length, is(4)); // two recipients, two runs
    var mail = secondMail();
    // ...and the quarter's loss from operations no longer sums: one new, four open, one resolved.
    assertThat(mail.getSubject(), is("tieout: 1 new, 4 open, 1 resolved - Entrée Gold FY2013"));
    String text = MailParts.of(mail).text();
    assertThat(text, containsString("compared with run 1 at "));
    assertThat(text, containsString("\nNEW (1)\n"
        + "  IS-OPLOSS-Q 2013-10-01/2013-12-31  [error]  Entrée Gold Inc.\n"
        + "    Quarterly loss from operations is the sum of the operating lines above it\n"));
    assertThat(text, containsString("variance -1,230,562 (tolerance "));
    assertThat(text, containsString("\nSTILL OPEN (3)\n"));
    assertThat(text, containsString("\nRESOLVED (1)\n"
        + "  IS-Q2Y GeneralAndAdministrativeExpense 2013-01-01/2013-12-31  [error]  Entrée Gold Inc.\n"
        + "    The four quarters of the selected quarterly data sum to the year\n"
        + "    passes now; variance was -1,230,562\n"));
  }

  @Test
  void aDifferentWrongFigureKeepsTheFindingOpenAndShowsTheChangedVariance() throws Exception {
    setQuarterlyCell(1_648_000);
    Testbed.Result second = bed.nightly();
    assertThat(second.err(), second.code(), is(1));
    var mail = secondMail();
    assertThat(mail.getSubject(), is("tieout: 1 new, 5 open, 0 resolved - Entrée Gold FY2013"));
    String text = MailParts.of(mail).text();
    String today = java.time.LocalDate.now().toString();
    assertThat(text, containsString(
        "  IS-Q2Y GeneralAndAdministrativeExpense 2013-01-01/2013-12-31  [error]  Entrée Gold Inc.\n"
            + "    The four quarters of the selected quarterly data sum to the year\n"
            + "    reported 5,510,641, computed 6,740,593, variance -1,229,952 (tolerance 2.5); open since "
            + today + "; variance changed from -1,230,562\n"));
    assertThat(text, containsString("variance -267,452 (tolerance 2.5); open since " + today + "\n"));
    assertThat(text, containsString("\nNEW (1)\n  IS-OPLOSS-Q 2013-10-01/2013-12-31"));
  }

  /** The second run's email (each recipient got a copy). */
  private jakarta.mail.internet.MimeMessage secondMail() throws Exception {
    java.util.List<jakarta.mail.internet.MimeMessage> second = new java.util.ArrayList<>();
    for (var m : greenMail.getReceivedMessages()) {
      if (MailParts.of(m).text().startsWith("Entrée Gold FY2013, run 2 at ")) {
        second.add(m);
      }
    }
    assertThat(second.size(), is(2));
    return second.get(0);
  }

  private void setQuarterlyCell(double value) throws Exception {
    Path workbook = bed.inputs.resolve("entree-gold-2013.xlsx");
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(workbook)) {
      wb = new XSSFWorkbook(in);
    }
    Cell cell = wb.getSheet("Quarterly 2013").getRow(3).getCell(1);
    assertThat(cell.getNumericCellValue(), is(1_648_610.0));
    cell.setCellValue(value);
    try (OutputStream out = Files.newOutputStream(workbook)) {
      wb.write(out);
    }
    wb.close();
  }
}
