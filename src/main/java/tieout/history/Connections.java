package tieout.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import tieout.error.UserException;

/**
 * Opens connections to a history database given as a file path (SQLite, created on first use) or
 * any JDBC URL (e.g. {@code jdbc:postgresql://db/tieout}, with the driver on the class path).
 */
final class Connections {
  /** How long a run waits for another run's transaction on the same SQLite file. */
  static final int BUSY_TIMEOUT_MS = 60_000;

  /**
   * How long opening a SQLite connection pauses before it tries again when another connection's
   * lock was in the way. Opening switches the file to WAL mode; while the file is not yet in WAL
   * mode (a new file whose first transaction is still open, or a file another program made), that
   * switch needs a lock which SQLite does not wait for (the busy timeout does not apply: waiting
   * there could deadlock) and fails at once with "database is locked".
   */
  private static final int OPEN_PAUSE_MS = 20;

  /** SQLite's primary result code for a lock held by another connection. */
  private static final int SQLITE_BUSY = 5;

  private final String url;
  private final Properties properties;
  private final String location;

  private Connections(String url, Properties properties, String location) {
    this.url = url;
    this.properties = properties;
    this.location = location;
  }

  /**
   * Connections to an existing history only: a SQLite file that does not exist is a user error
   * naming it, and nothing is created (for {@code tieout history}, which only reads).
   */
  static Connections existing(String location, Map<String, String> env) {
    Optional<Path> file = sqliteFile(location);
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw UserException.at(location, "no history database at " + file.get()
          + (Files.isDirectory(file.get()) ? " (a folder)" : "")
          + "; expected the SQLite file a nightly run writes (its config's history key, by default"
          + " history.db in its output-dir): give it with --history FILE or --config FILE");
    }
    return of(location, env);
  }

  /** The file of a SQLite history (a path or a {@code jdbc:sqlite:} URL naming one). */
  private static Optional<Path> sqliteFile(String location) {
    if (location.startsWith("jdbc:sqlite:")) {
      String rest = location.substring("jdbc:sqlite:".length());
      int query = rest.indexOf('?');
      rest = query < 0 ? rest : rest.substring(0, query);
      return rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")
          ? Optional.empty() : Optional.of(Path.of(rest).toAbsolutePath());
    }
    return location.startsWith("jdbc:") ? Optional.empty() : Optional.of(Path.of(location).toAbsolutePath());
  }

  /** Whether {@code c} is to PostgreSQL, whose locking needs explicit statements (SQLite's is set per connection). */
  static boolean isPostgres(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  /** {@code env} supplies {@code TIEOUT_HISTORY_USER} and {@code TIEOUT_HISTORY_PASSWORD} for JDBC URLs. */
  static Connections of(String location, Map<String, String> env) {
    if (location.startsWith("jdbc:sqlite:")) {
      return new Connections(location, sqlite(), location);
    }
    if (location.startsWith("jdbc:")) {
      Properties p = new Properties();
      if (env.get("TIEOUT_HISTORY_USER") != null) {
        p.setProperty("user", env.get("TIEOUT_HISTORY_USER"));
      }
      if (env.get("TIEOUT_HISTORY_PASSWORD") != null) {
        p.setProperty("password", env.get("TIEOUT_HISTORY_PASSWORD"));
      }
      return new Connections(location, p, location);
    }
    Path file = Path.of(location).toAbsolutePath();
    if (Files.isDirectory(file)) {
      throw UserException.at(location, "history names a folder; give a database file such as history.db");
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw UserException.at(location, "cannot create the folder of the history database: " + e.getMessage());
    }
    return new Connections("jdbc:sqlite:" + file, sqlite(), location);
  }

  private static Properties sqlite() {
    return sqlite(SQLiteConfig.TransactionMode.IMMEDIATE);
  }

  private static Properties sqlite(SQLiteConfig.TransactionMode mode) {
    SQLiteConfig config = new SQLiteConfig();
    // WAL: readers never block the writer; IMMEDIATE: a run takes the write lock when its
    // transaction begins, so two runs queue (up to the busy timeout) instead of deadlocking.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setTransactionMode(mode);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    return config.toProperties();
  }

  /** A connection in manual-commit mode. */
  Connection open() throws SQLException {
    return open(properties);
  }

  /**
   * A connection for reading only. On SQLite its transactions are deferred: an IMMEDIATE one would
   * take the write lock and wait for a nightly run's open transaction, which WAL readers need not.
   */
  Connection openForReading() throws SQLException {
    return open(url.startsWith("jdbc:sqlite:") ? sqlite(SQLiteConfig.TransactionMode.DEFERRED) : properties);
  }

  private Connection open(Properties properties) throws SQLException {
    Connection c = url.startsWith("jdbc:sqlite:") ? openSqlite(properties) : connect(properties);
    c.setAutoCommit(false);
    return c;
  }

  /**
   * A SQLite connection, opened again while another connection's lock is in the way of its
   * settings ({@link #OPEN_PAUSE_MS}), for up to {@link #BUSY_TIMEOUT_MS}: two runs that create
   * the same history file at once both get in.
   */
  private Connection openSqlite(Properties properties) throws SQLException {
    long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
    while (true) {
      try {
        return connect(properties);
      } catch (SQLException e) {
        if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.nanoTime() - deadline > 0) {
          throw e;
        }
        try {
          Thread.sleep(OPEN_PAUSE_MS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private Connection connect(Properties properties) throws SQLException {
    try {
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
        throw UserException.at(
            location,
            "no JDBC driver for this URL on the class path (tieout.jar has SQLite's and PostgreSQL's);"
                + " for another database run java -cp tieout.jar:DRIVER.jar tieout.cli.Main ...");
      }
      // A database that does not exist, or wrong credentials: the URL or the user is wrong.
      if ("3D000".equals(e.getSQLState()) || (e.getSQLState() != null && e.getSQLState().startsWith("28"))) {
        throw UserException.at(location, "cannot open the history database: " + e.getMessage()
            + "; check the JDBC URL and the environment variables TIEOUT_HISTORY_USER and TIEOUT_HISTORY_PASSWORD");
      }
      throw e;
    }
  }

  String location() {
    return location;
  }
}
