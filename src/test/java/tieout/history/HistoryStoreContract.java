package tieout.history;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tieout.engine.Finding;
import tieout.engine.Status;

/**
 * What every history database must do, run against each kind the nightly job supports: SQLite
 * ({@link SqliteHistoryStoreTest}) and a real PostgreSQL server ({@link PostgresHistoryStoreTest}).
 * Each test gets a new empty database.
 */
abstract class HistoryStoreContract {
  static final Instant NIGHT1 = Instant.parse("2024-05-01T02:00:00Z");
  static final Instant NIGHT2 = Instant.parse("2024-05-02T02:00:00Z");

  /** The location of this test's database (a file path or a JDBC URL), not yet created. */
  abstract String location();

  /** The environment the store is opened with (history credentials). */
  abstract Map<String, String> env();

  /** A plain connection to the database, auto-commit, to inspect or tamper with it. */
  abstract Connection raw() throws SQLException;

  HistoryStore store() {
    return HistoryStore.open(location(), env());
  }

  static List<Finding> findings() {
    return SampleRun.result().findings();
  }

  /** The sample's findings with every failure of {@code rule} and {@code concept} turned into a pass. */
  static List<Finding> passing(String rule, String concept) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings()) {
      FindingKey k = FindingKey.of(f);
      boolean hit = f.status() == Status.FAIL && k.rule().equals(rule) && k.concept().equals(concept);
      out.add(hit ? new Finding(f.rule(), f.severity(), Status.PASS, f.message(), f.entity(), f.period(),
          f.dimensions(), f.reported(), f.reported(), Optional.of(java.math.BigDecimal.ZERO), f.tolerance(),
          Optional.empty(), f.operands()) : f);
    }
    return out;
  }

  @Test
  void createsTheFileWithTheSchemaAndRecordsEveryFinding() {
    HistoryStore store = store();
    VarianceReport first = store.record("Entrée Gold FY2013", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    assertThat(first.runId(), is(1L));
    assertThat(first.previousRun().isPresent(), is(false));
    assertThat(first.newCount(), is(4));
    assertThat(first.openCount(), is(4));
    assertThat(first.resolvedCount(), is(0));
    List<StoredFinding> stored = store.findings(1);
    assertThat(stored.size(), is(120));
    assertThat(stored.stream().filter(StoredFinding::isOpen).count(), is(4L));
    assertThat(stored.get(0).key(), is(FindingKey.of(findings().get(0))));
    RunSummary run = store.runs(Optional.empty(), 10).get(0);
    assertThat(List.of(run.checks(), run.passed(), run.failed(), run.notEvaluated()), is(List.of(120, 100, 4, 16)));
    assertThat(run.mailStatus(), is("pending"));
  }

  @Test
  void secondRunMarksStillOpenWithFirstSeenAndResolved() {
    HistoryStore store = store();
    store.record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    VarianceReport second = store.record("job", passing("IS-Q2Y", "ExplorationExpense"), NIGHT2, ZoneOffset.UTC,
        RecordListener.NONE);
    assertThat(second.previousRun().get().id(), is(1L));
    assertThat(second.newCount(), is(0));
    assertThat(second.openCount(), is(2));
    assertThat(labels(second.of(Change.RESOLVED)), is(List.of(
        "IS-Q2Y ExplorationExpense 2012-01-01/2012-12-31", "IS-Q2Y ExplorationExpense 2013-01-01/2013-12-31")));
    assertThat(labels(second.of(Change.STILL_OPEN)), is(List.of(
        "IS-Q2Y GeneralAndAdministrativeExpense 2012-01-01/2012-12-31",
        "IS-Q2Y GeneralAndAdministrativeExpense 2013-01-01/2013-12-31")));
    VarianceEntry open = second.of(Change.STILL_OPEN).get(0);
    assertThat(open.latest().firstSeen(), is(Optional.of(LocalDate.of(2024, 5, 1))));
    assertThat(open.varianceChanged(), is(false));
  }

  @Test
  void aRunThatDiesHalfwayLeavesTheHistoryAsItWas() {
    HistoryStore store = store();
    store.record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    RecordListener dies = (written, total) -> {
      if (written == 50) {
        throw new IllegalStateException("killed after 50 of " + total);
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> store.record("job", passing("IS-Q2Y", "ExplorationExpense"), NIGHT2, ZoneOffset.UTC, dies));
    assertThat(e.getMessage(), is("killed after 50 of 120"));

    assertTheDeadRunLeftNoTrace(store);
  }

  /**
   * After a run that died while recording: only run 1 and its 120 findings are stored, and the next
   * run compares with run 1 and takes id 2, as if the dead run never happened.
   */
  static void assertTheDeadRunLeftNoTrace(HistoryStore store) {
    assertThat(store.runs(Optional.empty(), 10).size(), is(1));
    assertThat(store.findings(1).size(), is(120));
    assertThat(store.findings(2).size(), is(0));
    VarianceReport next = store.record("job", findings(), NIGHT2, ZoneOffset.UTC, RecordListener.NONE);
    assertThat(next.runId(), is(2L));
    assertThat(next.previousRun().get().id(), is(1L));
    assertThat(next.openCount(), is(4));
    assertThat(next.newCount(), is(0));
  }

  @Test
  void twoRunsAtOnceAreSerializedNotCorrupted() throws Exception {
    store().record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    CountDownLatch bothInside = new CountDownLatch(2);
    // Each run waits (bounded) for the other to start before writing its first finding: the
    // second must block on the first's write lock rather than interleave with it.
    RecordListener meet = (written, total) -> {
      if (written == 1) {
        bothInside.countDown();
        try {
          bothInside.await(300, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<VarianceReport> run = () -> store().record("job", findings(), NIGHT2, ZoneOffset.UTC, meet);
      Future<VarianceReport> a = pool.submit(run);
      Future<VarianceReport> b = pool.submit(run);
      List<Long> ids = new ArrayList<>(List.of(a.get(60, TimeUnit.SECONDS).runId(), b.get(60, TimeUnit.SECONDS).runId()));
      ids.sort(null);
      assertThat(ids, is(List.of(2L, 3L)));
      VarianceReport later = a.get().runId() == 3 ? a.get() : b.get();
      assertThat(later.previousRun().get().id(), is(2L));
    } finally {
      pool.shutdownNow();
    }
    HistoryStore store = store();
    assertThat(store.runs(Optional.empty(), 10).size(), is(3));
    for (long id = 1; id <= 3; id++) {
      assertThat(store.findings(id).size(), is(120));
    }
  }

  @Test
  void pruneKeepsTheNewestRunsOfEachJob() {
    HistoryStore store = store();
    for (int i = 0; i < 3; i++) {
      store.record("a", findings(), NIGHT1.plusSeconds(i), ZoneOffset.UTC, RecordListener.NONE);
    }
    store.record("b", findings(), NIGHT2, ZoneOffset.UTC, RecordListener.NONE);
    assertThat(store.prune(1), is(2));
    assertThat(store.runs(Optional.empty(), 10).stream().map(RunSummary::id).toList(), is(List.of(4L, 3L)));
    assertThat(store.findings(1).size(), is(0));
    assertThat(store.findings(3).size(), is(120));
  }

  @Test
  void aNewerSchemaIsRefusedWithAClearMessage() throws Exception {
    store();
    try (Connection c = raw(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO tieout_schema VALUES (99, 'V99__future.sql', 'now')");
    }
    tieout.error.UserException e = assertThrows(tieout.error.UserException.class, this::store);
    assertThat(e.getMessage(), containsString(
        "the history database has schema version 99 but this tieout knows versions up to 1"));
  }

  private static List<String> labels(List<VarianceEntry> entries) {
    return entries.stream().map(e -> e.key().label()).toList();
  }

  @Test
  void theSchemaIsAppliedOnceEvenWhenTwoFirstRunsOpenTheDatabaseAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<HistoryStore> open = () -> {
        start.await();
        return store();
      };
      Future<HistoryStore> a = pool.submit(open);
      Future<HistoryStore> b = pool.submit(open);
      start.countDown();
      a.get(60, TimeUnit.SECONDS);
      b.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    store(); // and a later open applies nothing again
    try (Connection c = raw(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version, script FROM tieout_schema ORDER BY version")) {
      List<String> rows = new ArrayList<>();
      while (r.next()) {
        rows.add(r.getInt(1) + " " + r.getString(2));
      }
      assertThat(rows, is(List.of("1 V1__runs_and_findings.sql")));
    }
  }

  @Test
  void aRunBegunButNotCommittedLeavesTheHistoryAsItWasAndReadersDoNotWait() {
    HistoryStore store = store();
    store.record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    try (HistoryStore.Recording open =
        store.begin("job", passing("IS-Q2Y", "ExplorationExpense"), NIGHT2, ZoneOffset.UTC, RecordListener.NONE)) {
      assertThat(open.report().runId(), is(2L));
      assertThat(open.report().resolvedCount(), is(2));
      // A reader meanwhile (tieout history) sees the history as it was, without waiting.
      HistoryStore reader = HistoryStore.openExisting(location(), env());
      assertThat(reader.runs(Optional.empty(), 10).size(), is(1));
      assertThat(reader.jobs(), is(List.of("job")));
    }
    assertThat(store.runs(Optional.empty(), 10).size(), is(1));
    assertThat(store.findings(2).size(), is(0));
    VarianceReport next = store.record("job", findings(), NIGHT2, ZoneOffset.UTC, RecordListener.NONE);
    assertThat(List.of(next.runId(), (long) next.newCount(), (long) next.openCount()), is(List.of(2L, 0L, 4L)));
  }

  @Test
  void theJobsWithRunsAreListedSorted() {
    HistoryStore store = store();
    assertThat(store.jobs(), is(List.of()));
    store.record("Entrée Gold FY2013", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    store.record("Another job", findings(), NIGHT2, ZoneOffset.UTC, RecordListener.NONE);
    store.record("Entrée Gold FY2013", findings(), NIGHT2, ZoneOffset.UTC, RecordListener.NONE);
    assertThat(store.jobs(), is(List.of("Another job", "Entrée Gold FY2013")));
  }

  @Test
  void openingAnExistingHistoryReadsItsRuns() {
    store().record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    HistoryStore existing = HistoryStore.openExisting(location(), env());
    assertThat(existing.runs(Optional.of("job"), 5).stream().map(RunSummary::id).toList(), is(List.of(1L)));
    assertThat(existing.findings(1).size(), is(120));
  }
}
