package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tieout.error.UserException;

/** The golden files of {@code src/test/resources/rules/errors}; see the README there. */
class RulesGoldenFilesTest {
  private static final Path DIR = Path.of("src/test/resources/rules/errors");

  static List<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".rules"))
          .map(name -> name.substring(0, name.length() - ".rules".length()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedText(String name) throws IOException {
    String rules = Files.readString(DIR.resolve(name + ".rules"), StandardCharsets.UTF_8);
    String expected = Files.readString(DIR.resolve(name + ".expected"), StandardCharsets.UTF_8);
    assertThat(expected, endsWith("\n"));
    UserException e =
        assertThrows(UserException.class, () -> RulesLoader.parse(Map.of(name + ".rules", rules)));
    assertThat(e.getMessage(), is(expected.substring(0, expected.length() - 1)));
  }

  @Test
  void everyExpectedFileHasItsRulesFile() throws IOException {
    List<String> cases = cases();
    try (Stream<Path> files = Files.list(DIR)) {
      for (String name : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected")).toList()) {
        assertThat(name, cases.contains(name.substring(0, name.length() - ".expected".length())), is(true));
      }
    }
    assertThat(cases.size(), greaterThanOrEqualTo(8));
  }
}
