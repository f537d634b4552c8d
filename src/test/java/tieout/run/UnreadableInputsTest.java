package tieout.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.error.UserException;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.testing.Runs;

/**
 * A cell that cannot be read is an unreadable finding, the rest of the data is checked, and the
 * check that needed the cell says which cell it was; {@code --strict} refuses the run instead.
 */
class UnreadableInputsTest {
  @TempDir Path dir;

  private Path balanceSheet() throws IOException {
    return Files.writeString(dir.resolve("bs.csv"), String.join("\n",
        ",\"December 31, 2013\",\"December 31, 2012\"",
        "Total assets,100,90",
        "Total liabilities and stockholders' equity,n/a,90",
        ""), UTF_8);
  }

  @Test
  void theCheckMissingAnUnreadableCellNamesIt() throws IOException {
    RunResult result = Reconciliation.run(List.of(balanceSheet()), Path.of("rules"), LoadOptions.within(Limits.DEFAULT),
        Optional.empty());

    assertThat(result.unreadable().stream().map(Object::toString).toList(), contains(
        "bs.csv:3: expected an amount for 'Total liabilities and stockholders' equity' (2013-12-31), found text \"n/a\""));
    List<String> tie = result.findings().stream().filter(f -> f.rule().equals("BS-TIE"))
        .map(f -> f.period() + " " + f.status() + " " + f.reason().orElse("")).toList();
    assertThat(tie, contains(
        "2012-12-31 PASS ",
        "2013-12-31 NOT_EVALUATED LiabilitiesAndStockholdersEquity not reported at 2013-12-31 (unreadable: bs.csv:3)"));
  }

  @Test
  void coverageCountsTheCellsReadAgainstThoseFound() throws IOException {
    RunResult result = Reconciliation.run(List.of(balanceSheet(), Path.of("spreadsheets/entree-gold-2013.xlsx")),
        Path.of("rules"), LoadOptions.within(Limits.DEFAULT), Optional.empty());
    assertThat(result.coverage().stream().map(Object::toString).toList(), contains(
        "bs.csv: 3 of 4 amount cells read",
        "entree-gold-2013.xlsx!Selected Annual: 18 of 18 amount cells read",
        "entree-gold-2013.xlsx!Results of Operations: 30 of 30 amount cells read",
        "entree-gold-2013.xlsx!Mineral Properties: 12 of 12 amount cells read",
        "entree-gold-2013.xlsx!Quarterly 2013: 60 of 60 amount cells read",
        "entree-gold-2013.xlsx!Quarterly 2012: 48 of 48 amount cells read",
        "entree-gold-2013.xlsx!Financing Activities: 16 of 16 amount cells read",
        "entree-gold-2013.xlsx!Contractual Commitments: 8 of 8 amount cells read"));
  }

  @Test
  void aReasonNamingAnotherPeriodOrConceptIsLeftAlone() throws IOException {
    RunResult result = Reconciliation.run(List.of(balanceSheet()), Path.of("rules"), LoadOptions.within(Limits.DEFAULT),
        Optional.empty());
    // Every other NOT_EVALUATED reason is the engine's own.
    assertThat(result.findings().stream()
        .filter(f -> f.status() == Status.NOT_EVALUATED && !f.rule().equals("BS-TIE"))
        .map(Finding::reason).map(Optional::orElseThrow)
        .anyMatch(r -> r.contains("unreadable")), is(false));
  }

  @Test
  void strictRefusesTheRun() throws IOException {
    Path file = balanceSheet();
    UserException e = assertThrows(UserException.class,
        () -> Reconciliation.run(List.of(file), Path.of("rules"), LoadOptions.within(Limits.DEFAULT).strictly(),
            Optional.empty()));
    assertThat(e.getMessage(), is("bs.csv:3: error: expected an amount for 'Total liabilities and stockholders'"
        + " equity' (2013-12-31), found text \"n/a\""));
  }
}
