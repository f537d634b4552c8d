package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tieout check} on the bundled sample: explanations and the flux section end to end. */
class CheckFluxTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
    return new String[] {Integer.toString(code), out.toString()};
  }

  @Test
  void theJsonReportHasExplanationsAndTheFluxSection() {
    String[] run = run("check", "--format", "json");
    assertThat(run[0], is("1"));
    JsonObject json = JsonParser.parseString(run[1]).getAsJsonObject();
    assertThat(json.getAsJsonObject("flux").getAsJsonObject("summary").toString(),
        is("{\"comparisons\":5,\"flagged\":1,\"withinThresholds\":2,\"notEvaluated\":2}"));
    long explained = json.getAsJsonArray("findings").asList().stream()
        .map(e -> e.getAsJsonObject())
        .filter(f -> f.has("explanations") && f.getAsJsonArray("explanations").size() > 0)
        .count();
    assertThat(explained, is(4L));
  }

  @Test
  void aFlaggedFluxWarningFailsTheRunOnlyWithFailOnWarning(@TempDir Path rules) throws IOException {
    Files.copy(Path.of("rules/entree-gold.taxonomy"), rules.resolve("entree-gold.taxonomy"));
    Files.copy(Path.of("rules/flux.rules"), rules.resolve("flux.rules"));
    String[] byDefault = run("check", "--rules", rules.toString());
    assertThat(byDefault[0], is("0"));
    assertThat(byDefault[1].lines().filter(l -> l.startsWith("Flux review") || l.startsWith("FLAG")).toList(),
        is(java.util.List.of("Flux review: 5 comparisons: 1 flagged, 2 within thresholds, 2 not evaluated",
            "FLAG FLUX-IS (warning) Net loss and general and administrative expense moved more than 25% and"
                + " $1,000,000 year over year")));
    assertThat(run("check", "--rules", rules.toString(), "--fail-on", "warning")[0], is("1"));
  }
}
