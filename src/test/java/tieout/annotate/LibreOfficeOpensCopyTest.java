package tieout.annotate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.cli.Main;

/**
 * Opens the annotated sample in headless LibreOffice, which exports every sheet as CSV: the copy is
 * a workbook another spreadsheet program reads, summary sheet included. Skipped only when
 * {@code soffice} is missing outside CI; under {@code CI=true} it must run.
 */
class LibreOfficeOpensCopyTest {
  static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @Test
  void libreOfficeConvertsEverySheetOfTheAnnotatedCopy(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(SOFFICE) || System.getenv("CI") != null,
        "soffice not installed (apt-get install libreoffice-calc); runs under CI");
    Path out = tmp.resolve("annotated");
    int code = Main.run(new String[] {"check", "--annotate", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code, is(1));
    Path converted = tmp.resolve("converted");
    Process p = new ProcessBuilder(
            SOFFICE.toString(),
            "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
            "--headless", "--norestore",
            // CSV export, UTF-8 (76), every sheet (-1) into its own file.
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir", converted.toString(),
            out.resolve("entree-gold-2013.xlsx").toString())
        .redirectErrorStream(true)
        .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(log, p.waitFor(180, TimeUnit.SECONDS), is(true));
    assertThat(log, p.exitValue(), is(0));
    Path summary = converted.resolve("entree-gold-2013-tieout.csv");
    assertThat(log, Files.exists(summary), is(true));
    String text = Files.readString(summary, StandardCharsets.UTF_8);
    assertThat(text, containsString("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated"));
    assertThat(text, containsString("FAIL,IS-Q2Y,error,2013-01-01/2013-12-31,Entrée Gold Inc.,,"));
    assertThat(text, containsString("\"-294,676\",2.5,,Results of Operations!B3,Mineral Properties!B8,Quarterly 2013!E3"));
    String quarterly = Files.readString(converted.resolve("entree-gold-2013-Quarterly 2013.csv"), StandardCharsets.UTF_8);
    assertThat(quarterly, containsString("Exploration"));
  }
}
