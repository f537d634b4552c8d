package tieout.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;

class OutputGuardTest {
  @TempDir Path dir;

  private String refusal(Runnable check) {
    return assertThrows(UserException.class, check::run).getMessage();
  }

  @Test
  void refusesAnOutputThatIsAnInputFile() throws IOException {
    Path csv = Files.writeString(dir.resolve("tb.csv"), "x");

    assertThat(refusal(() -> OutputGuard.file(csv, List.of(csv))), equalTo(csv + ": error: --output would overwrite"
        + " an input spreadsheet; tieout never writes to its inputs, choose another file"));
  }

  @Test
  void refusesAnInputKindInsideAnInputFolderButNotAReportBesideIt() {
    Path report = dir.resolve("report.csv");

    assertThat(refusal(() -> OutputGuard.file(report, List.of(dir))), equalTo(report + ": error: --output would"
        + " overwrite an input spreadsheet; tieout never writes to its inputs, choose another file"));
    OutputGuard.file(dir.resolve("report.json"), List.of(dir));
  }

  @Test
  void refusesAFolderAsOutputFile() {
    assertThat(refusal(() -> OutputGuard.file(dir, List.of())),
        equalTo(dir + ": error: --output names a folder; give a file name such as report.json"));
  }

  @Test
  void refusesTheProseFileEvenNamedAnotherWay() {
    Path prose = dir.resolve("mdna.md");
    Path sameFile = dir.resolve("sub/../mdna.md");

    assertThat(refusal(() -> OutputGuard.notProse(sameFile, prose)), equalTo(sameFile + ": error: --output would"
        + " overwrite the narrative file; tieout never writes to its inputs, choose another file"));
  }

  @Test
  void refusesAnOutputFolderThatIsAFileOrAnInputFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");

    assertThat(refusal(() -> OutputGuard.folder("OUTDIR", file, List.of(), "exported/")),
        equalTo(file + ": error: OUTDIR expects a folder, found a file: name a folder such as exported/"));
    assertThat(refusal(() -> OutputGuard.folder("--annotate", dir, List.of(dir), "annotated/")),
        equalTo(dir + ": error: --annotate names an input folder; tieout never writes over its inputs:"
            + " choose another folder, such as annotated/"));
    OutputGuard.folder("OUTDIR", dir.resolve("out"), List.of(dir), "exported/");
  }
}
