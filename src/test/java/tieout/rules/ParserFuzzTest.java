package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tieout.error.Diagnostic;
import tieout.error.UserException;

/**
 * Property: whatever the text, reading it either returns a rule set or throws a {@link
 * UserException} whose diagnostics point inside the file and quote the right line; never another
 * exception, never a hang. Inputs come from a fixed seed, so a failure reproduces.
 */
class ParserFuzzTest {
  private static final long SEED = 20_131_231L;
  private static final Pattern LOCATION = Pattern.compile("fuzz\\.rules:(\\d+):(\\d+)");
  private static final String[] FRAGMENTS = {
    "entity", "fiscal-year-end", "axis", "member", "concept", "label", "negated", "in", "rule", "error",
    "warning", "within", "rollup", "quarters", "of", "all", "additive", "non-additive", "breakdown", "by",
    "sum", "assert", "rollforward", "for", "years", "instants", "monetary", "per-share", "shares", "percent",
    "duration", "instant", "debit", "credit", "December", "31", "03-31", "Assets", "Liabilities", "Revenue",
    "Region", "US", "A-B", "x.y", "\"caption\"", "\"esc \\\" \\\\\"", "\"bad \\q\"", "\"open", "1,000", "0.5",
    "0.5%", "12%", "0", "-", "+", "*", "/", "(", ")", ",", "=", "<", "<=", ">", ">=", "%", "@", "−", "“",
    "é", "#c", "\n", "\n", "\n  ", "\t", "\r\n", " ", "Region=US", "\\", "\uFEFF", "\u00a0",
  };

  @Test
  @Timeout(120)
  void randomTokenSoup() {
    Random random = new Random(SEED);
    for (int i = 0; i < 4000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int j = 0; j < length; j++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (random.nextInt(3) > 0) {
          text.append(' ');
        }
      }
      check(text.toString());
    }
  }

  @Test
  @Timeout(120)
  void randomMutationsOfAValidFolder() throws IOException {
    String valid =
        Files.readString(Path.of("src/test/resources/rules/ok/entree.taxonomy"), StandardCharsets.UTF_8)
            + Files.readString(Path.of("src/test/resources/rules/ok/entree.rules"), StandardCharsets.UTF_8);
    check(valid);
    Random random = new Random(SEED + 1);
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < 2000; i++) {
      String text = valid;
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations; m++) {
        text = mutate(text, random);
      }
      if (check(text)) {
        parsed++;
      } else {
        rejected++;
      }
    }
    // Both outcomes occur, so the property is exercised on each side.
    assertThat(parsed, greaterThan(50));
    assertThat(rejected, greaterThan(500));
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String text = "concept A monetary duration\nrule R \"r\" assert " + "(".repeat(10_000) + "A = 1\n";
    UserException e =
        assertThrows(UserException.class, () -> RulesLoader.parse(Map.of("fuzz.rules", text)));
    assertThat(e.diagnostics().size(), is(1));
    assertThat(e.diagnostics().get(0).message(), is("expression nested more than 100 levels deep"));
    assertThat(e.diagnostics().get(0).location(), is("fuzz.rules:2:119"));
  }

  @Test
  void longSumsDoNotNest() {
    String text = "concept A monetary duration\nconcept T monetary duration\nrule R \"r\" sum T = A"
        + " + A".repeat(20_000) + "\n";
    Rule.Summation rule = (Rule.Summation) RulesLoader.parse(Map.of("fuzz.rules", text)).rules().get(0);
    assertThat(RuleTexts.terms(rule.items()), is("20001*A"));
  }

  private static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return FRAGMENTS[random.nextInt(FRAGMENTS.length)];
    }
    int at = random.nextInt(text.length());
    switch (random.nextInt(6)) {
      case 0: // delete a short span
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(12)));
      case 1: // insert a fragment
        return text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at);
      case 2: // replace one character
        return text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at + 1);
      case 3: { // duplicate a line
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
      }
      case 4: { // swap two lines
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        return String.join("\n", lines);
      }
      default: // truncate
        return text.substring(0, at);
    }
  }

  /** Parses {@code text}; true if it was accepted, false if rejected with well-formed diagnostics. */
  private static boolean check(String text) {
    try {
      RulesLoader.parse(Map.of("fuzz.rules", text));
      return true;
    } catch (UserException e) {
      SourceFile source = SourceFile.of("fuzz.rules", text);
      for (Diagnostic d : e.diagnostics()) {
        Matcher m = LOCATION.matcher(d.location());
        if (!m.matches()) {
          fail("bad location " + d.location() + " for input:\n" + text);
        }
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        if (line < 1 || line > source.lines().size() || column < 1 || column != d.column()) {
          fail("position " + d.location() + " outside the input:\n" + text);
        }
        if (!d.sourceLine().orElseThrow().equals(source.line(line)) || d.message().isBlank()) {
          fail("diagnostic " + d.format() + " does not quote its line of the input:\n" + text);
        }
      }
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("not a UserException for input:\n" + text, e);
    }
  }
}
