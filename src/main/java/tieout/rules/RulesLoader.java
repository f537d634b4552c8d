package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tieout.error.UserException;

/**
 * Reads a rules folder into a {@link RuleSet}: the taxonomy and the rules, checked together.
 *
 * <pre>
 * RuleSet rules = RulesLoader.load(Path.of("rules"));
 * </pre>
 *
 * <p>Every mistake in every file is reported in one {@link UserException}, one diagnostic each, in
 * file order, like a compiler. See {@code docs/rules.md} for the language.
 */
public final class RulesLoader {
  private static final String TAXONOMY = ".taxonomy";
  private static final String RULES = ".rules";

  private RulesLoader() {}

  /**
   * Reads every {@code *.taxonomy} file and then every {@code *.rules} file of {@code rulesDir}, each
   * group sorted by name; subfolders and hidden files are not read. Positions name each file as
   * {@code rulesDir} joined with the file name, e.g. {@code rules/balance.rules}.
   *
   * @throws UserException if the folder is missing, holds no {@code .rules} file, a file cannot be
   *     read, or any declaration is wrong
   */
  /** A rules folder's files are hand-written text: ten megabytes is far beyond any real one. */
  static final long MAX_FILE_BYTES = 10_000_000;

  public static RuleSet load(Path rulesDir) {
    if (!Files.exists(rulesDir)) {
      throw UserException.at(
          rulesDir.toString(), "rules folder not found: expected a folder of *.taxonomy and *.rules files");
    }
    if (!Files.isDirectory(rulesDir)) {
      throw UserException.at(
          rulesDir.toString(), "expected a folder of *.taxonomy and *.rules files, found a file");
    }
    List<Path> taxonomies = new ArrayList<>();
    List<Path> rules = new ArrayList<>();
    for (Path file : list(rulesDir)) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") || !Files.isRegularFile(file)) {
        continue;
      }
      if (name.endsWith(TAXONOMY)) {
        taxonomies.add(file);
      } else if (name.endsWith(RULES)) {
        rules.add(file);
      }
    }
    if (rules.isEmpty()) {
      throw UserException.at(
          rulesDir.toString(),
          "no *.rules file in the rules folder: add at least one, e.g. '" + rulesDir.resolve("checks.rules") + "'");
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Path file : ImmutableList.<Path>builder().addAll(taxonomies).addAll(rules).build()) {
      files.put(rulesDir.resolve(file.getFileName()).toString(), read(file, rulesDir));
    }
    return parse(files);
  }

  /**
   * Reads rule and taxonomy texts given as path to text, in order; the paths are only used in
   * messages. Any file may declare taxonomy and rules: every concept is known before any rule is
   * checked.
   *
   * @throws UserException listing every mistake of every file
   */
  public static RuleSet parse(Map<String, String> files) {
    Problems problems = new Problems(List.copyOf(files.keySet()));
    List<Decl> decls = new ArrayList<>();
    files.forEach((path, text) -> decls.addAll(new Parser(SourceFile.of(path, text), problems).parseFile()));
    TaxonomyResolver.Result taxonomy = TaxonomyResolver.resolve(decls, problems);
    ImmutableList<Rule> rules = new RuleResolver(taxonomy, problems).resolve(decls);
    SummationCycles.check(rules, problems);
    problems.throwIfAny();
    return new RuleSet(taxonomy.taxonomy(), rules);
  }

  /** The folder's entries sorted by file name. */
  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
    } catch (IOException e) {
      throw UserException.at(dir.toString(), "cannot list the rules folder: " + e.getMessage());
    }
  }

  private static String read(Path file, Path rulesDir) {
    String shown = rulesDir.resolve(file.getFileName()).toString();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        // Rules are written by hand: a file this large is not one, and reading it could exhaust memory.
        throw UserException.at(shown, "expected a rule or taxonomy file of at most " + MAX_FILE_BYTES / 1_000_000
            + " MB, found " + String.format(java.util.Locale.ROOT, "%,d", size)
            + " bytes: is this really a rules file? Keep data out of the rules folder");
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw UserException.at(shown, "expected UTF-8 text, found bytes that are not UTF-8: save the file as UTF-8");
    } catch (IOException e) {
      throw UserException.at(shown, "cannot read the file: " + e.getMessage());
    }
  }
}
