package tieout.history;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Status;
import tieout.error.UserException;
import tieout.report.Summary;

/**
 * The history of nightly runs in a database: records each run and its findings in one
 * transaction, compares them with the job's previous run, lists and prunes runs.
 */
public final class HistoryStore {
  /** PostgreSQL's unique-violation state: two runs took the same id; the later one retries. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final int ATTEMPTS = 3;

  private final Connections connections;

  private HistoryStore(Connections connections) {
    this.connections = connections;
  }

  /**
   * Opens (creating and migrating as needed) the history at {@code location}: a file path for
   * SQLite or a JDBC URL.
   */
  public static HistoryStore open(String location, Map<String, String> env) {
    return migrated(Connections.of(location, env), location);
  }

  /**
   * Opens the history at {@code location} for reading: a SQLite file must exist already (a user
   * error naming the path otherwise; no folder or file is created).
   */
  public static HistoryStore openExisting(String location, Map<String, String> env) {
    Connections connections = Connections.existing(location, env);
    // Migrating takes the write lock, which a nightly run may hold: a current schema needs no lock.
    try (Connection c = connections.openForReading()) {
      boolean current = Migrations.currentVersion(c) == Migrations.latest();
      c.commit();
      if (current) {
        return new HistoryStore(connections);
      }
    } catch (SQLException e) {
      // not yet a history (or not a database): migrated() creates it or reports the problem
    }
    return migrated(connections, location);
  }

  private static HistoryStore migrated(Connections connections, String location) {
    try (Connection c = connections.open()) {
      try {
        Migrations.migrate(c, location);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      // SQLite's NOTADB (26) and CORRUPT (11): the file named is not a usable history, a user error.
      if (e.getErrorCode() == 26 || e.getErrorCode() == 11) {
        throw UserException.at(location, "expected a tieout history database (SQLite), found a file that is "
            + (e.getErrorCode() == 26 ? "not a database" : "a damaged database")
            + ": name another --history file, or move this one away and let tieout create a new one");
      }
      throw new HistoryException("cannot open the history database " + location + ": " + e.getMessage(), e);
    }
    return new HistoryStore(connections);
  }

  public String location() {
    return connections.location();
  }

  /**
   * Records a run of {@code job} with every finding and returns what changed since the job's
   * previous run. Reading the previous run and writing this one happen in one transaction: a run
   * that fails midway leaves the history as it was, and concurrent runs are serialized.
   */
  public VarianceReport record(
      String job, List<Finding> findings, Instant startedAt, ZoneId zone, RecordListener listener) {
    try (Recording recording = begin(job, findings, startedAt, zone, listener)) {
      recording.commit();
      return recording.report();
    }
  }

  /**
   * Writes a run of {@code job} as {@link #record} does but leaves its transaction open: the
   * caller commits once the run's outputs are written, so that a run killed before then (or whose
   * outputs cannot be written) leaves the history as it was, and the next run reports the same
   * NEW findings. Other runs of any job wait for the commit; readers do not.
   */
  public Recording begin(
      String job, List<Finding> findings, Instant startedAt, ZoneId zone, RecordListener listener) {
    for (int attempt = 1; ; attempt++) {
      Connection c = null;
      try {
        c = connections.open();
        VarianceReport report = record(c, job, findings, startedAt, zone, listener);
        return new Recording(c, report);
      } catch (SQLException | RuntimeException e) {
        if (c != null) {
          rollback(c, e);
          close(c, e);
        }
        if (e instanceof SQLException sql) {
          if (UNIQUE_VIOLATION.equals(sql.getSQLState()) && attempt < ATTEMPTS) {
            continue;
          }
          throw new HistoryException("cannot record the run in " + location() + ": " + e.getMessage(), e);
        }
        throw (RuntimeException) e;
      }
    }
  }

  /** A run written but not yet committed; closing it uncommitted rolls it back. */
  public final class Recording implements AutoCloseable {
    private final Connection connection;
    private final VarianceReport report;
    private boolean done;

    private Recording(Connection connection, VarianceReport report) {
      this.connection = connection;
      this.report = report;
    }

    /** What changed since the job's previous run; the run's id is final even before the commit. */
    public VarianceReport report() {
      return report;
    }

    /** Makes the run part of the history. */
    public void commit() {
      try {
        connection.commit();
        done = true;
      } catch (SQLException e) {
        throw new HistoryException("cannot record the run in " + location() + ": " + e.getMessage(), e);
      }
    }

    /** Rolls the run back unless it was committed, and releases the connection. */
    @Override
    public void close() {
      try {
        if (!done) {
          connection.rollback();
        }
        connection.close();
      } catch (SQLException e) {
        if (!done) {
          // The connection died with the run; the server or SQLite's journal discards it anyway.
          return;
        }
        throw new HistoryException("cannot close the history " + location() + ": " + e.getMessage(), e);
      }
    }
  }

  private VarianceReport record(
      Connection c, String job, List<Finding> findings, Instant startedAt, ZoneId zone, RecordListener listener)
      throws SQLException {
    if (Connections.isPostgres(c)) {
      // Runs queue here until the run before commits, so each compares with the one before it
      // (SQLite's IMMEDIATE transactions do the same). Readers are not blocked.
      try (Statement s = c.createStatement()) {
        s.execute("LOCK TABLE tieout_run IN SHARE ROW EXCLUSIVE MODE");
      }
    }
    Optional<RunSummary> previous = latestRun(c, job);
    Map<FindingKey, StoredFinding> before =
        previous.isPresent() ? findings(c, previous.get().id()) : Map.of();
    ImmutableList<StoredFinding> now = FindingComparison.current(findings, before, LocalDate.ofInstant(startedAt, zone));
    ImmutableList<VarianceEntry> entries = FindingComparison.entries(now, before);
    long id = nextId(c);
    VarianceReport report = new VarianceReport(job, id, startedAt, previous, entries);

    Summary counts = Summary.of(findings);
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO tieout_run (id, job, started_at, checks, passed, failed, not_evaluated,"
            + " new_count, open_count, resolved_count, mail_status, output_dir)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', NULL)")) {
      p.setLong(1, id);
      p.setString(2, job);
      p.setString(3, startedAt.toString());
      p.setInt(4, counts.checks());
      p.setInt(5, counts.passed());
      p.setInt(6, counts.failed() + counts.warnings());
      p.setInt(7, counts.notEvaluated());
      p.setInt(8, report.newCount());
      p.setInt(9, report.openCount());
      p.setInt(10, report.resolvedCount());
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO tieout_finding (run_id, identity, position, rule, entity, period, dimensions, concept, severity,"
            + " status, message, reported, computed, variance, tolerance, reason, first_seen)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int written = 0;
      for (StoredFinding f : now) {
        FindingKey k = f.key();
        p.setLong(1, id);
        p.setString(2, k.text());
        p.setInt(3, written);
        p.setString(4, k.rule());
        p.setString(5, k.entity());
        p.setString(6, k.period());
        p.setString(7, k.dimensions());
        p.setString(8, k.concept());
        p.setString(9, f.severity());
        p.setString(10, f.status().name());
        p.setString(11, f.message());
        setAmount(p, 12, f.reported());
        setAmount(p, 13, f.computed());
        setAmount(p, 14, f.variance());
        setAmount(p, 15, f.tolerance());
        setText(p, 16, f.reason());
        setText(p, 17, f.firstSeen().map(LocalDate::toString));
        p.executeUpdate();
        listener.written(++written, now.size());
      }
    }
    return report;
  }

  /** Marks how the run's email went and where its outputs are; a transaction of its own. */
  public void finish(long runId, String mailStatus, Optional<String> outputDir) {
    try (Connection c = connections.open()) {
      try (PreparedStatement p =
          c.prepareStatement("UPDATE tieout_run SET mail_status = ?, output_dir = ? WHERE id = ?")) {
        p.setString(1, mailStatus);
        setText(p, 2, outputDir);
        p.setLong(3, runId);
        p.executeUpdate();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new HistoryException("cannot update run " + runId + " in " + location() + ": " + e.getMessage(), e);
    }
  }

  /** The latest runs, newest first; of one job when {@code job} is given. */
  public List<RunSummary> runs(Optional<String> job, int limit) {
    try (Connection c = connections.openForReading()) {
      try (PreparedStatement p = c.prepareStatement(
          "SELECT * FROM tieout_run" + (job.isPresent() ? " WHERE job = ?" : "") + " ORDER BY id DESC")) {
        if (job.isPresent()) {
          p.setString(1, job.get());
        }
        p.setMaxRows(limit);
        ImmutableList.Builder<RunSummary> out = ImmutableList.builder();
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            out.add(summary(r));
          }
        }
        c.commit();
        return out.build();
      }
    } catch (SQLException e) {
      throw new HistoryException("cannot read " + location() + ": " + e.getMessage(), e);
    }
  }

  /** The names of the jobs with runs recorded, sorted. */
  public List<String> jobs() {
    try (Connection c = connections.openForReading()) {
      try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT job FROM tieout_run ORDER BY job");
          ResultSet r = p.executeQuery()) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        while (r.next()) {
          out.add(r.getString(1));
        }
        c.commit();
        return out.build();
      }
    } catch (SQLException e) {
      throw new HistoryException("cannot read " + location() + ": " + e.getMessage(), e);
    }
  }

  /** Every finding of a run, in the order they were recorded. */
  public List<StoredFinding> findings(long runId) {
    try (Connection c = connections.openForReading()) {
      List<StoredFinding> out = List.copyOf(findings(c, runId).values());
      c.commit();
      return out;
    } catch (SQLException e) {
      throw new HistoryException("cannot read " + location() + ": " + e.getMessage(), e);
    }
  }

  /** Deletes all but the newest {@code keep} runs of each job, in one transaction; returns how many went. */
  public int prune(int keep) {
    try (Connection c = connections.open()) {
      try {
        String old = "SELECT r.id FROM tieout_run r WHERE"
            + " (SELECT COUNT(*) FROM tieout_run n WHERE n.job = r.job AND n.id > r.id) >= ?";
        try (PreparedStatement f = c.prepareStatement("DELETE FROM tieout_finding WHERE run_id IN (" + old + ")")) {
          f.setInt(1, keep);
          f.executeUpdate();
        }
        int removed;
        try (PreparedStatement r = c.prepareStatement("DELETE FROM tieout_run WHERE id IN (" + old + ")")) {
          r.setInt(1, keep);
          removed = r.executeUpdate();
        }
        c.commit();
        return removed;
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new HistoryException("cannot prune " + location() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Rolls back after {@code failure}; a connection that died with it (a killed server process, a
   * dropped network) cannot roll back, and the server discards the transaction anyway: the
   * original failure is what the user needs to see.
   */
  private static void rollback(Connection c, Exception failure) {
    try {
      c.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static void close(Connection c, Exception failure) {
    try {
      c.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static Optional<RunSummary> latestRun(Connection c, String job) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM tieout_run WHERE job = ? ORDER BY id DESC")) {
      p.setString(1, job);
      p.setMaxRows(1);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(summary(r)) : Optional.empty();
      }
    }
  }

  private static long nextId(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT MAX(id) FROM tieout_run");
        ResultSet r = p.executeQuery()) {
      return (r.next() ? r.getLong(1) : 0) + 1;
    }
  }

  private static Map<FindingKey, StoredFinding> findings(Connection c, long runId) throws SQLException {
    Map<FindingKey, StoredFinding> out = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM tieout_finding WHERE run_id = ? ORDER BY position")) {
      p.setLong(1, runId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          FindingKey key = new FindingKey(
              r.getString("rule"), r.getString("entity"), r.getString("period"),
              r.getString("dimensions"), r.getString("concept"));
          out.put(key, new StoredFinding(
              key,
              r.getString("severity"),
              Status.valueOf(r.getString("status")),
              r.getString("message"),
              amount(r, "reported"),
              amount(r, "computed"),
              amount(r, "variance"),
              amount(r, "tolerance"),
              Optional.ofNullable(r.getString("reason")),
              Optional.ofNullable(r.getString("first_seen")).map(LocalDate::parse)));
        }
      }
    }
    return out;
  }

  private static RunSummary summary(ResultSet r) throws SQLException {
    return new RunSummary(
        r.getLong("id"),
        r.getString("job"),
        Instant.parse(r.getString("started_at")),
        r.getInt("checks"),
        r.getInt("passed"),
        r.getInt("failed"),
        r.getInt("not_evaluated"),
        r.getInt("new_count"),
        r.getInt("open_count"),
        r.getInt("resolved_count"),
        r.getString("mail_status"),
        Optional.ofNullable(r.getString("output_dir")));
  }

  private static Optional<BigDecimal> amount(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column)).map(BigDecimal::new);
  }

  private static void setAmount(PreparedStatement p, int index, Optional<BigDecimal> value) throws SQLException {
    setText(p, index, value.map(BigDecimal::toPlainString));
  }

  private static void setText(PreparedStatement p, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      p.setString(index, value.get());
    } else {
      p.setNull(index, Types.VARCHAR);
    }
  }
}
