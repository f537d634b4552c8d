package tieout.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.rules.RulesLoader;

/**
 * Fuzz target for the rule language: any text, read as a rules file next to the sample taxonomy,
 * either parses or throws a {@link UserException} whose every diagnostic points into the files.
 */
class RuleParserFuzzTest {
  private static final String TAXONOMY_FILE = "rules/entree-gold.taxonomy";
  private static final String RULES_FILE = "fuzz.rules";
  private static final String TAXONOMY = read(Path.of(TAXONOMY_FILE));

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] data) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(TAXONOMY_FILE, TAXONOMY);
    files.put(RULES_FILE, FuzzInputs.text(data));
    try {
      RulesLoader.parse(files);
    } catch (UserException e) {
      for (Diagnostic d : e.diagnostics()) {
        if (!d.location().startsWith(RULES_FILE) && !d.location().startsWith(TAXONOMY_FILE)) {
          throw new AssertionError("diagnostic without a place in the files: " + d.format());
        }
      }
    }
  }
}
