package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;

/** Reading a rules folder: which files, in which order, and the paths shown in messages. */
class RulesLoaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void readsTaxonomiesFirstThenRulesEachSortedByName() throws IOException {
    write("b.rules", "rule B \"b\" assert Z >= 0\n");
    write("a.rules", "rule A \"a\" assert Y >= 0\nconcept Z monetary instant\n");
    write("z.taxonomy", "concept Y monetary instant\n");
    write("m.taxonomy", "concept X monetary instant\n");
    RuleSet set = RulesLoader.load(dir);
    assertThat(set.taxonomy().concepts().keySet(), contains("X", "Y", "Z"));
    assertThat(set.rules().stream().map(Rule::id).toList(), contains("A", "B"));
    assertThat(
        set.rules().get(1).header().pos(),
        is(new SourcePos(dir.resolve("b.rules").toString(), 1, 6, "rule B \"b\" assert Z >= 0")));
  }

  @Test
  void ignoresSubfoldersHiddenAndOtherFiles() throws IOException {
    write("checks.rules", "concept A monetary duration\nrule R \"r\" rollup quarters of A\n");
    write("old/checks.rules", "this is not read");
    write(".#checks.rules", "nor is this");
    write("notes.txt", "nor this");
    write("checks.rules.bak", "nor this");
    assertThat(RulesLoader.load(dir).rules().size(), is(1));
  }

  @Test
  void pathsInMessagesAreTheFolderAsGivenJoinedWithTheFileName() throws IOException {
    write("rules/balance.rules", "rule BS \"b\"\n  assert TotalAsets = 0\n");
    write("rules/balance.taxonomy", "concept TotalAssets monetary instant\n");
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rules"));
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(relative));
    assertThat(
        e.getMessage(),
        is(
            relative.resolve("balance.rules")
                + ":2:10: error: unknown concept 'TotalAsets'; did you mean 'TotalAssets'?\n"
                + "    assert TotalAsets = 0\n"
                + "           ^"));
  }

  @Test
  void missingFolder() {
    Path missing = dir.resolve("nope");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(missing));
    assertThat(
        e.getMessage(),
        is(missing + ": error: rules folder not found: expected a folder of *.taxonomy and *.rules files; name one"
            + " with --rules DIR (tieout's own rules/us-gaap holds checks for US GAAP filings and SEC data sets)"));
  }

  @Test
  void aFileInsteadOfAFolder() throws IOException {
    Path file = write("checks.rules", "");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(file));
    assertThat(e.getMessage(), is(file + ": error: expected a folder of *.taxonomy and *.rules files, found a file"));
  }

  @Test
  void folderWithoutRulesFile() throws IOException {
    write("base.taxonomy", "concept A monetary duration\n");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(dir));
    assertThat(
        e.getMessage(),
        is(
            dir + ": error: no *.rules file in the rules folder: add at least one, e.g. '"
                + dir.resolve("checks.rules") + "'"));
  }

  @Test
  void aFileTooLargeToBeRulesIsRefusedUnread() throws IOException {
    write("checks.rules", "rule A \"a\" assert Y >= 0\nconcept Y monetary instant\n");
    Path huge = dir.resolve("dump.taxonomy");
    try (var out = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      out.setLength(RulesLoader.MAX_FILE_BYTES + 1); // sparse: no need to write 10 MB
    }
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(dir));
    assertThat(
        e.getMessage(),
        is(huge + ": error: expected a rule or taxonomy file of at most 10 MB, found 10,000,001 bytes:"
            + " is this really a rules file? Keep data out of the rules folder"));
  }

  @Test
  void fileThatIsNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.rules");
    Files.write(file, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(dir));
    assertThat(
        e.getMessage(),
        is(file + ": error: expected UTF-8 text, found bytes that are not UTF-8: save the file as UTF-8"));
  }

  @Test
  void emptyRulesFileGivesNoRules() throws IOException {
    write("empty.rules", "# nothing yet\n");
    RuleSet set = RulesLoader.load(dir);
    assertThat(set.rules().size(), is(0));
    assertThat(set.taxonomy().concepts().size(), is(0));
  }

  @Test
  void filesNamedLikeRulesButNotReadAreNamedWithWhatToDo() throws IOException {
    write("checks.rules", "concept A monetary duration\nrule R \"r\" rollup quarters of A\n");
    write("checks.rules.bak", "old");
    write("extra.rule", "rule X \"x\" rollup quarters of A\n");
    write("more.rules.txt", "x");
    write("gaap.taxonomy.bak", "x");
    write("notes.txt", "not a look-alike");
    assertThat(RulesLoader.ignoredFiles(dir).stream().map(d -> dir.relativize(Path.of(d.location())) + ": "
        + d.message()).toList(), contains(
        "checks.rules.bak: not read: only names ending in .rules are (checks.rules is)",
        "extra.rule: not read: only names ending in .rules are; rename it to extra.rules to read it",
        "gaap.taxonomy.bak: not read: only names ending in .taxonomy are; rename it to gaap.taxonomy to read it",
        "more.rules.txt: not read: only names ending in .rules are; rename it to more.rules to read it"));
    assertThat(RulesLoader.load(dir).rules().size(), is(1));
  }

  @Test
  void noRulesFileNamesTheLookAlikes() throws IOException {
    write("a.rule", "rule X \"x\" rollup quarters of A\n");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(dir));
    assertThat(e.getMessage(), is(dir + ": error: no *.rules file in the rules folder: add at least one, e.g. '"
        + dir.resolve("checks.rules") + "'; a.rule is not read: only names ending in .rules are; rename it to a.rules"
        + " to read it"));
  }

  @Test
  void noTaxonomyIsOneMessageNotOnePerConcept() throws IOException {
    write("balance.rules", "rule BS \"b\"\n  assert Assets = Liabilities + Equity\nrule WC \"w\"\n"
        + "  assert WorkingCapital = AssetsCurrent - LiabilitiesCurrent\n");
    write("balance.taxonomy.bak", "concept Assets monetary instant\n");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(dir));
    assertThat(e.diagnostics().size(), is(1));
    assertThat(e.getMessage(), is(dir + ": error: no *.taxonomy file in the rules folder, so the 6 concepts its rules"
        + " name ('Assets', 'Liabilities', 'Equity', ...) are unknown: add the .taxonomy file that declares them (for"
        + " SEC filings, rules/us-gaap/us-gaap.taxonomy); balance.taxonomy.bak is not read: only names ending in"
        + " .taxonomy are; rename it to balance.taxonomy to read it"));
  }

  @Test
  void aTaxonomyMissingOneConceptStillNamesIt() throws IOException {
    write("balance.rules", "rule BS \"b\"\n  assert Assets = Liabilities\n");
    write("balance.taxonomy", "concept Assets monetary instant\n");
    UserException e = assertThrows(UserException.class, () -> RulesLoader.load(dir));
    assertThat(e.getMessage(), is(dir.resolve("balance.rules") + ":2:19: error: unknown concept 'Liabilities'\n"
        + "    assert Assets = Liabilities\n"
        + "                    ^"));
  }
}
