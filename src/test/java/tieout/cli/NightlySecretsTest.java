package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tieout.nightly.ConfigLoader;

/**
 * The SMTP password from the environment reaches the SMTP server and nothing else: not stdout,
 * stderr, the .eml, the history database, the run's outputs or any exception, whether the login
 * succeeds, is refused or the server is down.
 */
class NightlySecretsTest {
  private static final String SECRET = "Zq7-hunter2-SECRET-xK9";
  private static final String WRONG = "Wr0ng-PASSWORD-pq3";

  @TempDir Path dir;
  private GreenMail greenMail;
  private final List<Throwable> thrown = new ArrayList<>();

  private record Run(int code, String out, String err) {}

  @AfterEach
  void stop() {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  private int startServer() {
    ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
    setup.setServerStartupTimeout(20_000);
    greenMail = new GreenMail(setup);
    greenMail.start();
    greenMail.setUser("nightly@example.com", "nightly", SECRET);
    return greenMail.getSmtp().getPort();
  }

  private Run nightly(int port, String password) throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    for (String f : List.of("entree-gold-2013.xlsx", "entree-gold-balance-sheets.csv")) {
      if (!Files.exists(inputs.resolve(f))) {
        Files.copy(Path.of("spreadsheets", f), inputs.resolve(f));
      }
    }
    Path config = Files.write(dir.resolve("nightly.properties"), List.of(
        "name = Entrée Gold FY2013", "inputs = inputs", "rules = " + Path.of("rules").toAbsolutePath(),
        "output-dir = out", "mail.from = tieout@example.com", "mail.to = controller@example.com",
        "smtp.host = 127.0.0.1", "smtp.port = " + port, "smtp.security = none", "smtp.user = nightly",
        "smtp.retries = 1", "smtp.retry-delay = 10ms", "smtp.timeout = 2s"), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new NightlyCommand(Map.of(ConfigLoader.PASSWORD_ENV, password)));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler((ex, cmd, parse) -> {
      thrown.add(ex);
      return ExitCodes.INTERNAL_ERROR;
    });
    int code = cli.execute("--config", config.toString());
    return new Run(code, out.toString(), err.toString());
  }

  /** Neither password, nor its base64 (AUTH PLAIN/LOGIN carry it so), anywhere we can look. */
  private void assertNoSecret(Run run) throws IOException {
    assertThat(thrown, is(empty()));
    List<String> forms = new ArrayList<>();
    for (String p : List.of(SECRET, WRONG)) {
      forms.add(p);
      forms.add(Base64.getEncoder().encodeToString(p.getBytes(StandardCharsets.UTF_8)));
      forms.add(Base64.getEncoder().encodeToString(("\0nightly\0" + p).getBytes(StandardCharsets.UTF_8)));
    }
    for (String form : forms) {
      assertThat("stdout", run.out().contains(form), is(false));
      assertThat("stderr", run.err().contains(form), is(false));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("out"))) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    // history.db (and its WAL files), findings.csv, report.html, variance.*, annotated copies, .eml.
    assertThat(files.size(), greaterThan(5));
    for (Path file : files) {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String form : forms) {
        assertThat(file.toString(), bytes.contains(form), is(false));
      }
    }
  }

  @Test
  void successfulLogin() throws IOException {
    Run run = nightly(startServer(), SECRET);
    assertThat(run.err(), run.code(), is(1));
    assertThat(run.out(), containsString("email sent to controller@example.com"));
    assertThat(greenMail.getReceivedMessages().length, is(1));
    assertNoSecret(run);
    // The loaded config (its SMTP settings hold the password) prints masked, should it ever be logged.
    String config = ConfigLoader.load(java.util.Optional.of(dir.resolve("nightly.properties")), List.of(), false,
        Map.of(ConfigLoader.PASSWORD_ENV, SECRET)).toString();
    assertThat(config, containsString("password=(set)"));
    assertThat(config.contains(SECRET), is(false));
  }

  @Test
  void refusedLogin() throws IOException {
    Run run = nightly(startServer(), WRONG);
    assertThat(run.code(), is(4));
    assertThat(run.err(), containsString("tieout nightly: email not sent (permanent failure: "));
    assertThat(Files.exists(dir.resolve("out").resolve(onlyRun()).resolve("variance.eml")), is(true));
    assertNoSecret(run);
  }

  @Test
  void serverDown() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Run run = nightly(port, SECRET);
    assertThat(run.code(), is(4));
    assertThat(run.err(), containsString("tieout nightly: email not sent (gave up after 2 attempts: "));
    assertThat(Files.exists(dir.resolve("out").resolve(onlyRun()).resolve("variance.eml")), is(true));
    assertNoSecret(run);
  }

  private String onlyRun() throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("run-")).findFirst().orElseThrow();
    }
  }
}
