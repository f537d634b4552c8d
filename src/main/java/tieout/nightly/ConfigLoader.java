package tieout.nightly;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.error.Diagnostic;
import tieout.error.Suggestions;
import tieout.error.UserException;
import tieout.load.Limits;
import tieout.mail.Security;
import tieout.mail.SmtpSettings;

/**
 * Turns the config file and the command-line flags (which win) into a {@link NightlyConfig},
 * checking every key and value up front: each problem names its key and where it was set.
 */
public final class ConfigLoader {
  /** The only place the SMTP password is read from. */
  public static final String PASSWORD_ENV = "TIEOUT_SMTP_PASSWORD";

  /** Every key a config may set, with what it means (shown for a misspelled key). */
  static final ImmutableMap<String, String> KEYS = ImmutableMap.<String, String>builder()
      .put("name", "the job's name, e.g. Entrée Gold FY2013")
      .put("inputs", "spreadsheet files or folders, comma-separated")
      .put("rules", "the folder of *.taxonomy and *.rules files")
      .put("history", "the history: a SQLite file or a JDBC URL")
      .put("output-dir", "the folder of each run's outputs")
      .put("mail.from", "the sender address")
      .put("mail.to", "recipient addresses, comma-separated")
      .put("mail.subject-prefix", "the subject's first word")
      .put("mail.attach-report", "attach the HTML report: true or false")
      .put("mail.attach-workbooks", "attach the annotated workbooks: true or false")
      .put("mail.charts", "show failed roll-ups' charts in the body: true or false")
      .put("smtp.host", "the SMTP server")
      .put("smtp.port", "the SMTP port")
      .put("smtp.security", "none, starttls or smtps")
      .put("smtp.user", "the SMTP login")
      .put("smtp.trust", "hosts whose certificate is trusted without a CA")
      .put("smtp.timeout", "connect and read timeout")
      .put("smtp.retries", "further attempts after a transient failure")
      .put("smtp.retry-delay", "the first delay between attempts, doubled each time")
      .put("limits.max-file-size", "the largest input file read, e.g. 100MB (as --max-file-size)")
      .put("limits.max-cells", "the most cells or fields read from one file (as --max-cells)")
      .put("limits.max-facts", "the most facts in one run (as --max-facts)")
      .put("strict", "refuse the run when an input cannot be read: true or false (as --strict)")
      .build();

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

  private final Map<String, Setting> settings;
  private final boolean dryRun;
  private final Map<String, String> env;
  private final List<Diagnostic> problems = new ArrayList<>();

  private ConfigLoader(Map<String, Setting> settings, boolean dryRun, Map<String, String> env) {
    this.settings = settings;
    this.dryRun = dryRun;
    this.env = env;
  }

  /**
   * @param file the config file, if any
   * @param flags settings from the command line; they replace the file's
   * @param env the environment, for {@value #PASSWORD_ENV}
   * @throws UserException listing every bad key or value
   */
  public static NightlyConfig load(
      Optional<Path> file, List<Setting> flags, boolean dryRun, Map<String, String> env) {
    Map<String, Setting> settings = new LinkedHashMap<>(file.map(ConfigFile::read).orElse(Map.of()));
    for (Setting flag : flags) {
      settings.put(flag.key(), flag);
    }
    return new ConfigLoader(settings, dryRun, env).build();
  }

  /**
   * Where the history of a config is, for {@code tieout history}: its {@code history} key, else
   * {@code history.db} in its {@code output-dir}; the {@code --history} flag wins.
   */
  public static String historyLocation(Optional<Path> file, Optional<Setting> flag) {
    Map<String, Setting> settings = new LinkedHashMap<>(file.map(ConfigFile::read).orElse(Map.of()));
    flag.ifPresent(f -> settings.put(f.key(), f));
    return history(settings);
  }

  private static String history(Map<String, Setting> settings) {
    Path outputDir = Optional.ofNullable(settings.get("output-dir"))
        .map(s -> s.baseDir().resolve(s.value()).normalize())
        .orElse(Path.of("nightly"));
    return Optional.ofNullable(settings.get("history"))
        .map(s -> s.value().startsWith("jdbc:") ? s.value() : s.baseDir().resolve(s.value()).normalize().toString())
        .orElse(outputDir.resolve("history.db").toString());
  }

  private NightlyConfig build() {
    for (Setting s : settings.values()) {
      if (s.key().equals("smtp.password")) {
        problem(s, "the SMTP password is never read from the config; remove this line and set the "
            + "environment variable " + PASSWORD_ENV);
      } else if (!KEYS.containsKey(s.key())) {
        problem(s, "unknown key '" + s.key() + "'" + Suggestions.didYouMean(s.key(), KEYS.keySet())
            + " (known keys: " + String.join(", ", KEYS.keySet()) + ")");
      }
    }
    String name = required("name").map(Setting::value).orElse("");
    ImmutableList<Path> inputs = paths("inputs", "spreadsheets");
    Path rules = path("rules", "rules");
    if (!Files.isDirectory(rules)) {
      problems.add(Diagnostic.at(get("rules").map(Setting::location).orElse(where()),
          "rules: no such folder: " + rules + "; set rules to the folder of *.taxonomy and *.rules files"));
    }
    Path outputDir = path("output-dir", "nightly");
    String history = history(settings);
    InternetAddress from = required("mail.from").flatMap(s -> addresses(s, true).stream().findFirst())
        .orElse(null);
    ImmutableList<InternetAddress> to =
        required("mail.to").map(s -> addresses(s, false)).orElse(ImmutableList.of());
    String prefix = get("mail.subject-prefix").map(Setting::value).orElse("tieout");
    Optional<SmtpSettings> smtp = smtp();
    MailOptions mail = new MailOptions(
        flag("mail.attach-report"), flag("mail.attach-workbooks"), flag("mail.charts"));
    Limits defaults = Limits.fromSystemProperties();
    Limits limits = new Limits(
        get("limits.max-file-size").map(v -> limit(v, true)).orElse(defaults.maxFileBytes()),
        get("limits.max-cells").map(v -> limit(v, false)).orElse(defaults.maxCells()),
        get("limits.max-facts").map(v -> limit(v, false)).orElse(defaults.maxFacts()));
    if (!problems.isEmpty()) {
      throw new UserException(problems);
    }
    return new NightlyConfig(name, inputs, rules, history, outputDir, from, to, prefix, smtp, dryRun, mail, limits,
        get("strict").isPresent() && flag("strict"));
  }

  private Optional<SmtpSettings> smtp() {
    Optional<Setting> host = get("smtp.host");
    if (host.isEmpty()) {
      if (!dryRun) {
        problems.add(Diagnostic.at(where(), "smtp.host is missing; set the SMTP server (or use --dry-run)"));
      }
      return Optional.empty();
    }
    Security security = get("smtp.security").map(this::security).orElse(Security.STARTTLS);
    int port = get("smtp.port").map(s -> integer(s, 1, 65535)).orElse(security.defaultPort());
    Optional<String> user = get("smtp.user").map(Setting::value).filter(u -> !u.isEmpty());
    Optional<String> password = Optional.ofNullable(env.get(PASSWORD_ENV)).filter(p -> !p.isEmpty());
    if (user.isPresent() && password.isEmpty() && !dryRun) {
      problem(get("smtp.user").get(), "smtp.user is set but the environment variable " + PASSWORD_ENV
          + " is empty; export the password there (it is never read from the config or the command line)");
    }
    Optional<String> trust = get("smtp.trust").map(Setting::value).filter(t -> !t.isEmpty());
    Duration timeout = get("smtp.timeout").map(this::duration).orElse(Duration.ofSeconds(30));
    int retries = get("smtp.retries").map(s -> integer(s, 0, 20)).orElse(3);
    Duration delay = get("smtp.retry-delay").map(this::duration).orElse(Duration.ofSeconds(30));
    if (port <= 0 || host.get().value().isBlank()) {
      if (host.get().value().isBlank()) {
        problem(host.get(), "smtp.host is empty; give the SMTP server's name");
      }
      return Optional.empty();
    }
    return Optional.of(new SmtpSettings(
        host.get().value(), port, security, user, password, trust, timeout, retries, delay));
  }

  private Optional<Setting> get(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  private Optional<Setting> required(String key) {
    Optional<Setting> s = get(key).filter(v -> !v.value().isBlank());
    if (s.isEmpty()) {
      problems.add(Diagnostic.at(get(key).map(Setting::location).orElse(where()),
          key + " is missing; set " + key + " (" + KEYS.get(key) + ")"));
    }
    return s;
  }

  /** Where a missing key should have been: the config file, or the command line. */
  private String where() {
    return settings.values().stream()
        .filter(s -> s.location().contains(":"))
        .findFirst()
        .map(s -> s.location().substring(0, s.location().lastIndexOf(':')))
        .orElse("nightly configuration");
  }

  private Path path(String key, String fallback) {
    return get(key).map(s -> s.baseDir().resolve(s.value()).normalize()).orElse(Path.of(fallback));
  }

  private ImmutableList<Path> paths(String key, String fallback) {
    Optional<Setting> s = get(key);
    if (s.isEmpty()) {
      return ImmutableList.of(Path.of(fallback));
    }
    ImmutableList.Builder<Path> out = ImmutableList.builder();
    for (String part : s.get().value().split(",")) {
      if (part.isBlank()) {
        continue;
      }
      Path p = s.get().baseDir().resolve(part.strip()).normalize();
      if (!Files.exists(p)) {
        problem(s.get(), key + ": no such file or folder: " + p);
      }
      out.add(p);
    }
    ImmutableList<Path> list = out.build();
    if (list.isEmpty()) {
      problem(s.get(), key + " is empty; give spreadsheet files or folders, comma-separated");
    }
    return list;
  }

  private ImmutableList<InternetAddress> addresses(Setting s, boolean single) {
    try {
      InternetAddress[] parsed = InternetAddress.parse(s.value(), true);
      for (InternetAddress a : parsed) {
        a.validate();
      }
      if (parsed.length == 0) {
        problem(s, s.key() + " is empty; give an address such as tieout@example.com");
      } else if (single && parsed.length > 1) {
        problem(s, s.key() + " must be one address, found " + parsed.length);
      }
      return ImmutableList.copyOf(parsed);
    } catch (AddressException e) {
      problem(s, s.key() + ": expected an email address such as controller@example.com, found \""
          + s.value() + "\" (" + e.getMessage() + ")");
      return ImmutableList.of();
    }
  }

  /** A switch that is on unless set to false (or no, off). */
  private boolean flag(String key) {
    Optional<Setting> s = get(key);
    if (s.isEmpty()) {
      return true;
    }
    String v = s.get().value().strip().toLowerCase(Locale.ROOT);
    if (List.of("true", "yes", "on").contains(v)) {
      return true;
    }
    if (List.of("false", "no", "off").contains(v)) {
      return false;
    }
    problem(s.get(), key + ": expected true or false, found \"" + s.get().value() + "\"");
    return true;
  }

  private Security security(Setting s) {
    try {
      return Security.valueOf(s.value().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(s, "smtp.security: expected none, starttls or smtps, found \"" + s.value() + "\"");
      return Security.STARTTLS;
    }
  }

  private int integer(Setting s, int min, int max) {
    try {
      int v = Integer.parseInt(s.value().strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(s, s.key() + ": expected a whole number from " + min + " to " + max + ", found \"" + s.value() + "\"");
    return -1;
  }

  private Duration duration(Setting s) {
    Matcher m = DURATION.matcher(s.value().strip());
    if (!m.matches()) {
      problem(s, s.key() + ": expected a duration such as 30s, 2m or 500ms, found \"" + s.value() + "\"");
      return Duration.ZERO;
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofSeconds(n);
    };
  }

  /** A size ({@code 100MB}) or a count, as the command-line limit flags take them. */
  private long limit(Setting s, boolean size) {
    try {
      return size ? Limits.parseSize(s.value(), s.key()) : Limits.parseCount(s.value(), s.key());
    } catch (UserException e) {
      problem(s, s.key() + ": " + (size ? "expected a positive size such as 5000000, 500k, 100MB or 2G"
          : "expected a positive whole number such as 1000000") + ", found \"" + s.value() + "\"");
      return 1;
    }
  }

  private void problem(Setting s, String message) {
    problems.add(Diagnostic.at(s.location(), message));
  }
}
