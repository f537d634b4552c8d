package tieout.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tieout.cli.Main;

/**
 * One {@code tieout check} run in a scratch folder, with the checks every hostile input must pass:
 * no input changed (SHA-256 of every file under the folder before and after, the report aside), no
 * stack trace on stderr, and on failure no report and no temporary file left in the output folder.
 *
 * <p>The folder holds {@code rules/} (a copy of the sample rules), {@code in/} for inputs and an
 * empty {@code out/}; the report goes to {@code out/report.<format>}.
 */
final class HostileRun {
  final Path dir;
  final Path rules;
  final Path in;
  final Path out;

  HostileRun(Path dir) {
    this.dir = dir;
    this.rules = dir.resolve("rules");
    this.in = dir.resolve("in");
    this.out = dir.resolve("out");
    try {
      Files.createDirectories(in);
      Files.createDirectories(out);
      copyFolder(Path.of("rules"), rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a run printed and returned. */
  record Result(int exit, String stdout, String stderr, Path report) {
    boolean reportExists() {
      return Files.exists(report);
    }
  }

  /** Writes {@code bytes} as {@code in/name} and returns its path. */
  Path input(String name, byte[] bytes) throws IOException {
    Path file = in.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  /** Runs {@code check ARGS --rules rules --output out/report.json} and checks the invariants. */
  Result check(String... args) {
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(List.of(args));
    if (!all.contains("--rules")) {
      all.addAll(List.of("--rules", rules.toString()));
    }
    Path report = out.resolve("report.json");
    if (!all.contains("--output")) {
      all.addAll(List.of("--format", "json", "--output", report.toString()));
    }
    Map<String, String> before = checksums();
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = Main.run(all.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr));
    Map<String, String> after = checksums();
    Result result = new Result(exit, stdout.toString(), stderr.toString().replace(dir + "/", "$DIR/"), report);
    assertThat("inputs changed by " + all, after, is(before));
    assertThat(result.stderr(), not(containsString("at tieout.")));
    assertThat(result.stderr(), not(containsString("Exception")));
    assertThat(result.stderr(), not(containsString("internal error")));
    if (exit >= 2) {
      assertThat("files left in out/ after exit " + exit + ": " + result.stderr(), listing(out), empty());
    }
    return result;
  }

  /** The file names in a folder, temporary files included. */
  static List<String> listing(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 of every file under the run's folder except out/. */
  private Map<String, String> checksums() {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).filter(p -> !p.startsWith(out)).toList()) {
        sums.put(dir.relativize(file).toString(), sha256(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sums;
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
