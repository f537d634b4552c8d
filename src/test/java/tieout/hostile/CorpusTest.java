package tieout.hostile;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text corpus of bad input: every {@code NAME.csv} under {@code src/test/resources/hostile/csv}
 * is checked with the sample rules, every {@code NAME.rules} under {@code hostile/rules} is added to a
 * copy of the sample rules and checked against the sample spreadsheets. What the run prints must be
 * exactly {@code NAME.expected}: {@code exit N}, then {@code --- stdout} and {@code --- stderr} with
 * what each stream held ({@code $DIR} stands for the scratch folder). {@link HostileRun} adds the
 * invariants: no input changed, no stack trace, no report or temporary file after a failure.
 *
 * <p>To add a case, write the input, run this test with {@code -Dhostile.writeMissing=true} once to
 * write its {@code .expected} file, and read that file line by line before committing it.
 *
 * <p>CSV inputs run with {@code --strict} for the expected output (problems in the data refused,
 * exit 2), then without it, where the same messages must be the report's {@code unreadable}
 * findings and the run must exit 1.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");

  static Stream<String> csvInputs() {
    return names("csv", ".csv");
  }

  static Stream<String> ruleFiles() {
    return names("rules", ".rules");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvInputs")
  void csvInput(String name, @TempDir Path dir) throws IOException {
    HostileRun run = new HostileRun(dir);
    Path input = run.input(name, Files.readAllBytes(CORPUS.resolve("csv").resolve(name)));
    HostileRun.Result strict = run.check(input.toString(), "--strict");
    compare(CORPUS.resolve("csv"), name, strict, run);
    // Without --strict the same messages are findings: exit 1, the report written, nothing refused.
    HostileRun.Result lenient = run.check(input.toString());
    if (strict.exit() == 2) {
      assertThat(name, lenient.exit(), is(1));
      assertThat(name, unreadable(lenient.report()), is(errors(strict.stderr())));
    } else {
      assertThat(name, lenient.exit(), is(strict.exit()));
      assertThat(name, unreadable(lenient.report()), is(List.of()));
    }
  }

  /** Each {@code LOCATION: error: MESSAGE} line of a refusal, as {@code LOCATION: MESSAGE}. */
  static List<String> errors(String stderr) {
    return stderr.lines().filter(l -> l.contains(": error: ")).map(l -> l.replaceFirst(": error: ", ": ")).toList();
  }

  /** The report's {@code unreadable} findings as {@code LOCATION: MESSAGE}. */
  static List<String> unreadable(Path report) throws IOException {
    JsonArray all = JsonParser.parseString(Files.readString(report)).getAsJsonObject().getAsJsonArray("unreadable");
    List<String> lines = new ArrayList<>();
    for (JsonElement e : all) {
      JsonObject o = e.getAsJsonObject();
      assertThat(o.get("status").getAsString(), is("UNREADABLE"));
      assertThat(o.get("severity").getAsString(), is("error"));
      lines.add(o.get("location").getAsString() + ": " + o.get("message").getAsString());
    }
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void ruleFile(String name, @TempDir Path dir) throws IOException {
    HostileRun run = new HostileRun(dir);
    Files.copy(CORPUS.resolve("rules").resolve(name), run.rules.resolve(name));
    HostileRun.copyFolder(Path.of("spreadsheets"), run.in);
    compare(CORPUS.resolve("rules"), name, run.check(run.in.toString()), run);
  }

  private static void compare(Path folder, String name, HostileRun.Result result, HostileRun run) throws IOException {
    String actual = "exit " + result.exit() + "\n--- stdout\n" + result.stdout().replace(run.dir + "/", "$DIR/")
        + "--- stderr\n" + result.stderr();
    Path expected = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected");
    if (!Files.exists(expected) && Boolean.getBoolean("hostile.writeMissing")) {
      Files.writeString(expected, actual);
    }
    assertThat(name, actual, is(Files.readString(expected, StandardCharsets.UTF_8)));
    assertThat("report after exit " + result.exit(), result.reportExists(), is(result.exit() < 2));
  }

  private static Stream<String> names(String folder, String suffix) {
    try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
