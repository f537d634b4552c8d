package tieout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;

/**
 * A rules folder as text, read once on the driver and shipped to every executor: executors on a
 * cluster do not see the driver's folder. {@link #parse} gives the same rule set as {@code check}'s
 * {@link RulesLoader#load}, which the driver runs first for its messages on a bad folder.
 */
public final class RulesText {
  private RulesText() {}

  /**
   * The folder's taxonomy files then its rules files, each group by name, as {@link RulesLoader#load}
   * reads them.
   *
   * @throws tieout.error.UserException as {@link RulesLoader#load} for a missing or bad folder
   */
  public static LinkedHashMap<String, String> read(Path dir) {
    RulesLoader.load(dir);
    LinkedHashMap<String, String> files = new LinkedHashMap<>();
    for (String ext : List.of(".taxonomy", ".rules")) {
      try (Stream<Path> list = Files.list(dir)) {
        for (Path file : list.filter(p -> p.getFileName().toString().endsWith(ext)
            && !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)).sorted().toList()) {
          files.put(dir.resolve(file.getFileName()).toString(), Files.readString(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static final java.util.Map<java.util.Map<String, String>, RuleSet> PARSED = new java.util.HashMap<>();

  /** The rule set of {@code files}, parsed once per executor JVM. */
  public static synchronized RuleSet parse(java.util.Map<String, String> files) {
    return PARSED.computeIfAbsent(files, RulesLoader::parse);
  }
}
