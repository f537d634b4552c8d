package tieout.history;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
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
}
