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
    assertThat(bad.out(), startsWith("Narrative " + wrong + ": 0 tied, 1 contradicted, 0 untraced\n"
        + "  CONTRADICTED " + wrong + ":1:52  $11,442,025  NetIncomeLoss 2013-01-01/2013-12-31  ledger -11,422,025 at "
        + "entree-gold-2013.xlsx!Selected Annual!B4  variance 20,000\n"));

    Path right = prose("For the year ended December 31, 2013, net loss was $11,422,025.\n");
    assertThat(tieout("narrative", right.toString()).code(), is(0));
  }

  @Test
  void checkWithNarrativeCountsItInTheSummaryAndTheJson() {
    Run text = tieout("check", "--narrative", MDNA);
    assertThat(text.code(), is(1));
    assertThat(text.out(), startsWith("tieout: 112 checks: 92 passed, 4 failed, 0 warnings, 16 not evaluated; "
        + "narrative: 26 tied, 0 contradicted, 110 untraced\n"));
    assertThat(text.out(), containsString("\nNarrative " + MDNA + ": 26 tied, 0 contradicted, 110 untraced\n"));

    Run json = tieout("check", "--narrative", MDNA, "--format", "json");
    JsonObject narrative = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonObject("narrative");
    assertThat(narrative.get("file").getAsString(), is(MDNA));
    assertThat(narrative.getAsJsonObject("counts").toString(), is("{\"tied\":26,\"contradicted\":0,\"untraced\":110}"));
    JsonObject first = narrative.getAsJsonArray("claims").get(0).getAsJsonObject();
    assertThat(first.toString(), is("{\"status\":\"UNTRACED\",\"location\":\"" + MDNA + ":52:196\","
        + "\"amountText\":\"$40 million\",\"amount\":\"40000000\",\"decimals\":\"-6\","
        + "\"excerpt\":\"In February 2013, the Company entered into an equity participation and funding agreement with "
        + "Sandstorm Gold Ltd. (\\\"Sandstorm\\\") that provided an upfront deposit (the \\\"Deposit\\\") from Sandstorm of $40 million.\","
        + "\"concept\":null,\"period\":null,\"source\":null,\"value\":null,\"variance\":null,"
        + "\"reason\":\"no line item of the taxonomy is named just before it\"}"));
    JsonObject tied = narrative.getAsJsonArray("claims").asList().stream().map(e -> e.getAsJsonObject())
        .filter(o -> o.get("status").getAsString().equals("TIED")).findFirst().orElseThrow();
    assertThat(tied.get("concept").getAsString() + " " + tied.get("period").getAsString() + " " + tied.get("value").getAsString()
        + " " + tied.get("source").getAsString(),
        is("NetIncomeLoss 2013-01-01/2013-12-31 -11422025 entree-gold-2013.xlsx!Selected Annual!B4"));
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
