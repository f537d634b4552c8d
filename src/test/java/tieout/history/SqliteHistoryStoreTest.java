package tieout.history;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;

/** The history contract on SQLite (a file, created with its folder on first use), and what is SQLite's own. */
class SqliteHistoryStoreTest extends HistoryStoreContract {
  @TempDir Path dir;

  @Override
  String location() {
    return dir.resolve("sub/history.db").toString();
  }

  @Override
  Map<String, String> env() {
    return Map.of();
  }

  @Override
  Connection raw() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + location());
  }

  @Test
  void aFileThatIsNotADatabaseIsAUserError() throws Exception {
    Path notes = dir.resolve("notes.db");
    Files.writeString(notes, "not a database, just some text that is long enough to have a header\n");

    UserException e = assertThrows(UserException.class, () -> HistoryStore.open(notes.toString(), Map.of()));

    assertThat(e.getMessage(), is(notes + ": error: expected a tieout history database (SQLite), found a file that is "
        + "not a database: name another --history file, or move this one away and let tieout create a new one"));
  }

  @Test
  void openingAMissingHistoryForReadingNamesItAndCreatesNothing() {
    Path missing = dir.resolve("no/such/dir/x.db");

    UserException e = assertThrows(UserException.class, () -> HistoryStore.openExisting(missing.toString(), Map.of()));

    assertThat(e.getMessage(), is(missing + ": error: no history database at " + missing
        + "; expected the SQLite file a nightly run writes (its config's history key, by default history.db in"
        + " its output-dir): give it with --history FILE or --config FILE"));
    assertThat(Files.exists(dir.resolve("no")), is(false));
  }

  /**
   * Opening switches the file to WAL mode. While it is not in WAL mode yet (a new file whose
   * creator's first transaction is open, or a file another program made) and another connection
   * holds its write lock, SQLite refuses the switch at once ("database is locked"), without the
   * busy timeout. Opening must wait for the lock instead.
   */
  @Test
  void openingWaitsWhileAnotherConnectionHoldsTheLockOfAFileNotYetInWalMode() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Connection other = raw();
    try (Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      s.execute("CREATE TABLE other_program (x INTEGER)");
    }
    AtomicBoolean released = new AtomicBoolean();
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(500);
        released.set(true);
        other.close();
      } catch (InterruptedException | SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    release.start();
    HistoryStore store = store();
    assertThat(released.get(), is(true));
    release.join();
    store.record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    assertThat(store.runs(Optional.empty(), 10).size(), is(1));
    try (Connection c = raw(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
      assertThat(r.next() ? r.getString(1) : "none", is("wal"));
    }
  }

  /**
   * Runs recording into one new history file at once, from four threads, and readers listing its
   * runs meanwhile: every run is recorded, none fails with "database is locked".
   */
  @Test
  void runsRecordingIntoANewFileAtOnceAllGetIn() throws Exception {
    int writers = 4;
    int readers = 2;
    ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
    try {
      for (int round = 0; round < 40; round++) {
        String file = dir.resolve("stress/h" + round + ".db").toString();
        CyclicBarrier start = new CyclicBarrier(writers + readers);
        List<Future<Long>> runs = new ArrayList<>();
        List<Future<Integer>> reads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          String job = "job" + (w % 2);
          runs.add(pool.submit(() -> {
            start.await();
            HistoryStore store = HistoryStore.open(file, Map.of());
            VarianceReport report = store.record(job, findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
            store.finish(report.runId(), "sent", Optional.of("/out"));
            return report.runId();
          }));
        }
        for (int r = 0; r < readers; r++) {
          reads.add(pool.submit(() -> {
            start.await();
            try {
              return HistoryStore.openExisting(file, Map.of()).runs(Optional.empty(), 10).size();
            } catch (UserException notYetCreated) {
              return 0;
            }
          }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> run : runs) {
          ids.add(run.get(60, TimeUnit.SECONDS));
        }
        for (Future<Integer> read : reads) {
          assertThat(read.get(60, TimeUnit.SECONDS) <= writers, is(true));
        }
        ids.sort(null);
        assertThat(file, ids, is(List.of(1L, 2L, 3L, 4L)));
        HistoryStore store = HistoryStore.openExisting(file, Map.of());
        assertThat(store.runs(Optional.empty(), 10).stream().map(RunSummary::mailStatus).toList(),
            is(List.of("sent", "sent", "sent", "sent")));
        for (long id = 1; id <= writers; id++) {
          assertThat(store.findings(id).size(), is(120));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
