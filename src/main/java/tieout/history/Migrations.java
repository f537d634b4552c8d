package tieout.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import tieout.error.UserException;

/**
 * Brings a history database to the current schema: a {@code tieout_schema} table records each
 * applied version; the missing scripts (resources {@code V<n>__*.sql}, in order) run in one
 * transaction, so a database is never left half-migrated.
 */
final class Migrations {
  /** Every schema script, oldest first; append new versions, never edit applied ones. */
  static final List<String> SCRIPTS = List.of("V1__runs_and_findings.sql");

  /** PostgreSQL advisory lock key held while migrating (any constant; "tieout" in ASCII). */
  private static final long ADVISORY_LOCK = 0x7469656f7574L;

  private Migrations() {}

  static int latest() {
    return SCRIPTS.size();
  }

  /** Applies the scripts the database lacks; the connection must not be in auto-commit mode. */
  static void migrate(Connection c, String location) throws SQLException {
    if (Connections.isPostgres(c)) {
      // Two first runs at once would both create the tables (and one fail on PostgreSQL's
      // catalog): a transaction-scoped lock makes the second wait and find them made.
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK + ")");
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS tieout_schema ("
              + "version INTEGER NOT NULL PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current = currentVersion(c);
    if (current > latest()) {
      throw UserException.at(
          location,
          "the history database has schema version " + current + " but this tieout knows versions up to "
              + latest() + "; run a newer tieout, or point history at another database");
    }
    for (int v = current + 1; v <= latest(); v++) {
      String script = SCRIPTS.get(v - 1);
      try (Statement s = c.createStatement()) {
        for (String sql : statements(read(script))) {
          s.execute(sql);
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO tieout_schema (version, script, applied_at) VALUES (?, ?, ?)")) {
        p.setInt(1, v);
        p.setString(2, script);
        p.setString(3, Instant.now().toString());
        p.executeUpdate();
      }
    }
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM tieout_schema")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String script) {
    StringBuilder current = new StringBuilder();
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("migration script missing from the jar: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration script " + script, e);
    }
  }
}
