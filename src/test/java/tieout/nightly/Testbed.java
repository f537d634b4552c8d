package tieout.nightly;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.cli.Main;

/**
 * A nightly job in a temporary folder: a copy of the bundled sample as its inputs, a config file
 * written line by line, and runs of {@code tieout nightly} through {@link Main#run}.
 */
final class Testbed {
  final Path dir;
  final Path inputs;
  final Path config;

  /** The exit code and what the command printed. */
  record Result(int code, String out, String err) {}

  Testbed(Path dir) throws IOException {
    this.dir = dir;
    this.inputs = Files.createDirectories(dir.resolve("inputs"));
    for (String f : List.of("entree-gold-2013.xlsx", "entree-gold-balance-sheets.csv")) {
      Files.copy(Path.of("spreadsheets", f), inputs.resolve(f));
    }
    this.config = dir.resolve("nightly.properties");
  }

  /** Writes the config: the sample, the repo's rules, outputs in {@code out/}, plus {@code lines}. */
  Testbed config(String... lines) throws IOException {
    List<String> all = new ArrayList<>(List.of(
        "name = Entrée Gold FY2013",
        "inputs = inputs",
        "rules = " + Path.of("rules").toAbsolutePath(),
        "output-dir = out",
        "mail.from = tieout@example.com",
        "mail.to = controller@example.com, cfo@example.com"));
    all.addAll(List.of(lines));
    Files.write(config, all, StandardCharsets.UTF_8);
    return this;
  }

  Result nightly(String... extra) {
    List<String> args = new ArrayList<>(List.of("nightly", "--config", config.toString()));
    args.addAll(List.of(extra));
    return cli(args.toArray(new String[0]));
  }

  static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /** The config as the job would load it, with {@code env} as the environment. */
  NightlyConfig load(Map<String, String> env) {
    return ConfigLoader.load(Optional.of(config), List.of(), false, env);
  }

  /** The single run folder under {@code out/}. */
  Path runDir() throws IOException {
    try (var s = Files.list(dir.resolve("out"))) {
      List<Path> runs = s.filter(p -> p.getFileName().toString().startsWith("run-")).sorted().toList();
      return runs.get(runs.size() - 1);
    }
  }
}
