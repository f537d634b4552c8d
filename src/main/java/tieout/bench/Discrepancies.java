package tieout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The failed checks of a run, each as {@code RULE|entity|period|dimensions}: read from the
 * manifest of a synthetic ledger (what was planted) or from a text report (what was found).
 */
final class Discrepancies {
  private Discrepancies() {}

  /** The checks the manifest says the plants break. */
  static Set<String> planted(Path manifest) throws IOException {
    Set<String> keys = new TreeSet<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      keys.add(f[7] + "|" + f[1] + "|" + f[8] + "|" + f[9]);
    }
    return keys;
  }

  /**
   * The failed checks of a text report: each {@code FAIL RULE (severity) message} line is followed
   * by {@code entity · period[ · dimensions]}.
   */
  static Set<String> found(Path report) throws IOException {
    Set<String> keys = new TreeSet<>();
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("FAIL ")) {
        String rule = line.substring(5, line.indexOf(' ', 5));
        String[] context = lines.get(i + 1).strip().split(" · ", -1);
        keys.add(rule + "|" + context[0] + "|" + context[1] + "|" + (context.length > 2 ? context[2] : ""));
      }
    }
    return keys;
  }
}
