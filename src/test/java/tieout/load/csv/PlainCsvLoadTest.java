package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.ledger.Fact;
import tieout.load.LoadProgress;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;

/**
 * A large tidy file is read straight from its bytes ({@link PlainCsv}): the ledger loader must give
 * the facts, line numbers and problems that the general reader (Commons CSV over the file's text)
 * gives for the same file.
 */
class PlainCsvLoadTest {
  @TempDir Path dir;
  private Taxonomy taxonomy;
  private List<String> lines;

  @BeforeEach
  void writeLedger() throws IOException {
    // 25,000 facts: some 1.4 MB, over the size from which files are tried as plain CSV.
    Path file = Generator.write(new SyntheticLedger(25_000, 5, 3), Generator.Format.CSV, dir.resolve("gen"));
    taxonomy = RulesLoader.load(dir.resolve("gen/rules")).taxonomy();
    lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(Files.size(file) >= CsvFormat.PLAIN_AT_BYTES, is(true));
    return file;
  }

  private List<Fact> general(Path file) throws IOException {
    return TestCsv.tidyFacts(file.getFileName().toString(), CsvText.read(file), taxonomy);
  }

  @Test
  void aCleanFileGivesTheFactsOfTheGeneralReader() throws IOException {
    // Windows line ends, a byte order mark, an entity with an accent, empty lines, no final break.
    lines.set(7, lines.get(7).replace("E000001", "Entrée Gold"));
    lines.add(100, "");
    String text = "\uFEFF" + String.join("\r\n", lines);
    Path file = write("clean.csv", text);

    List<Fact> facts = Runs.ledger(List.of(file), taxonomy).facts();

    assertEquals(general(file), facts);
    assertThat(facts.size(), is(25_000));
    assertThat(facts.get(6).entity(), is("Entrée Gold"));
    assertThat(facts.get(24_999).source().toString(), is("clean.csv:25002"));
  }

  @Test
  void badLinesAreReportedAsTheGeneralReaderReportsThem() throws IOException {
    String[] fields = lines.get(10).split(",", -1); // entity,concept,period,Region,value
    fields[1] = "Revenu";
    lines.set(10, String.join(",", fields));
    lines.set(20_000, lines.get(20_000).replaceFirst(",[-0-9]+$", ",12x"));
    lines.set(20_001, lines.get(20_001) + ",extra");
    Path file = write("bad.csv", String.join("\n", lines) + "\n");

    UserException plain = assertThrows(UserException.class, () -> Runs.ledger(List.of(file), taxonomy));
    UserException general = assertThrows(UserException.class, () -> general(file));

    assertEquals(general.getMessage(), plain.getMessage());
    assertThat(plain.getMessage(), is(
        "bad.csv:11: error: unknown concept 'Revenu'; did you mean 'Revenue'?\n"
            + "bad.csv:20001: error: expected a plain decimal such as -11422025 or 0.08, or nil, for 'OperatingIncome',"
            + " found \"12x\"\n"
            + "bad.csv:20002: error: expected 5 fields as in the header, found 6"));
  }

  @Test
  void aFileWithAQuoteIsLeftToCommonsCsv() throws IOException {
    lines.set(5, lines.get(5).replace("E000001", "\"E000001\""));
    Path file = write("quoted.csv", String.join("\n", lines));

    assertThat(PlainCsv.scan(file, (line, fields) -> { }, LoadProgress.NONE),
        nullValue());
    List<Fact> facts = Runs.ledger(List.of(file), taxonomy).facts();
    assertEquals(general(file), facts);
    assertThat(facts.get(4).entity(), is("E000001"));
  }

  @Test
  void aWindows1252FileIsLeftToTheGeneralPathWhichReadsItSo() throws IOException {
    lines.set(7, lines.get(7).replace("E000001", "Entrée Gold"));
    Path file = dir.resolve("latin.csv");
    Files.write(file, String.join("\n", lines).getBytes(java.nio.charset.Charset.forName("windows-1252")));

    assertThat(PlainCsv.scan(file, (line, fields) -> { }, LoadProgress.NONE),
        nullValue());
    List<Fact> facts = Runs.ledger(List.of(file), taxonomy).facts();
    assertThat(facts.get(6).entity(), is("Entrée Gold"));
    assertEquals(general(file), facts);
  }

  @Test
  void aLineBreakSplitByTheReadBufferIsOneLineBreak() throws IOException {
    // Windows line ends, the \r of one of them the last byte of the first 1 MB read.
    StringBuilder text = new StringBuilder(lines.get(0)).append("\r\n");
    int i = 1;
    while (text.length() + 200 < (1 << 20)) {
      text.append(lines.get(i++)).append("\r\n");
    }
    String next = lines.get(i);
    // Pad the next line's entity (E000123 -> E000123xxx...) so that its \r falls on byte 2^20 - 1.
    int pad = (1 << 20) - 1 - text.length() - next.length();
    assertThat(pad >= 0, is(true));
    text.append(next.replaceFirst(",", "x".repeat(pad) + ",")).append("\r\n");
    assertThat(text.charAt((1 << 20) - 1), is('\r'));
    for (i++; i < lines.size(); i++) {
      text.append(lines.get(i)).append("\r\n");
    }
    Path file = write("straddle.csv", text.toString());

    // The first read ends on that \r; the file is still plain.
    TidyCsvReader read = new TidyCsvReader("straddle.csv", taxonomy, 10_000_000);
    assertThat(PlainCsv.scan(file, read, LoadProgress.NONE), not(nullValue()));
    assertEquals(general(file), read.facts());
    List<Fact> facts = Runs.ledger(List.of(file), taxonomy).facts();

    assertEquals(general(file), facts);
    assertThat(facts.size(), is(25_000));
  }

  @Test
  void aLineLongerThanTheReadBufferIsLeftToCommonsCsv() throws IOException {
    lines.set(3, lines.get(3).replaceFirst(",", "y".repeat(1 << 20) + ","));
    Path file = write("long-line.csv", String.join("\n", lines));

    assertThat(PlainCsv.scan(file, (line, fields) -> { }, LoadProgress.NONE),
        nullValue());
    List<Fact> facts = Runs.ledger(List.of(file), taxonomy).facts();
    assertEquals(general(file), facts);
    assertThat(facts.get(2).entity().length(), is((1 << 20) + 7));
  }

  @Test
  void aPlainFileIsReadAsPlain() throws IOException {
    Path file = write("plain.csv", String.join("\n", lines));

    assertThat(PlainCsv.scan(file, (line, fields) -> { }, LoadProgress.NONE),
        not(nullValue()));
  }
}
