package tieout.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rules folder a run reads when none is named: the inputs decide (the tests run in the project folder). */
class RulesChoiceTest {
  @TempDir Path dir;

  private static final String INSTANCE = "<?xml version=\"1.0\"?>\n"
      + "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"></xbrli:xbrl>\n";

  @Test
  void xbrlFilingsAloneReadNoRulesFolder() throws IOException {
    Path a = Files.writeString(dir.resolve("a.xml"), INSTANCE, UTF_8);
    Path b = Files.writeString(dir.resolve("b.xbrl"), INSTANCE, UTF_8);
    RulesChoice choice = RulesChoice.byDefault();
    assertThat(choice.folderFor(List.of(a, b)), is(Optional.empty()));
    assertThat(choice.load(List.of(a, b)).rules().size(), is(0));
    assertThat(choice.notice(List.of(a)).orElseThrow().message(), is("none read: without --rules, XBRL filings are"
        + " checked against their own calculation linkbases only; add --rules DIR to run your checks too (tieout's"
        + " rules/us-gaap holds checks for US GAAP filings)"));
  }

  @Test
  void secDataSetsAloneReadTheUsGaapRules() throws IOException {
    Path zip = Files.write(dir.resolve("2024q1.zip"), new byte[] {1});
    assertThat(RulesChoice.byDefault().folderFor(List.of(zip)), is(Optional.of(Path.of("rules", "us-gaap"))));
    assertThat(RulesChoice.byDefault().notice(List.of(zip)).orElseThrow().location(), is("rules/us-gaap"));
  }

  @Test
  void workbooksAndMixesReadTheRulesFolder() throws IOException {
    Path csv = Files.writeString(dir.resolve("q.csv"), "concept,period,value\n", UTF_8);
    Path xml = Files.writeString(dir.resolve("a.xml"), INSTANCE, UTF_8);
    assertThat(RulesChoice.byDefault().folderFor(List.of(csv)), is(Optional.of(Path.of("rules"))));
    assertThat(RulesChoice.byDefault().folderFor(List.of(csv, xml)), is(Optional.of(Path.of("rules"))));
    assertThat(RulesChoice.byDefault().notice(List.of(csv)), is(Optional.empty()));
  }

  @Test
  void aNamedFolderIsReadWhateverTheInputs() throws IOException {
    Path xml = Files.writeString(dir.resolve("a.xml"), INSTANCE, UTF_8);
    Path mine = dir.resolve("mine");
    assertThat(RulesChoice.named(mine).folderFor(List.of(xml)), is(Optional.of(mine)));
    assertThat(RulesChoice.named(mine).notice(List.of(xml)), is(Optional.empty()));
  }
}
