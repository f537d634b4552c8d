package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;
import tieout.ledger.Ledger;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.ProgressRecorder;
import tieout.load.xlsx.ProgressStream;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;

/** The progress the loaders report for a generated CSV and workbook: exact, monotone, complete. */
class LoadProgressTest {
  private static final Limits ROOMY = new Limits(500_000_000L, 5_000_000, 1_000_000);

  @TempDir Path dir;

  @Test
  void theLoaderReadsALargePlainCsvInOnePassReportingItsPositionEvery16384Lines() throws IOException {
    Path csv = Generator.write(new SyntheticLedger(200_000, 0, 7), Generator.Format.CSV, dir);
    Taxonomy taxonomy = RulesLoader.load(dir.resolve("rules")).taxonomy();
    ProgressRecorder progress = new ProgressRecorder();

    Ledger ledger = Runs.ledger(List.of(csv), taxonomy, LoadOptions.within(ROOMY).withProgress(progress));

    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text.lines().count(), is(200_001L)); // the header and one line per fact
    assertThat(Files.size(csv) >= CsvFormat.PLAIN_AT_BYTES, is(true)); // read from its bytes
    assertThat(ledger.facts().size(), is(200_000));
    List<String> expected = startAndAdvances(text, 200_001);
    assertThat(expected.size(), is(13));
    expected.add("finish");
    assertThat(progress.events(), is(expected));
  }

  @Test
  void tidyCsvReadInOnePassReportsItsPositionEvery16384Lines() throws IOException {
    Path csv = Generator.write(new SyntheticLedger(70_000, 0, 7), Generator.Format.CSV, dir);
    Taxonomy taxonomy = RulesLoader.load(dir.resolve("rules")).taxonomy();
    ProgressRecorder progress = new ProgressRecorder();

    Runs.ledger(List.of(csv), taxonomy, LoadOptions.within(ROOMY).withProgress(progress));

    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text.length() < CsvFormat.PLAIN_AT_BYTES * 4, is(true));
    assertThat(progress.events(), contains(
        "start ledger.csv " + text.length(),
        "advance " + startOfLine(text, 16_384),
        "advance " + startOfLine(text, 32_768),
        "advance " + startOfLine(text, 49_152),
        "advance " + startOfLine(text, 65_536),
        "finish"));
  }

  @Test
  void workbookReportsTheBytesOfEachSheetRead() throws IOException {
    Path xlsx = Generator.write(new SyntheticLedger(1_250, 0, 7), Generator.Format.XLSX, dir);
    Taxonomy taxonomy = RulesLoader.load(dir.resolve("rules")).taxonomy();
    ProgressRecorder progress = new ProgressRecorder();

    Runs.ledger(List.of(xlsx), taxonomy, LoadOptions.within(ROOMY).withProgress(progress));

    List<Long> sheets = sheetSizes(xlsx);
    assertThat(sheets.size(), is(2)); // one sheet per entity, 625 facts each
    assertThat(progress.events(), contains(
        "start ledger.xlsx " + (sheets.get(0) + sheets.get(1)),
        "advance " + sheets.get(0),
        "advance " + (sheets.get(0) + sheets.get(1)),
        "finish"));
  }

  @Test
  void aRefusedFileIsFinishedToo() throws IOException {
    Path csv = Generator.write(new SyntheticLedger(1_250, 0, 7), Generator.Format.CSV, dir);
    Taxonomy taxonomy = RulesLoader.load(dir.resolve("rules")).taxonomy();
    ProgressRecorder progress = new ProgressRecorder();
    LoadOptions tight = LoadOptions.within(new Limits(500_000_000L, 100, 1_000_000)).withProgress(progress);

    tieout.error.UserException e =
        assertThrows(tieout.error.UserException.class, () -> Runs.ledger(List.of(csv), taxonomy, tight));

    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    long fields = (long) lines.size() * lines.get(0).split(",", -1).length;
    assertThat(e.diagnostics().get(0).message(), is("expected at most 100 fields in a file (--max-cells), found "
        + String.format(java.util.Locale.ROOT, "%,d", fields) + ": split the file or raise --max-cells"));
    // The field count is known only once the file has been read through, so the read was shown.
    assertThat(progress.events(), contains("start ledger.csv " + Files.readString(csv, StandardCharsets.UTF_8).length(),
        "finish"));
  }

  @Test
  void progressStreamReportsEveryMebibyteFromItsBase() throws IOException {
    ProgressRecorder progress = new ProgressRecorder();
    byte[] data = new byte[ProgressStream.STEP * 3];
    try (ProgressStream in = new ProgressStream(new java.io.ByteArrayInputStream(data), progress, 5)) {
      byte[] buffer = new byte[1000];
      while (in.read(buffer) > 0) {
        // drain
      }
      assertThat(in.count(), is((long) data.length));
    }
    // Reports come at the first read that reaches another mebibyte: reads are 1000 bytes long.
    long first = (ProgressStream.STEP / 1000 + 1) * 1000L;
    long second = first + (ProgressStream.STEP / 1000 + 1) * 1000L;
    assertThat(progress.advances(), contains(5 + first, 5 + second));
  }

  /**
   * "start ledger.csv" with the text's length, then an advance every 16,384 lines up to line
   * {@code last}: the position where that line starts.
   */
  private static List<String> startAndAdvances(String text, int last) {
    List<String> events = new ArrayList<>(List.of("start ledger.csv " + text.length()));
    for (int line = 16_384; line <= last; line += 16_384) {
      events.add("advance " + startOfLine(text, line));
    }
    return events;
  }

  /** The character position where 1-based line {@code n} starts. */
  private static long startOfLine(String text, int n) {
    int position = 0;
    for (int line = 1; line < n; line++) {
      position = text.indexOf('\n', position) + 1;
    }
    return position;
  }

  private static List<Long> sheetSizes(Path xlsx) throws IOException {
    List<Long> sizes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (int i = 1; ; i++) {
        ZipEntry sheet = zip.getEntry("xl/worksheets/sheet" + i + ".xml");
        if (sheet == null) {
          return sizes;
        }
        sizes.add(sheet.getSize());
      }
    }
  }
}
