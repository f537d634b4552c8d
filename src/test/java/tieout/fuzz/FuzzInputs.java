package tieout.fuzz;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Taxonomy;

/** Helpers shared by the fuzz targets: turning raw bytes into text and checking user errors. */
final class FuzzInputs {
  private static Taxonomy sample;

  private FuzzInputs() {}

  /** The bytes as UTF-8 text; malformed sequences become U+FFFD, as a lenient reader would see them. */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** The bundled sample's taxonomy (the repo's {@code rules/}), read once per JVM. */
  static synchronized Taxonomy sampleTaxonomy() {
    if (sample == null) {
      sample = RulesLoader.load(Path.of("rules")).taxonomy();
    }
    return sample;
  }

  /** Every diagnostic of a user error must say where: its location starts with the file's name. */
  static void assertLocated(UserException e, String fileName) {
    for (Diagnostic d : e.diagnostics()) {
      assertThat(d.format(), d.location(), startsWith(fileName));
    }
  }
}
