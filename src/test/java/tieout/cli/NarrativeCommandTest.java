package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tieout narrative} and {@code tieout check --narrative}: exit codes and the section in every format. */
class NarrativeCommandTest {
  private static final String MDNA = "samples/entree-gold/entree-gold-mdna-2013.txt";

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run tieout(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path prose(String text) throws IOException {
    Path file = tmp.resolve("mdna.md");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aContradictionExitsOneAndATieExitsZero() throws IOException {
    Path wrong = prose("For the year ended December 31, 2013, net loss was $11,442,025.\n");
    Run bad = tieout("narrative", wrong.toString());
    assertThat(bad.code(), is(1));
    assertThat(bad.out(), startsWith("Narrative " + wrong + ": 0 tied, 1 contradicted, 0 differing, 0 untraced\n"
        + "  CONTRADICTED " + wrong + ":1:52  $11,442,025  NetIncomeLoss 2013-01-01/2013-12-31  ledger -11,422,025 at "
        + "entree-gold-2013.xlsx!Selected Annual!B4  variance 20,000\n"));

    Path right = prose("For the year ended December 31, 2013, net loss was $11,422,025.\n");
    assertThat(tieout("narrative", right.toString()).code(), is(0));
  }

  @Test
  void checkWithNarrativeCountsItInTheSummaryAndTheJson() {
    Run text = tieout("check", "--narrative", MDNA);
    assertThat(text.code(), is(1));
    assertThat(text.out(), startsWith("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated; "
        + "narrative: 31 tied, 0 contradicted, 1 differing, 104 untraced\n"));
    assertThat(text.out(), containsString("\nNarrative " + MDNA + ": 31 tied, 0 contradicted, 1 differing, 104 untraced\n"));

    Run json = tieout("check", "--narrative", MDNA, "--format", "json");
    JsonObject narrative = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("narrative");
    assertThat(narrative.get("file").getAsString(), is(MDNA));
    assertThat(narrative.getAsJsonObject("counts").toString(), is("{\"tied\":31,\"contradicted\":0,\"differs\":1,\"untraced\":104}"));
    // Claims are listed contradictions first, then differing figures: the consultancy fees' typo leads.
    JsonObject first = narrative.getAsJsonArray("claims").get(0).getAsJsonObject();
    assertThat(first.toString(), is("{\"status\":\"DIFFERS\",\"location\":\"" + MDNA + ":657:705\","
        + "\"amountText\":\"$936,926\",\"amount\":\"936926\",\"decimals\":\"0\","
        + "\"excerpt\":\"During the three months ended March 31, 2013, the Company incurred consultancy and advisory fees "
        + "of $936,926 related to the Sandstorm financing agreement.\","
        + "\"concept\":\"ConsultancyAndAdvisoryFees\",\"period\":\"2013-01-01/2013-03-31\",\"dimensions\":null,"
        + "\"source\":\"entree-gold-2013.xlsx!Quarterly 2013!E6\",\"value\":\"986926\",\"variance\":\"-50000\","
        + "\"reason\":\"the prose says $936,926, but the ledger holds ConsultancyAndAdvisoryFees 2013-01-01/2013-03-31 = "
        + "986,926 at entree-gold-2013.xlsx!Quarterly 2013!E6; variance -50,000; the figure is qualified by 'related to the "
        + "Sandstorm financing agreement'; likely typo: one digit substituted: 8 -> 3; the line's other quarters of the fiscal year ending 2013-12-31: "
        + "324,175, 320,567, 309,462\",\"note\":null}"));
    JsonObject tied = narrative.getAsJsonArray("claims").asList().stream().map(e -> e.getAsJsonObject())
        .filter(o -> o.get("status").getAsString().equals("TIED")).findFirst().orElseThrow();
    assertThat(tied.get("concept").getAsString() + " " + tied.get("period").getAsString() + " " + tied.get("value").getAsString()
        + " " + tied.get("source").getAsString(),
        is("NetIncomeLoss 2013-01-01/2013-12-31 -11422025 entree-gold-2013.xlsx!Selected Annual!B4"));
  }

  @Test
  void aDifferingFigureFailsOnlyUnderFailOnWarning() throws IOException {
    Path qualified = prose("For the year ended December 31, 2013, interest expense was $260,543 related to the OTLLC loan.\n");
    Run plain = tieout("narrative", qualified.toString());
    assertThat(plain.code(), is(0));
    assertThat(plain.out(), startsWith("Narrative " + qualified + ": 0 tied, 0 contradicted, 1 differing, 0 untraced\n"
        + "  DIFFERS      " + qualified + ":1:60  $260,543  InterestExpense 2013-01-01/2013-12-31  ledger 260,453 at "
        + "entree-gold-2013.xlsx!Results of Operations!B9  variance 90\n"
        + "               the prose says $260,543, but the ledger holds InterestExpense 2013-01-01/2013-12-31 = 260,453 at "
        + "entree-gold-2013.xlsx!Results of Operations!B9; variance 90; the figure is qualified by 'related to the OTLLC loan'; "
        + "likely typo: two adjacent digits transposed: 45 -> 54 (the variance is a multiple of 9)\n"));
    assertThat(tieout("narrative", "--fail-on", "warning", qualified.toString()).code(), is(1));
    Path right = prose("For the year ended December 31, 2013, net loss was $11,422,025.\n");
    assertThat(tieout("narrative", "--fail-on", "warning", right.toString()).code(), is(0));
  }

  @Test
  void csvHasOneRowPerClaimAfterTheChecks() {
    Run csv = tieout("check", "--narrative", MDNA, "--format", "csv");
    long rows = csv.out().lines().filter(l -> l.startsWith("NARRATIVE,")).count();
    assertThat(rows, is(136L));
    assertThat(csv.out(), containsString("NARRATIVE,error,TIED,"));
  }

  @Test
  void aMissingNarrativeIsABadInput() {
    Run run = tieout("check", "--narrative", "no-such-mdna.txt");
    assertThat(run.code(), is(2));
    assertThat(run.err(), is("no-such-mdna.txt: error: narrative file not found; give the path of a text or Markdown file\n"));
  }

  @Test
  void aPdfIsRefusedWithTheFix() throws IOException {
    Path pdf = tmp.resolve("mdna.pdf");
    Files.writeString(pdf, "%PDF-1.4");
    Run run = tieout("narrative", pdf.toString());
    assertThat(run.code(), is(2));
    assertThat(run.err(), is(pdf + ": error: expected a text or Markdown narrative (.txt, .md), found a .pdf file; "
        + "save it as plain text first\n"));
  }

  @Test
  void invalidUtf8IsABadInput() throws IOException {
    Path latin1 = tmp.resolve("mdna.txt");
    Files.write(latin1, "Entr\u00e9e net loss was $1.".getBytes(StandardCharsets.ISO_8859_1));
    Run run = tieout("narrative", latin1.toString());
    assertThat(run.code(), is(2));
    assertThat(run.err(), is(latin1 + ": error: expected UTF-8 text, found bytes that are not UTF-8; save the file as UTF-8\n"));
  }
}
