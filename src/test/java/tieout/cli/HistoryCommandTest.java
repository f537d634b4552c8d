package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.engine.Finding;
import tieout.history.HistoryStore;
import tieout.history.RecordListener;
import tieout.testing.Runs;

/** {@code tieout history}: reading a history that is not there, and a job name that has no runs. */
class HistoryCommandTest {
  @TempDir Path dir;

  @Test
  void aMissingDatabaseIsAnErrorNamingItAndNothingIsCreated() {
    Path missing = dir.resolve("no/such/dir/x.db");

    CliRun run = CliRun.of("history", "--history", missing.toString());

    assertThat(run.exitCode(), is(2));
    assertThat(run.out(), is(""));
    assertThat(run.err(), is(missing + ": error: no history database at " + missing
        + "; expected the SQLite file a nightly run writes (its config's history key, by default history.db in"
        + " its output-dir): give it with --history FILE or --config FILE\n"));
    assertThat(Files.exists(dir.resolve("no")), is(false));
  }

  @Test
  void aJobNameDifferingByAnAccentListsTheKnownJobsAndProposesIt() {
    String history = recorded("Entrée Gold FY2013", "Another ledger");

    CliRun run = CliRun.of("history", "--history", history, "--job", "Entree Gold FY2013");

    assertThat(run.exitCode(), is(2));
    assertThat(run.err(), is("--job: error: no runs of job 'Entree Gold FY2013' in " + history
        + "; did you mean 'Entrée Gold FY2013'? (known jobs: 'Another ledger', 'Entrée Gold FY2013')\n"));
  }

  @Test
  void aMisspelledJobNameIsProposedAndAnUnrelatedOneOnlyListsTheJobs() {
    String history = recorded("Entrée Gold FY2013");

    assertThat(CliRun.of("history", "--history", history, "--job", "Entrée Gold FY2031").err(),
        is("--job: error: no runs of job 'Entrée Gold FY2031' in " + history
            + "; did you mean 'Entrée Gold FY2013'? (known jobs: 'Entrée Gold FY2013')\n"));
    assertThat(CliRun.of("history", "--history", history, "--job", "payroll").err(),
        is("--job: error: no runs of job 'payroll' in " + history + " (known jobs: 'Entrée Gold FY2013')\n"));
  }

  @Test
  void aKnownJobListsItsRuns() {
    String history = recorded("Entrée Gold FY2013", "Another ledger");

    CliRun run = CliRun.of("history", "--history", history, "--job", "Entrée Gold FY2013");

    assertThat(run.err(), run.exitCode(), is(0));
    List<String> lines = run.out().lines().toList();
    assertThat(lines.size(), is(2));
    assertThat(lines.get(1), startsWith("    1  "));
    assertThat(lines.get(1).endsWith("  120       4      16     4     4         0  pending   Entrée Gold FY2013"),
        is(true));
  }

  /** A SQLite history with one run of the sample per job, in order. */
  private String recorded(String... jobs) {
    String location = dir.resolve("history.db").toString();
    List<Finding> findings = Runs.run(List.of(Path.of("spreadsheets")), Path.of("rules")).findings();
    HistoryStore store = HistoryStore.open(location, Map.of());
    Instant at = Instant.parse("2024-05-01T02:00:00Z");
    for (String job : jobs) {
      store.record(job, findings, at, ZoneOffset.UTC, RecordListener.NONE);
      at = at.plusSeconds(60);
    }
    return location;
  }
}
