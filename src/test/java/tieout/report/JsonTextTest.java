package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableList;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.rules.Severity;
import tieout.engine.Status;
import tieout.io.AtomicFile;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.taxonomy.Unit;
import tieout.taxonomy.Dimensions;
import tieout.ledger.Amounts;
import tieout.ledger.Ledger;
import tieout.rules.RuleSet;
import tieout.run.RunResult;
import tieout.testing.Results;
import tieout.taxonomy.Taxonomy;

/**
 * {@link JsonText} writes the bytes Gson's pretty, HTML-safe {@link JsonWriter} writes: the same
 * random documents through both, compared as UTF-8 bytes (the way a report file gets them).
 */
class JsonTextTest {

  /** One random document, written by either writer. */
  private interface Json {
    void beginObject() throws IOException;

    void endObject() throws IOException;

    void beginArray() throws IOException;

    void endArray() throws IOException;

    void name(String name) throws IOException;

    void value(String value) throws IOException;

    void recurringValue(String value) throws IOException;

    void value(long value) throws IOException;

    void plain(BigDecimal amount) throws IOException;

    void nullValue() throws IOException;
  }

  @Test
  void escapesAsGsonDoesCharacterByCharacter() throws IOException {
    for (int c = 0; c < 0x10000; c++) {
      String s = "a" + (char) c + "b";
      assertThat("U+" + Integer.toHexString(c), document(s, true), is(document(s, false)));
    }
    assertThat(new String(ours(json -> json.value("<a href='x'>&=\u2028\u2029\"\\\t\b\n\r\f\u0001\u007f")),
        StandardCharsets.UTF_8), is("\"\\u003ca href\\u003d\\u0027x\\u0027\\u003e\\u0026\\u003d\\u2028\\u2029"
            + "\\\"\\\\\\t\\b\\n\\r\\f\\u0001\u007f\""));
  }

  @Test
  void randomDocumentsGiveGsonsBytes() throws IOException {
    Random random = new Random(13);
    for (int run = 0; run < 300; run++) {
      long seed = random.nextLong();
      byte[] ours = ours(json -> randomValue(json, new Random(seed), 0));
      byte[] gson = gson(json -> randomValue(json, new Random(seed), 0));
      assertThat("seed " + seed, new String(ours, StandardCharsets.UTF_8), is(new String(gson, StandardCharsets.UTF_8)));
      assertThat("seed " + seed, ours, is(gson));
    }
  }

  @Test
  void stringsLongerThanABufferAndPairsAcrossItsEdgeAreWhole() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      s.append(i % 7 == 0 ? "\uD83D\uDCB0" : i % 5 == 0 ? "é<" : "x");
    }
    for (int shift = 0; shift < 3; shift++) {
      String text = "y".repeat(shift) + s;
      assertThat(ours(json -> json.value(text)), is(gson(json -> json.value(text))));
    }
  }

  @Test
  void amountsAreWrittenAsAmountsPlainWritesThem() throws IOException {
    for (String a : List.of("0", "-0", "0.00", "1", "-1", "2.5", "2.50", "1E+3", "-1.20E+5", "123456789012345678",
        "1234567890123456789", "-9223372036854775808", "99999999999999999999.10", "0.0001", "-7")) {
      BigDecimal amount = new BigDecimal(a);
      assertThat(a, new String(ours(json -> json.plain(amount)), StandardCharsets.UTF_8),
          is("\"" + Amounts.plain(amount) + "\""));
    }
  }

  @Test
  void aWholeReportIsWhatGsonWritesForTheSameTree() throws IOException {
    RunResult result = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()),
        Ledger.builder().build(), ImmutableList.of(ReportFixtures.pass(), ReportFixtures.explorationRollupFailure(),
            ReportFixtures.notEvaluated(), ReportFixtures.warning()));
    StringWriter report = new StringWriter();
    new JsonReport().write(result, report, Shown.ALL);
    StringWriter again = new StringWriter();
    JsonWriter gson = new JsonWriter(again);
    gson.setIndent("  ");
    gson.setHtmlSafe(true);
    new GsonBuilder().serializeNulls().create().toJson(JsonParser.parseString(report.toString()), gson);
    gson.flush();
    assertThat(report.toString(), is(again + "\n"));
  }

  @Test
  void aReportOfMoreChecksThanABlockIsWhatGsonWritesForTheSameTree() throws IOException {
    // 1,001 checks: blocks of 256 formatted on two threads (InOrder) and joined, the last one short
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      findings.add(switch (i % 5) {
        case 0 -> ReportFixtures.pass();
        case 1 -> ReportFixtures.explorationRollupFailure();
        case 2 -> ReportFixtures.notEvaluated();
        case 3 -> ReportFixtures.warning();
        default -> lineFinding(i);
      });
    }
    RunResult result = Results.of(new RuleSet(Taxonomy.builder().build(), ImmutableList.of()),
        Ledger.builder().build(), ImmutableList.copyOf(findings));
    for (Shown shown : Shown.values()) {
      StringWriter report = new StringWriter();
      new JsonReport().write(result, report, shown);
      StringWriter again = new StringWriter();
      JsonWriter gson = new JsonWriter(again);
      gson.setIndent("  ");
      gson.setHtmlSafe(true);
      new GsonBuilder().serializeNulls().create().toJson(JsonParser.parseString(report.toString()), gson);
      gson.flush();
      assertThat(shown.name(), report.toString(), is(again + "\n"));
      assertThat(shown.name(), JsonParser.parseString(report.toString()).getAsJsonObject().getAsJsonArray("findings")
          .size(), is(shown == Shown.ALL ? 1001 : 400));
      // the checks in their order: the n-th line-sourced one names line n
      if (shown == Shown.ALL) {
        assertThat(JsonParser.parseString(report.toString()).getAsJsonObject().getAsJsonArray("findings").get(999)
            .getAsJsonObject().getAsJsonArray("facts").get(0).getAsJsonObject().get("source").getAsString(),
            is("led<ger> \u00e9.csv:999"));
      }
    }
  }

  @Test
  void aLineOfAFileIsWrittenAsItsTextWouldBe() throws IOException {
    for (String file : List.of("ledger.csv", "a<b>&'=\".csv", "Entr\u00e9e \uD83D\uDCB0.csv", "x".repeat(300))) {
      for (int line : new int[] {1, 22, 2_147_483_647}) {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        JsonText json = new JsonText(new OutputStreamWriter(expected, StandardCharsets.UTF_8));
        json.beginArray().value(file + ":" + line).value(file + ":" + line).endArray().flush();
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        json = new JsonText(new OutputStreamWriter(actual, StandardCharsets.UTF_8));
        json.beginArray().fileLine(file, line).fileLine(file, line).endArray().flush();
        assertThat(file + ":" + line, actual.toString(StandardCharsets.UTF_8), is(expected.toString(StandardCharsets.UTF_8)));
      }
    }
  }

  private static Finding lineFinding(int line) {
    Fact fact = Fact.atLine(ReportFixtures.EXPLORATION, "E1", ReportFixtures.FY2013, Unit.USD, Decimals.WHOLE,
        Dimensions.NONE, 1234L + line, 0, "led<ger> \u00e9.csv", line);
    return new Finding("R", Severity.ERROR, Status.PASS, "m", "E1", ReportFixtures.FY2013, Dimensions.NONE,
        fact.value(), fact.value(), Optional.of(BigDecimal.ZERO), Optional.empty(), Optional.empty(),
        ImmutableList.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, fact)));
  }

  @Test
  void aReportFileGetsTheSameBytesAsAnyWriter(@TempDir Path dir) throws IOException {
    String text = "Entrée \uD83D\uDCB0 <=> " + "z".repeat(20_000) + " \uD83D";
    AtomicFile.write(dir.resolve("r.json"), out -> {
      JsonText json = new JsonText(out);
      json.beginArray().value(text).value(text).endArray().flush();
    });
    assertThat(Files.readAllBytes(dir.resolve("r.json")), is(gson(json -> {
      json.beginArray();
      json.value(text);
      json.value(text);
      json.endArray();
    })));
  }

  private static void randomValue(Json json, Random random, int depth) throws IOException {
    int kind = random.nextInt(depth > 4 ? 5 : 7);
    switch (kind) {
      case 0 -> json.value(randomString(random));
      case 1 -> json.value(random.nextInt(5) == 0 ? random.nextLong() : random.nextInt(1000) - 500);
      case 2 -> json.plain(new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(6) - 2));
      case 3 -> json.nullValue();
      case 4 -> json.recurringValue(random.nextBoolean() ? "Revenue" : randomString(random));
      case 5 -> {
        json.beginObject();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          json.name(random.nextBoolean() ? "concept" : randomString(random));
          randomValue(json, random, depth + 1);
        }
        json.endObject();
      }
      case 6 -> {
        json.beginArray();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          randomValue(json, random, depth + 1);
        }
        json.endArray();
      }
    }
  }

  /** Mostly ASCII, with the characters that get escaped, accents, pairs and lone surrogates. */
  private static String randomString(Random random) {
    String[] pieces = {"a", "Revenue", " ", "<", ">", "&", "=", "'", "\"", "\\", "\n", "\t", "\u0000", "\u001f",
        "\u007f", "é", "\u00b7", "\u2013", "\u2028", "\u2029", "\uD83D\uDCB0", "\uD83D", "\uDCB0", "ledger.csv:22"};
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append(pieces[random.nextInt(pieces.length)]);
    }
    return s.toString();
  }

  private static String document(String s, boolean oursNotGson) throws IOException {
    Content content = json -> {
      json.beginObject();
      json.name(s);
      json.value(s);
      json.endObject();
    };
    return new String(oursNotGson ? ours(content) : gson(content), StandardCharsets.UTF_8);
  }

  private interface Content {
    void writeTo(Json json) throws IOException;
  }

  private static byte[] ours(Content content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    JsonText text = new JsonText(out);
    content.writeTo(new Json() {
      public void beginObject() throws IOException { text.beginObject(); }

      public void endObject() throws IOException { text.endObject(); }

      public void beginArray() throws IOException { text.beginArray(); }

      public void endArray() throws IOException { text.endArray(); }

      public void name(String name) throws IOException { text.name(name); }

      public void value(String value) throws IOException { text.value(value); }

      public void recurringValue(String value) throws IOException { text.recurringValue(value); }

      public void value(long value) throws IOException { text.value(value); }

      public void plain(BigDecimal amount) throws IOException { text.plain(amount); }

      public void nullValue() throws IOException { text.nullValue(); }
    });
    text.flush();
    return bytes.toByteArray();
  }

  private static byte[] gson(Content content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    JsonWriter gson = new JsonWriter(out);
    gson.setIndent("  ");
    gson.setHtmlSafe(true);
    content.writeTo(new Json() {
      public void beginObject() throws IOException { gson.beginObject(); }

      public void endObject() throws IOException { gson.endObject(); }

      public void beginArray() throws IOException { gson.beginArray(); }

      public void endArray() throws IOException { gson.endArray(); }

      public void name(String name) throws IOException { gson.name(name); }

      public void value(String value) throws IOException { gson.value(value); }

      public void recurringValue(String value) throws IOException { gson.value(value); }

      public void value(long value) throws IOException { gson.value(value); }

      public void plain(BigDecimal amount) throws IOException { gson.value(Amounts.plain(amount)); }

      public void nullValue() throws IOException { gson.nullValue(); }
    });
    gson.flush();
    return bytes.toByteArray();
  }
}
