package tieout.history;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tieout.error.UserException;
import tieout.testing.Postgres;

/** The history contract on a real PostgreSQL server (started by the tests), and what is PostgreSQL's own. */
class PostgresHistoryStoreTest extends HistoryStoreContract {
  private String url;

  @BeforeEach
  void newDatabase() {
    url = Postgres.newDatabase();
  }

  @Override
  String location() {
    return url;
  }

  @Override
  Map<String, String> env() {
    return Postgres.env();
  }

  @Override
  Connection raw() throws SQLException {
    return DriverManager.getConnection(url, Postgres.USER, "");
  }

  @Test
  void aRunWhoseServerConnectionIsKilledMidTransactionLeavesTheHistoryAsItWas() {
    HistoryStore store = store();
    store.record("job", findings(), NIGHT1, ZoneOffset.UTC, RecordListener.NONE);
    // After 50 findings are written, the server process serving the run is ended, as a crash of
    // the machine running tieout (or the network between) would end it.
    int[] ended = new int[1];
    RecordListener killed = (written, total) -> {
      if (written == 50) {
        ended[0] = Postgres.terminateConnections(url);
      }
    };
    HistoryException e = assertThrows(HistoryException.class,
        () -> store.record("job", passing("IS-Q2Y", "ExplorationExpense"), NIGHT2, ZoneOffset.UTC, killed));

    assertThat(ended[0], is(1));
    assertThat(e.getMessage(), startsWith("cannot record the run in " + url + ": "));
    assertTheDeadRunLeftNoTrace(store);
  }

  @Test
  void aDatabaseThatDoesNotExistIsAUserError() {
    String missing = url + "_missing";

    UserException e = assertThrows(UserException.class, () -> HistoryStore.open(missing, Postgres.env()));

    assertThat(e.getMessage(), startsWith(missing + ": error: cannot open the history database: "));
    assertThat(e.getMessage(), containsString("does not exist; check the JDBC URL and the environment variables"
        + " TIEOUT_HISTORY_USER and TIEOUT_HISTORY_PASSWORD"));
  }
}
