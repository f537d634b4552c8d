package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.load.Limits;
import tieout.load.LoadOptions;
import tieout.load.LoadProgress;
import tieout.load.ProgressRecorder;
import tieout.taxonomy.Taxonomy;
import tieout.testing.Runs;

/**
 * SEC data sets other than the bundled daily one: older and newer column layouts, columns added
 * later, footnotes as the SEC writes them, units and values of every kind, and a large num.txt.
 */
class SecDataSetVariantsTest {
  private static final String SUB = SecZips.lines(
      "adsh\tcik\tname\tsic\tcountryba\tform\tperiod",
      "0000002488-13-000008\t2488\tADVANCED MICRO DEVICES INC\t3674\tUS\t10-K\t20121231");
  private static final String AMD = "ADVANCED MICRO DEVICES INC (CIK 2488, 0000002488-13-000008)";

  @TempDir Path dir;

  /** One line per fact: entity | concept (type) | period | unit | decimals | dimensions | value | source. */
  private static List<String> describe(List<Fact> facts) {
    List<String> lines = new ArrayList<>();
    for (Fact f : facts) {
      lines.add(f.concept().name() + " (" + f.concept().itemType() + ") | " + f.period() + " | " + f.unit() + " | "
          + f.decimals() + " | " + f.dimensions() + " | " + f.value().orElseThrow().toPlainString() + " | "
          + f.source());
    }
    return lines;
  }

  @Test
  void olderLayoutWithoutSegmentsAndCoregBeforeTheDate() throws IOException {
    // The quarterly sets before 2024: coreg after version, no segments column.
    Path zip = SecZips.write(dir.resolve("2013q1.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tcoreg\tddate\tqtrs\tuom\tvalue\tfootnote",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t\t20121231\t0\tUSD\t4993000000.0000\t",
        "0000002488-13-000008\tRevenues\tus-gaap/2012\tATI Technologies\t20121231\t4\tUSD\t1.5E9\t",
        "0000002488-13-000008\tEarningsPerShareBasic\tus-gaap/2012\t\t20121231\t4\tUSD/shares\t-1.60\t",
        "0000002488-13-000008\tEffectiveIncomeTaxRate\tus-gaap/2012\t\t20121231\t4\tpure\t0.035\t",
        "0000002488-13-000008\tCommonStockSharesOutstanding\tus-gaap/2012\t\t20121231\t0\tshares\t713000000\t",
        "0000002488-13-000008\tLiabilities\tus-gaap/2012\t\t20121231\t0\tUSD\t\t",
        "0000002488-13-000008\tNotionalAmount\tus-gaap/2012\t\t20121231\t0\tUSD\t123456789012345.678901234\t"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(Fact::entity).distinct().toList(), contains(AMD));
    assertThat(describe(facts), contains(
        "Assets (MONETARY) | 2012-12-31 | USD | -6 |  | 4993000000 | 2013q1.zip!num.txt:2",
        "Revenues (MONETARY) | 2012-01-01/2012-12-31 | USD | -8 | LegalEntity=ATI Technologies | 1500000000"
            + " | 2013q1.zip!num.txt:3",
        "EarningsPerShareBasic (PER_SHARE) | 2012-01-01/2012-12-31 | USD/share | 1 |  | -1.6 | 2013q1.zip!num.txt:4",
        "EffectiveIncomeTaxRate (PERCENT) | 2012-01-01/2012-12-31 | pure | 3 |  | 0.035 | 2013q1.zip!num.txt:5",
        "CommonStockSharesOutstanding (SHARES) | 2012-12-31 | shares | -6 |  | 713000000 | 2013q1.zip!num.txt:6",
        // line 7: an empty value is a nil fact, left out
        "NotionalAmount (MONETARY) | 2012-12-31 | USD | 9 |  | 123456789012345.678901234 | 2013q1.zip!num.txt:8"));
  }

  @Test
  void newerLayoutWithSegmentsCoregAndColumnsNotKnownToTieout() throws IOException {
    // Columns found by name: any order, unknown ones ignored.
    Path zip = SecZips.write(dir.resolve("2025q1.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tdimh\tsegments\tcoreg\tvalue\tfootnote\tfootlen\tdcml",
        "0000002488-13-000008\tRevenues\tus-gaap/2024\t20241231\t1\tUSD\t0x1\t"
            + "srt:ProductOrServiceAxis/amd:GamingMember;srt:StatementGeographicalAxis/country:US;\t\t2000000\t\t0\t-6",
        "0000002488-13-000008\tRevenues\tus-gaap/2024\t20241231\t1\tUSD\t0x0\t\tAMD Holdings\t7658000000\t\t0\t-6"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(describe(facts), contains(
        "Revenues (MONETARY) | 2024-10-01/2024-12-31 | USD | -6 | Geographical=US,"
            + " ProductOrService=Gaming | 2000000 | 2025q1.zip!num.txt:2",
        "Revenues (MONETARY) | 2024-10-01/2024-12-31 | USD | -6 | LegalEntity=AMD Holdings | 7658000000"
            + " | 2025q1.zip!num.txt:3"));
  }

  @Test
  void footnotesWithTabsQuotesAndCarriageReturnsStayInTheirLine() throws IOException {
    // No quoting in these files: a quote is a character, a tab in a footnote adds a field, and a
    // lone carriage return is no line break.
    Path zip = SecZips.write(dir.resolve("notes.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tfootnote\tvalue",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\t\t\t\"Restated\" see\tNote 2\t5000",
        "0000002488-13-000008\tCash\tus-gaap/2012\t20121231\t0\tUSD\t\t\tline one\rline two \"quoted\t\t700",
        "0000002488-13-000008\tDebt\tus-gaap/2012\t20121231\t0\tUSD\t\t\t\"\t300"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(describe(facts), contains(
        // the filing's rounding: two of its three figures are in hundreds
        "Assets (MONETARY) | 2012-12-31 | USD | -2 |  | 5000 | notes.zip!num.txt:2",
        "Cash (MONETARY) | 2012-12-31 | USD | -2 |  | 700 | notes.zip!num.txt:3",
        "Debt (MONETARY) | 2012-12-31 | USD | -2 |  | 300 | notes.zip!num.txt:4"));
  }

  @Test
  void aMissingColumnOrAShortLineIsReportedWhere() throws IOException {
    Path noUom = SecZips.write(dir.resolve("old.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tvalue",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\t5000"));
    UserException missing = assertThrows(UserException.class,
        () -> SecDataSetReader.read(noUom, Taxonomy.builder().build()));
    assertThat(messages(missing), contains("old.zip!num.txt:1: expected a tab-separated header with column 'uom',"
        + " found \"adsh\ttag\tversion\tddate\tqtrs\tvalue\""));

    Path shortLine = SecZips.write(dir.resolve("short.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tcoreg\tddate\tqtrs\tuom\tvalue\tfootnote",
        "0000002488-13-000008\tAssets\tus-gaap/2012",
        "0000009999-13-000001\tAssets\tus-gaap/2012\t\t20121231\t0\tUSD\t1\t",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t\t2012-12-31\t0\tUSD\t1\t",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t\t20121231\t0\t\t1\t"));
    UserException bad = assertThrows(UserException.class,
        () -> SecDataSetReader.read(shortLine, Taxonomy.builder().build()));
    assertThat(messages(bad), contains(
        "short.zip!num.txt:2: expected 9 tab-separated fields as in the header, found 3",
        "short.zip!num.txt:3: filing 0000009999-13-000001 is not listed in sub.txt",
        "short.zip!num.txt:4: expected a number in value and qtrs and a date YYYYMMDD in ddate, found \"1\", \"0\","
            + " \"2012-12-31\"",
        "short.zip!num.txt:5: expected a unit in uom (USD, shares, pure, USD/shares, ...), found none",
        "short.zip: 4 problems in all; every other line was read"));
  }

  @Test
  void moreBadLinesThanShownAreCountedAndTheGoodOnesStillRead() throws IOException {
    List<String> num = new ArrayList<>(List.of("adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote"));
    for (int i = 0; i < 25; i++) {
      num.add("0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\tNoPairHere;\t\t1\t");
    }
    num.add("0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\t\t\t1\t");
    Path zip = SecZips.write(dir.resolve("bad.zip"), SUB, SecZips.lines(num.toArray(String[]::new)));
    UserException bad = assertThrows(UserException.class,
        () -> SecDataSetReader.read(zip, Taxonomy.builder().build()));
    List<String> messages = messages(bad);
    assertThat(messages.size(), is(21));
    assertThat(messages.get(0), is("bad.zip!num.txt:2: expected segments as Axis=Member or prefix:Axis/prefix:Member"
        + " pairs separated by ';', found \"NoPairHere;\""));
    assertThat(messages.get(20), is("bad.zip: 20 shown of 25; every other line was read"));
  }

  @Test
  void anAmendmentAndTheFilingItAmendsAreEntitiesOfTheirOwnNamedSo() throws IOException {
    String sub = SecZips.lines(
        "adsh\tcik\tname\tform\tprevrpt\tamendflag",
        "0001047469-10-002121\t27419\tTARGET CORP\t10-K\t1\t0",
        "0001047469-10-002408\t27419\tTARGET CORP\t10-K/A\t0\t1",
        "0001047469-10-002999\t27419\t\"TARGET \"\"T\"\" CORP\"\t8-K\t0\t1");
    Path zip = SecZips.write(dir.resolve("amend.zip"), sub, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote",
        "0001047469-10-002121\tAssets\tus-gaap/2009\t20100131\t0\tUSD\t\t\t44533000000\t",
        "0001047469-10-002408\tAssets\tus-gaap/2009\t20100131\t0\tUSD\t\t\t44533000000\t",
        "0001047469-10-002999\tAssets\tus-gaap/2009\t20100131\t0\tUSD\t\t\t44533000000\t"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(Fact::entity).toList(), contains(
        "TARGET CORP (CIK 27419, 0001047469-10-002121, amended later)",
        "TARGET CORP (CIK 27419, 0001047469-10-002408, 10-K/A)",
        // a name holding a quote, quoted as the 2024 re-release writes it
        "TARGET \"T\" CORP (CIK 27419, 0001047469-10-002999, 8-K)"));
  }

  @Test
  void aRoundFigureGetsTheRoundingOfMostOfItsFilingsFigures() throws IOException {
    // AK Steel (2010q1) prints its balance sheet in hundred-thousands: 4,682,000,000 alone looks
    // rounded to millions; the filing's figures say -5. A zero gets -5 too, a finer figure keeps its
    // own, share counts keep theirs, segment figures do not count, and a filing without a majority keeps
    // each figure's own decimals.
    String sub = SecZips.lines("adsh\tcik\tname",
        "0000918160-10-000011\t918160\tAK STEEL HOLDING CORP",
        "0000002488-13-000008\t2488\tADVANCED MICRO DEVICES INC");
    Path zip = SecZips.write(dir.resolve("round.zip"), sub, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote",
        "0000918160-10-000011\tAssets\tus-gaap/2009\t20081231\t0\tUSD\t\t\t4682000000.0000\t",
        "0000918160-10-000011\tAssetsCurrent\tus-gaap/2009\t20081231\t0\tUSD\t\t\t2002800000.0000\t",
        "0000918160-10-000011\tAssetsNoncurrent\tus-gaap/2009\t20081231\t0\tUSD\t\t\t617900000.0000\t",
        "0000918160-10-000011\tGoodwill\tus-gaap/2009\t20081231\t0\tUSD\t\t\t37100000.0000\t",
        "0000918160-10-000011\tOtherAssets\tus-gaap/2009\t20081231\t0\tUSD\t\t\t0.0000\t",
        "0000918160-10-000011\tParValue\tus-gaap/2009\t20081231\t0\tUSD\t\t\t12345.6700\t",
        "0000918160-10-000011\tSharesIssued\tus-gaap/2009\t20081231\t0\tshares\t\t\t120000000\t",
        "0000918160-10-000011\tAssets\tus-gaap/2009\t20081231\t0\tUSD\tBusinessSegments=Steel;\t\t1000000000\t",
        "0000918160-10-000011\tAssets\tus-gaap/2009\t20081231\t0\tUSD\tBusinessSegments=Tubing;\t\t2000000000\t",
        "0000918160-10-000011\tAssets\tus-gaap/2009\t20081231\t0\tUSD\tBusinessSegments=Other;\t\t3000000000\t",
        "0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\t\t\t4993000000\t",
        "0000002488-13-000008\tRevenues\tus-gaap/2012\t20121231\t4\tUSD\t\t\t1500000000\t"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(f -> f.concept().name() + " " + f.decimals()).toList(), contains(
        "Assets -5", "AssetsCurrent -5", "AssetsNoncurrent -5", "Goodwill -5", "OtherAssets -5", "ParValue 2",
        "SharesIssued -7", "Assets -5", "Assets -5", "Assets -5", "Assets -6", "Revenues -8"));
  }

  @Test
  void theNotesSetsNameDimensionsByAHashIntoDimTxt() throws IOException {
    // Financial Statement and Notes sets: no segments column; dimh points into dim.txt.
    Path zip = dir.resolve("2010q1_notes.zip");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
      for (String[] entry : new String[][] {
          {"sub.txt", SUB},
          {"num.txt", SecZips.lines(
              "adsh\ttag\tversion\tddate\tqtrs\tuom\tdimh\tiprx\tvalue\tfootnote\tfootlen\tdimn\tcoreg\tdurp\tdatp\tdcml",
              "0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\t0x00000000\t0\t4993000000\t\t0\t0\t\t0\t0\t-6",
              "0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\t0x5a3b\t0\t1000000000\t\t0\t1\t\t0\t0\t-6",
              "0000002488-13-000008\tAssets\tus-gaap/2012\t20121231\t0\tUSD\t0x9999\t0\t7000000\t\t0\t1\t\t0\t0\t-6")},
          {"dim.txt", SecZips.lines("dimhash\tsegments\tsegt", "0x5a3b\tBusinessSegments=Graphics;\t0")}}) {
        out.putNextEntry(new java.util.zip.ZipEntry(entry[0]));
        out.write(entry[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(f -> f.dimensions().toString()).toList(),
        contains("", "BusinessSegments=Graphics", "Dimensions=0x9999"));
  }

  @Test
  void bothSegmentFormsAndCoregGiveTheSameDimensions() throws IOException {
    // The re-released older quarters write Axis=Member without prefixes, Statement, Axis or Member;
    // the 2024 layout prefix:Axis/prefix:Member. A co-registrant is the LegalEntity member either way.
    Path zip = SecZips.write(dir.resolve("2010q1.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote",
        "0000002488-13-000008\tStockholdersEquity\tus-gaap/2009\t20091231\t0\tUSD\t"
            + "LegalEntity=DukeEnergyCarolinasLLCSegment;EquityComponents=MembersEquityChanges;\t\t5.0000\t",
        "0000002488-13-000008\tStockholdersEquity\tus-gaap/2009\t20091231\t0\tUSD\t"
            + "dei:LegalEntityAxis/duk:DukeEnergyCarolinasLLCSegmentMember;"
            + "us-gaap:StatementEquityComponentsAxis/us-gaap:MembersEquityChangesMember;\t\t5\t",
        "0000002488-13-000008\tAssets\tus-gaap/2009\t20091231\t0\tUSD\tLegalEntity=ParentCompany;\tParentCompany\t7\t",
        "0000002488-13-000008\tAssets\tus-gaap/2009\t20091231\t0\tUSD\t\tParentCompany\t7\t",
        // segments naming the co-registrant its own way: segments' member is kept
        "0000002488-13-000008\tRevenues\tus-gaap/2024\t20241231\t1\tUSD\t"
            + "dei:LegalEntityAxis/amd:AmdHoldingsMember;\tAMD Holdings\t7\t"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(f -> f.dimensions().toString()).toList(), contains(
        "EquityComponents=MembersEquityChanges, LegalEntity=DukeEnergyCarolinasLLCSegment",
        "EquityComponents=MembersEquityChanges, LegalEntity=DukeEnergyCarolinasLLCSegment",
        "LegalEntity=ParentCompany",
        "LegalEntity=ParentCompany",
        "LegalEntity=AmdHoldings"));
  }

  @Test
  void aConvenienceTranslationIsSetApartOnItsCurrency() throws IOException {
    // Baidu (2010q1) reports in CNY with some figures translated into USD: each currency is checked
    // on its own, the minority one under Currency=USD.
    Path zip = SecZips.write(dir.resolve("fx.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tcoreg\tddate\tqtrs\tuom\tvalue\tfootnote",
        "0000002488-13-000008\tAssets\tus-gaap/2009\t\t20091231\t0\tCNY\t13700000000.0000\t",
        "0000002488-13-000008\tLiabilities\tus-gaap/2009\t\t20091231\t0\tCNY\t2500000000.0000\t",
        "0000002488-13-000008\tAssets\tus-gaap/2009\t\t20091231\t0\tUSD\t2007000000.0000\t",
        "0000002488-13-000008\tEarningsPerShareBasic\tus-gaap/2009\t\t20091231\t4\tUSD/shares\t1.08\t",
        "0000002488-13-000008\tCommonStockSharesOutstanding\tus-gaap/2009\t\t20091231\t0\tshares\t34000000\t"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(f -> f.concept().name() + " " + f.unit() + " [" + f.dimensions() + "]").toList(),
        contains("Assets CNY []", "Liabilities CNY []", "Assets USD [Currency=USD]",
            "EarningsPerShareBasic USD/share [Currency=USD]", "CommonStockSharesOutstanding shares []"));
  }

  @Test
  void theFilersDecimalsWinOverThePrintedZeros() throws IOException {
    Path zip = SecZips.write(dir.resolve("dcml.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote\tdcml",
        "0000002488-13-000008\tAssets\tus-gaap/2024\t20241231\t0\tUSD\t\t\t2000000.0000\t\t-3",
        "0000002488-13-000008\tLiabilities\tus-gaap/2024\t20241231\t0\tUSD\t\t\t1500.2500\t\t32767",
        "0000002488-13-000008\tEquity\tus-gaap/2024\t20241231\t0\tUSD\t\t\t460000000.0000\t\t"));

    List<Fact> facts = SecDataSetReader.read(zip, Taxonomy.builder().build());

    assertThat(facts.stream().map(f -> f.decimals().toString()).toList(), contains("-3", "2", "-7"));

    Path bad = SecZips.write(dir.resolve("baddcml.zip"), SUB, SecZips.lines(
        "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote\tdcml",
        "0000002488-13-000008\tAssets\tus-gaap/2024\t20241231\t0\tUSD\t\t\t2000000.0000\t\tINF"));
    UserException e = assertThrows(UserException.class, () -> SecDataSetReader.read(bad, Taxonomy.builder().build()));
    assertThat(messages(e), contains(
        "baddcml.zip!num.txt:2: expected dcml as a whole number such as -3, or 32767 for exact, found \"INF\"",
        "baddcml.zip: 1 problem in all; every other line was read"));
  }

  @Test
  void aLargeNumTxtIsStreamedWithExactProgress() throws IOException {
    Path zip = largeDataSet(200_000);
    ProgressRecorder progress = new ProgressRecorder();

    List<Fact> facts = Runs.ledger(List.of(zip), Taxonomy.builder().build(),
        LoadOptions.within(new Limits(100_000_000L, 2_000_000, 1_000_000)).withProgress(progress)).facts();

    assertThat(facts.size(), is(200_000));
    long size;
    try (ZipFile z = new ZipFile(zip.toFile())) {
      size = z.getEntry("num.txt").getSize();
    }
    // Lines 65,536, 131,072 and 196,608 end at these bytes: a 62-byte header, 53-byte lines.
    assertThat(size, is(62L + 200_000L * 53));
    assertThat(progress.events(), contains(
        "start big.zip " + size,
        "advance " + (62 + 65_535L * 53),
        "advance " + (62 + 131_071L * 53),
        "advance " + (62 + 196_607L * 53),
        "advance " + size,
        "finish"));
  }

  @Test
  void moreNumbersThanMaxFactsSaysWhichFlagToRaiseAndHowFar() throws IOException {
    Path zip = largeDataSet(200_000);
    UserException e = assertThrows(UserException.class,
        () -> SecDataSetReader.read(zip, Taxonomy.builder().build(), 150_000, LoadProgress.NONE));
    assertThat(messages(e), contains("big.zip!num.txt: expected at most 150,000 facts in one run (--max-facts),"
        + " found 200,000 numbers in num.txt: raise --max-facts to 200,000 or more"));
  }

  /** A data set of {@code lines} numbers: 1,000 filings of 200 tags each, every line 53 bytes long. */
  private Path largeDataSet(int lines) throws IOException {
    StringBuilder sub = new StringBuilder("adsh\tcik\tname\n");
    for (int f = 0; f < 1_000; f++) {
      sub.append(String.format("0000000001-25-%06d\t1\tCO %d\n", f, f));
    }
    StringBuilder num = new StringBuilder("adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote\n");
    for (int i = 0; i < lines; i++) {
      // adsh 20, tag 4, version 1, ddate 8, qtrs 1, uom 3, value 6, 10 tabs and a line feed: 53 bytes
      num.append(String.format("0000000001-25-%06d\tT%03d\tv\t20241231\t0\tUSD\t\t\t%06d\t\n", i % 1_000, i / 1_000 % 200,
          i));
    }
    return SecZips.write(dir.resolve("big.zip"), sub.toString(), num.toString());
  }

  private static List<String> messages(UserException e) {
    return e.diagnostics().stream().map(d -> d.location() + ": " + d.message()).toList();
  }
}
