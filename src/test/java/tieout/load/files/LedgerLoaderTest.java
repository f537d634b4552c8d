package tieout.load.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.ledger.Ledger;
import tieout.load.Facts;
import tieout.load.InputProblem;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.Notice;
import tieout.load.TestTaxonomy;
import tieout.load.Workbooks;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;

class LedgerLoaderTest {
  private final Taxonomy taxonomy = TestTaxonomy.entree();

  @TempDir Path dir;

  private Path annualWorkbook(Path file) throws IOException {
    return new Workbooks().sheet("Annual")
        .row(null, "FY2013")
        .row("Exploration", "5,808,316")
        .sheet("Hidden")
        .hideSheet()
        .row(null, "FY2012")
        .row("Exploration", "7,966,902")
        .write(file);
  }

  private Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private List<String> problems(List<Path> paths) {
    UserException e = assertThrows(UserException.class, () -> Runs.ledger(paths, taxonomy));
    return e.diagnostics().stream().map(d -> d.location() + ": " + d.message()).toList();
  }

  @Test
  void loadsAFolderInNameOrderIgnoringOtherFiles() throws IOException {
    text("b-facts.csv", "\uFEFFconcept,period,value\r\nNetIncomeLoss,FY2013,-11422025\r\n");
    annualWorkbook(dir.resolve("a-annual.xlsx"));
    text("c-balance.csv", "line,2013-12-31\nWorking capital,\"46,394,496\"\n");
    text("notes.txt", "not a spreadsheet");
    text("~$a-annual.xlsx", "Excel's lock file");
    Files.createDirectory(dir.resolve("sub"));
    text("sub/ignored.csv", "concept,period,value\nNope,2013,1\n");

    Ledger ledger = Runs.ledger(List.of(dir), taxonomy);

    assertThat(Facts.describe(ledger.facts()), contains(
        "ExplorationExpense 2013-01-01/2013-12-31 5808316 USD d=0 @ a-annual.xlsx!Annual!B2",
        "ExplorationExpense 2012-01-01/2012-12-31 7966902 USD d=0 @ a-annual.xlsx!Hidden!B2",
        "NetIncomeLoss 2013-01-01/2013-12-31 -11422025 USD d=0 @ b-facts.csv:2",
        "WorkingCapital 2013-12-31 46394496 USD d=0 @ c-balance.csv:2"));
  }

  @Test
  void loadsNamedFilesOnceEachAndNeverWritesThem() throws IOException {
    Path workbook = annualWorkbook(dir.resolve("annual.xlsx"));
    FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(workbook, modified);
    byte[] before = Files.readAllBytes(workbook);

    Ledger ledger = Runs.ledger(List.of(workbook, dir, dir.resolve("./annual.xlsx")), taxonomy);

    assertThat(ledger.size(), equalTo(2));
    assertThat(Arrays.equals(Files.readAllBytes(workbook), before), equalTo(true));
    assertThat(Files.getLastModifiedTime(workbook), equalTo(modified));
  }

  @Test
  void readsWindowsCsvFromExcel() throws IOException {
    Files.write(dir.resolve("annual.csv"),
        ",FY2013\r\nExploration,\"5,808,316\"\r\n".getBytes(Charset.forName("windows-1252")));
    Files.write(dir.resolve("entity.csv"),
        "Entity: Entrée\r\n,FY2013\r\nExploration,1\r\n".getBytes(Charset.forName("windows-1252")));

    Ledger ledger = Runs.ledger(List.of(dir), taxonomy);

    assertThat(ledger.facts().get(1).entity(), equalTo("Entrée"));
  }

  @Test
  void readsUtf16AndRejectsSemicolonSeparatedCsv() throws IOException {
    Files.write(dir.resolve("a-unicode.csv"),
        "\uFEFFconcept,period,value\r\nNetIncomeLoss,FY2013,-1\r\n".getBytes(StandardCharsets.UTF_16LE));
    text("b-european.csv", "concept;period;value\nNetIncomeLoss;FY2013;-1\n");

    assertThat(problems(List.of(dir)), contains(
        "b-european.csv:1: expected comma-separated values, found fields separated by ';': save the file as CSV"
            + " (Comma delimited)"));
    assertThat(Facts.describe(Runs.ledger(List.of(dir.resolve("a-unicode.csv")), taxonomy).facts()), contains(
        "NetIncomeLoss 2013-01-01/2013-12-31 -1 USD d=0 @ a-unicode.csv:2"));
  }

  @Test
  void reportsPathsThatAreNoSpreadsheets() throws IOException {
    Path missing = dir.resolve("missing");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    text("empty/readme.md", "nothing here");
    Path notes = text("notes.txt", "text");
    Path old = text("old.xls", "binary");

    assertThat(problems(List.of(missing, empty, notes, old)), contains(
        missing + ": no such file or folder",
        empty + ": no input files in " + empty + " (tieout reads .xlsx, .csv, SEC data set .zip, XBRL .xml/.xbrl/.htm), found 1 other file:"
            + " readme.md",
        notes + ": expected a .xlsx, .csv, SEC data set .zip or XBRL .xml/.xbrl/.htm file, found 'notes.txt'",
        old + ": expected a .xlsx, .csv, SEC data set .zip or XBRL .xml/.xbrl/.htm file, found 'old.xls': save it as an Excel Workbook"
            + " (.xlsx)"));
  }

  @Test
  void reportsWorkbooksPoiCannotOpen() throws IOException {
    Path renamed = text("renamed.xlsx", "concept,period,value\n");
    Path empty = text("empty.xlsx", "");
    Path encrypted = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(Files.readAllBytes(annualWorkbook(dir.resolve("plain.xlsx.tmp"))));
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }

    assertThat(problems(List.of(renamed, empty, encrypted)), contains(
        "renamed.xlsx: expected an Excel workbook (.xlsx), found a file that is not one (no zip archive inside;"
            + " perhaps a CSV or text file renamed to .xlsx): open it in Excel and save it as an Excel Workbook (.xlsx)",
        "empty.xlsx: expected an Excel workbook (.xlsx), found an empty file",
        "locked.xlsx: expected an Excel workbook without a password, found a password-protected one: save a copy"
            + " without the password and load that"));
  }

  @Test
  void collectsProblemsAcrossFilesUpToTwenty() throws IOException {
    StringBuilder bad = new StringBuilder("concept,period,value\n");
    for (int i = 0; i < 24; i++) {
      bad.append("Nope,FY2013,1\n");
    }
    text("a.csv", "concept,period,value\nNetIncomeLoss,FY2013,one\n");
    text("b.csv", bad.toString());

    List<String> problems = problems(List.of(dir));

    // 25 problems: the first 20, then the total (no silent cut).
    assertThat(problems, hasSize(21));
    assertThat(problems.get(0), equalTo(
        "a.csv:2: expected a plain decimal such as -11422025 or 0.08, or nil, for 'NetIncomeLoss', found \"one\""));
    assertThat(problems.get(1), equalTo("b.csv:2: unknown concept 'Nope'"));
    assertThat(problems.get(19), equalTo("b.csv:20: unknown concept 'Nope'"));
    assertThat(problems.get(20), equalTo(
        "b.csv:21: and more from here: 20 shown of 25; all in --format json without --strict"));
  }

  @Test
  void reportsBadCellsInEverySheetOfAWorkbook() throws IOException {
    Path workbook = new Workbooks().sheet("One")
        .row(null, "FY2013")
        .row("Exploration", "n/a")
        .sheet("Two")
        .row(null, "FY2013")
        .row("Exploraton", "1")
        .write(dir.resolve("bad.xlsx"));

    assertThat(problems(List.of(workbook)), contains(
        "bad.xlsx!One!B2: expected an amount for 'Exploration' (2013-01-01/2013-12-31), found text \"n/a\"",
        "bad.xlsx!Two!A2: unknown caption \"Exploraton\"; did you mean 'Exploration'?"));
  }

  @Test
  void problemsInTheDataAreFindingsAndTheOtherFilesLoad() throws IOException {
    annualWorkbook(dir.resolve("a-annual.xlsx"));
    text("b.csv", "concept,period,value\nNetIncomeLoss,FY2013,one\nNetIncomeLoss,FY2012,-5\n");
    Files.write(dir.resolve("c.xlsx"), new byte[0]);

    LoadedLedger loaded = LedgerLoader.load(List.of(dir), taxonomy, LoadOptions.within(Limits.DEFAULT));

    assertThat(loaded.unreadable().stream().map(InputProblem::toString).toList(), contains(
        "b.csv:2: expected a plain decimal such as -11422025 or 0.08, or nil, for 'NetIncomeLoss', found \"one\"",
        "c.xlsx: expected an Excel workbook (.xlsx), found an empty file"));
    // The workbook's facts and b.csv's good line are loaded.
    assertThat(loaded.ledger().size(), is(Runs.ledger(List.of(dir.resolve("a-annual.xlsx")), taxonomy).size() + 1));
    assertThat(problems(List.of(dir)), contains(
        "b.csv:2: expected a plain decimal such as -11422025 or 0.08, or nil, for 'NetIncomeLoss', found \"one\"",
        "c.xlsx: expected an Excel workbook (.xlsx), found an empty file"));
  }

  @Test
  void aFolderNamesTheFilesItDoesNotReadThatLookMeantTo() throws IOException {
    annualWorkbook(dir.resolve("annual.xlsx"));
    text("q.xlsb", "binary");
    text("scan.pdf", "%PDF");
    text("readme.md", "notes");

    LoadedLedger loaded = LedgerLoader.load(List.of(dir), taxonomy, LoadOptions.within(Limits.DEFAULT));

    assertThat(loaded.unreadable(), is(List.of()));
    assertThat(loaded.notices().stream().map(Notice::toString).toList(), contains(
        dir.resolve("q.xlsb") + ": not read: save it as an Excel Workbook (.xlsx)",
        dir.resolve("scan.pdf") + ": not read: tieout reads tables, not documents: copy the tables into an .xlsx or"
            + " .csv file",
        "annual.xlsx!Hidden: hidden sheet, 1 fact loaded"));
  }

  @Test
  void aFolderNamesItsSubfoldersAsNotRead() throws IOException {
    annualWorkbook(dir.resolve("annual.xlsx"));
    Path dataSet = Files.createDirectory(dir.resolve("2024q3"));
    Files.writeString(dataSet.resolve("sub.txt"), "adsh\tcik\tname\n");
    Files.writeString(dataSet.resolve("num.txt"), "adsh\ttag\tversion\tddate\tqtrs\tuom\tvalue\n");
    annualWorkbook(Files.createDirectory(dir.resolve("drafts")).resolve("draft.xlsx"));
    Files.writeString(Files.createDirectory(dir.resolve("rules")).resolve("a.rules"), "# no inputs here\n");
    Files.createDirectory(dir.resolve(".git"));

    LoadedLedger loaded = LedgerLoader.load(List.of(dir), taxonomy, LoadOptions.within(Limits.DEFAULT));

    assertThat(loaded.notices().stream().map(Notice::toString).toList(), contains(
        dataSet + ": not read: an extracted SEC data set: tieout check reads data sets as zips; zip its .txt files"
            + " (zip -j DATASET.zip FOLDER/*.txt) and name the zip, or check the folder with tieout-spark, which"
            + " reads extracted data sets",
        dir.resolve("drafts") + ": not read: a folder inside " + dir.getFileName() + " (folders are not read"
            + " recursively); name it to check its files",
        "annual.xlsx!Hidden: hidden sheet, 1 fact loaded"));
  }

  @Test
  void anExtractedDataSetNamedAloneSaysHowToReadIt() throws IOException {
    Files.writeString(dir.resolve("sub.txt"), "adsh\tcik\tname\n");
    Files.writeString(dir.resolve("num.txt"), "adsh\ttag\tversion\tddate\tqtrs\tuom\tvalue\n");

    UserException e = assertThrows(UserException.class,
        () -> LedgerLoader.load(List.of(dir), taxonomy, LoadOptions.within(Limits.DEFAULT)));

    assertThat(e.getMessage(), is(dir + ": error: no input files in " + dir + " (tieout reads "
        + ".xlsx, .csv, SEC data set .zip, XBRL .xml/.xbrl/.htm), found 2 other files: num.txt, sub.txt; an extracted SEC data"
        + " set: tieout check reads data sets as zips; zip its .txt files (zip -j DATASET.zip FOLDER/*.txt) and name"
        + " the zip, or check the folder with tieout-spark, which reads extracted data sets"));
  }

  @Test
  void pathsAndLimitsAreRefusedEvenWhenNotStrict() throws IOException {
    annualWorkbook(dir.resolve("annual.xlsx"));
    Path missing = dir.resolve("missing.csv");
    UserException e = assertThrows(UserException.class,
        () -> LedgerLoader.load(List.of(dir, missing), taxonomy, LoadOptions.within(Limits.DEFAULT)));
    assertThat(e.getMessage(), equalTo(missing + ": error: no such file or folder"));
    UserException facts = assertThrows(UserException.class,
        () -> LedgerLoader.load(List.of(dir), taxonomy, LoadOptions.within(new Limits(1_000_000, 1_000_000, 1))));
    assertThat(facts.getMessage(), equalTo("annual.xlsx: error: expected at most 1 facts in one run (--max-facts),"
        + " found more by this file: check fewer files at a time or raise --max-facts"));
  }

  @Test
  void aSheetThatYieldsNothingSaysSo() throws IOException {
    Path workbook = new Workbooks().sheet("Annual")
        .row(null, "FY2013")
        .row("Exploration", "5,808,316")
        .sheet("Cover")
        .row("Entrée Gold Inc.")
        .row("Management's discussion and analysis")
        .sheet("Bad")
        .row(null, "FY2013")
        .row("Exploration", "n/a")
        .write(dir.resolve("book.xlsx"));

    LoadedLedger loaded = LedgerLoader.load(List.of(workbook), taxonomy, LoadOptions.within(Limits.DEFAULT));

    // The sheet with a bad cell says why in its unreadable finding, not again in a notice.
    assertThat(loaded.notices().stream().map(Notice::toString).toList(), contains(
        "book.xlsx!Cover: no amounts read: no line caption with figures under a period heading (such as \"Year Ended"
            + " December 31, 2013\" or \"Dec. 31, 2013\") was found on this sheet"));
    assertThat(loaded.unreadable().stream().map(InputProblem::toString).toList(), contains(
        "book.xlsx!Bad!B2: expected an amount for 'Exploration' (2013-01-01/2013-12-31), found text \"n/a\""));
  }
}
