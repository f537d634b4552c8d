package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tieout.error.Diagnostic;
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
          rulesDir.toString(), "rules folder not found: expected a folder of *.taxonomy and *.rules files; name one"
          + " with --rules DIR (tieout's own rules/us-gaap holds checks for US GAAP filings and SEC data sets)");
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
    List<Diagnostic> ignored = ignoredFiles(rulesDir);
    if (rules.isEmpty()) {
      throw UserException.at(
          rulesDir.toString(),
          "no *.rules file in the rules folder: add at least one, e.g. '" + rulesDir.resolve("checks.rules") + "'"
              + lookalikes(ignored));
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Path file : ImmutableList.<Path>builder().addAll(taxonomies).addAll(rules).build()) {
      files.put(rulesDir.resolve(file.getFileName()).toString(), read(file, rulesDir));
    }
    try {
      return parse(files);
    } catch (UserException e) {
      if (taxonomies.isEmpty()) {
        noTaxonomy(rulesDir, e, ignored);
      }
      throw e;
    }
  }

  private static final Pattern UNKNOWN_CONCEPT = Pattern.compile("^unknown concept '([^']*)'");

  /**
   * Without a taxonomy every concept a rule names is unknown: one message saying what is missing,
   * rather than one "unknown concept" per concept (87 for the us-gaap rules).
   */
  private static void noTaxonomy(Path rulesDir, UserException e, List<Diagnostic> ignored) {
    Set<String> unknown = new LinkedHashSet<>();
    for (Diagnostic d : e.diagnostics()) {
      Matcher m = UNKNOWN_CONCEPT.matcher(d.message());
      if (m.find()) {
        unknown.add(m.group(1));
      }
    }
    if (unknown.isEmpty()) {
      return;
    }
    List<String> some = unknown.stream().limit(3).map(n -> "'" + n + "'").toList();
    throw UserException.at(rulesDir.toString(), "no *.taxonomy file in the rules folder, so the " + unknown.size()
        + (unknown.size() == 1 ? " concept" : " concepts") + " its rules name (" + String.join(", ", some)
        + (unknown.size() > 3 ? ", ..." : "") + ") are unknown: add the .taxonomy file that declares them"
        + " (for SEC filings, rules/us-gaap/us-gaap.taxonomy)" + lookalikes(ignored));
  }

  /** {@code ; x.rule is not read: ...} for each look-alike, or nothing. */
  private static String lookalikes(List<Diagnostic> ignored) {
    StringBuilder s = new StringBuilder();
    for (Diagnostic d : ignored) {
      s.append("; ").append(Path.of(d.location()).getFileName()).append(" is ").append(d.message());
    }
    return s.toString();
  }

  /**
   * Files of {@code rulesDir} whose names look like rules or a taxonomy but are not read, because
   * only names ending exactly in {@code .rules} and {@code .taxonomy} are: {@code x.rule},
   * {@code x.rules.txt}, {@code x.taxonomy.bak}, {@code X.RULES}. Each is named with what to do.
   * An unreadable or missing folder has none (loading it says why).
   */
  public static List<Diagnostic> ignoredFiles(Path rulesDir) {
    List<Diagnostic> ignored = new ArrayList<>();
    if (!Files.isDirectory(rulesDir)) {
      return ignored;
    }
    List<Path> entries;
    try {
      entries = list(rulesDir);
    } catch (UserException e) {
      return ignored;
    }
    for (Path file : entries) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") || name.endsWith(TAXONOMY) || name.endsWith(RULES) || !Files.isRegularFile(file)) {
        continue;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      int rule = lower.indexOf(".rule");
      int taxonomy = lower.indexOf(".taxonom");
      if (rule < 0 && taxonomy < 0) {
        continue;
      }
      String suffix = rule >= 0 ? RULES : TAXONOMY;
      String target = name.substring(0, rule >= 0 ? rule : taxonomy) + suffix;
      String what = Files.exists(rulesDir.resolve(target))
          ? "not read: only names ending in " + suffix + " are (" + target + " is)"
          : "not read: only names ending in " + suffix + " are; rename it to " + target + " to read it";
      ignored.add(Diagnostic.at(rulesDir.resolve(name).toString(), what));
    }
    return ignored;
  }

  /**
   * Reads rule and taxonomy texts given as path to text, in order; the paths are only used in
   * messages. Any file may declare taxonomy and rules: every concept is known before any rule is
   * checked. The Spark job reads its rules this way (from files it fetched itself).
   *
   * @throws UserException listing every mistake of every file
   */
  public static RuleSet parse(Map<String, String> files) {
    RuleErrors problems = new RuleErrors(List.copyOf(files.keySet()));
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
