package tieout.nightly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly job carries the inputs it could not read into its email and exit code; strict=true refuses. */
class UnreadableNightlyTest {
  @TempDir Path dir;

  @Test
  void theEmailListsUnreadableInputsAndTheRestIsChecked() throws IOException {
    Testbed bed = new Testbed(dir);
    Files.write(bed.inputs.resolve("broken.xlsx"), new byte[0]);
    bed.config();

    Testbed.Result run = bed.nightly("--dry-run");

    assertThat(run.err(), run.code(), is(1));
    assertThat(run.out(), containsString(
        "  120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated; 1 unreadable input\n"));
    String text = Files.readString(bed.runDir().resolve("variance.txt"));
    assertThat(text, containsString("120 checks: 100 passed, 4 failed, 1 warning, 16 not evaluated (1 flagged by the flux"
        + " review of 5 comparisons); 1 unreadable input\n"
        + "\nUNREADABLE INPUTS (1, errors: not loaded, the rest was checked)\n"
        + "  broken.xlsx: expected an Excel workbook (.xlsx), found an empty file\n"));
    assertThat(Files.readString(bed.runDir().resolve("variance.html")), containsString(
        "<h3>UNREADABLE INPUTS (1)</h3>\n<p>Errors: not loaded; the rest was checked.</p>\n<ul>\n"
            + "<li><code>broken.xlsx</code>: expected an Excel workbook (.xlsx), found an empty file</li>\n</ul>"));
  }

  @Test
  void strictRefusesTheRun() throws IOException {
    Testbed bed = new Testbed(dir);
    Files.write(bed.inputs.resolve("broken.xlsx"), new byte[0]);
    bed.config("strict = true");

    Testbed.Result run = bed.nightly("--dry-run");

    assertThat(run.code(), is(2));
    assertThat(run.err(), containsString("broken.xlsx: error: expected an Excel workbook (.xlsx), found an empty file"));
    assertThat(Files.exists(dir.resolve("out")), is(false));
  }
}
