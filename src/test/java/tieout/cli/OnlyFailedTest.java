package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tieout check --only failed} on the bundled sample (120 checks: 100 passed, 4 failed, 16 not
 * evaluated; 5 flux comparisons, 1 flagged): every format lists the 4 failed checks and the flagged
 * change, and its summary still counts every check.
 */
class OnlyFailedTest {
  @TempDir Path tmp;

  @Test
  void jsonListsTheFailedChecksAndCountsThemAll() throws Exception {
    JsonObject json = JsonParser.parseString(run("json")).getAsJsonObject();

    assertThat(json.get("summary").toString(),
        is("{\"checks\":120,\"passed\":100,\"failed\":4,\"warnings\":0,\"notEvaluated\":16,\"unreadable\":0}"));
    assertThat(statuses(json.getAsJsonArray("findings")), is(Map.of("FAIL", 4)));
    JsonObject flux = json.getAsJsonObject("flux");
    assertThat(flux.get("summary").toString(),
        is("{\"comparisons\":5,\"flagged\":1,\"withinThresholds\":2,\"notEvaluated\":2}"));
    assertThat(statuses(flux.getAsJsonArray("findings")), is(Map.of("FAIL", 1)));
    // The failed checks keep their supporting lines: each has its facts.
    assertThat(json.getAsJsonArray("findings").get(0).getAsJsonObject().getAsJsonArray("facts").size() > 0, is(true));
  }

  @Test
  void csvHasARowPerFailedCheckAndTheOtherSectionsAsBefore() throws Exception {
    List<String> rows = run("csv").lines().toList();
    Map<String, Integer> sections = new TreeMap<>();
    for (String row : rows.subList(1, rows.size())) {
      sections.merge(row.substring(row.lastIndexOf(',') + 1), 1, Integer::sum);
    }
    assertThat(sections, is(Map.of("check", 4, "flux", 1, "coverage", 8)));
    assertThat(rows.stream().filter(r -> r.contains(",PASS,") || r.contains(",NOT_EVALUATED,")).count(), is(0L));
  }

  @Test
  void textLeavesOutTheNotEvaluatedLists() throws Exception {
    String all = run("text", false);
    String failed = run("text");
    assertThat(all, containsString("\nNot evaluated:\n"));
    assertThat(all, containsString("\nFlux not evaluated:\n"));
    assertThat(failed, not(containsString("ot evaluated:")));
    assertThat(failed.lines().findFirst().orElseThrow(),
        is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated"));
    assertThat(failed.lines().filter(l -> l.startsWith("FAIL ")).count(), is(4L));
    assertThat(failed.lines().filter(l -> l.startsWith("FLAG ")).count(), is(1L));
  }

  @Test
  void htmlCountsThePassedAndNotEvaluatedChecksWithoutListingThem() throws Exception {
    String html = run("html");
    assertThat(html, containsString("<section id=\"failed\"><h2>Failed checks (4)</h2>"));
    assertThat(html, containsString("<section id=\"passed\"><h2>Passed checks (100)</h2><p class=\"empty\">100 passed"
        + " checks, not listed: this report lists failed checks only (--only failed).</p></section>"));
    assertThat(html, containsString("<section id=\"not-evaluated\"><h2>Not evaluated (16)</h2><p class=\"empty\">16"
        + " checks not evaluated, not listed: this report lists failed checks only (--only failed).</p></section>"));
    assertThat(html, not(containsString("passed-details")));
  }

  @Test
  void anUnknownChoiceIsAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--only", "passed"}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code, is(2));
    assertThat(err.toString(), containsString(
        "Invalid value for option '--only': expected one of [FAILED] (case-insensitive) but was 'passed'"));
  }

  private String run(String format) throws Exception {
    return run(format, true);
  }

  /** The report of the sample in {@code format}, with {@code --only failed} when {@code onlyFailed}. */
  private String run(String format, boolean onlyFailed) throws Exception {
    Path report = tmp.resolve("report." + format + (onlyFailed ? ".failed" : ""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new java.util.ArrayList<>(List.of("check", "--format", format, "--output", report.toString()));
    if (onlyFailed) {
      args.addAll(List.of("--only", "failed"));
    }
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString(), code, is(1));
    assertThat(out.toString(), is("tieout: 120 checks: 100 passed, 4 failed, 0 warnings, 16 not evaluated; report written to "
        + report + "\n"));
    return Files.readString(report);
  }

  private static Map<String, Integer> statuses(com.google.gson.JsonArray findings) {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.getAsJsonObject().get("status").getAsString(), 1, Integer::sum));
    return counts;
  }
}
