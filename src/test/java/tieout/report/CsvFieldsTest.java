package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import tieout.ledger.Amounts;

/**
 * {@link CsvFields} writes the bytes Commons CSV's {@link CSVPrinter} writes with RFC 4180: the
 * same random records through both, compared as UTF-8 bytes.
 */
class CsvFieldsTest {

  @Test
  void everyCharacterFirstLastAndInsideIsQuotedAsCommonsCsvQuotesIt() throws IOException {
    List<List<String>> records = new ArrayList<>();
    for (int c = 0; c < 0x3000; c++) {
      String ch = String.valueOf((char) c);
      records.add(List.of(ch, "a" + ch, ch + "a", "a" + ch + "b", ""));
    }
    assertThat(ours(records), is(commons(records)));
  }

  @Test
  void randomRecordsGiveCommonsCsvsBytes() throws IOException {
    String[] pieces = {"a", "Revenue", " ", ",", "\"", "\r", "\n", "\r\n", "#", "=", "-", "'", "\t", "é", "\u00b7",
        "\uD83D\uDCB0", "\uD83D", "ledger.csv:22", ";", "@"};
    Random random = new Random(13);
    List<List<String>> records = new ArrayList<>();
    for (int r = 0; r < 3000; r++) {
      List<String> record = new ArrayList<>();
      int fields = 1 + random.nextInt(6);
      for (int f = 0; f < fields; f++) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          s.append(pieces[random.nextInt(pieces.length)]);
        }
        record.add(s.toString());
      }
      records.add(record);
    }
    assertThat(new String(ours(records), StandardCharsets.UTF_8), is(new String(commons(records), StandardCharsets.UTF_8)));
    assertThat(ours(records), is(commons(records)));
  }

  @Test
  void longFieldsAndPairsAcrossTheBuffersEdgeAreWhole() throws IOException {
    List<List<String>> records = new ArrayList<>();
    for (int shift = 0; shift < 3; shift++) {
      String body = "y".repeat(shift) + "\uD83D\uDCB0x".repeat(3000);
      records.add(List.of(body, body + ",", "\"" + body, body + " "));
    }
    assertThat(ours(records), is(commons(records)));
  }

  @Test
  void amountsAreWrittenAsAmountsPlainWritesThem() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvFields csv = new CsvFields(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    List<String> expected = new ArrayList<>();
    for (String a : List.of("0", "0.00", "-1", "2.50", "1E+3", "1234567890123456789", "-0.0001")) {
      csv.plain(new BigDecimal(a));
      expected.add(Amounts.plain(new BigDecimal(a)));
    }
    csv.endRecord();
    csv.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8), is(String.join(",", expected) + "\r\n"));
  }

  private static byte[] ours(List<List<String>> records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvFields csv = new CsvFields(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    for (List<String> record : records) {
      csv.record(record.toArray(String[]::new));
    }
    csv.flush();
    return bytes.toByteArray();
  }

  private static byte[] commons(List<List<String>> records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
    for (List<String> record : records) {
      csv.printRecord(record);
    }
    csv.flush();
    return bytes.toByteArray();
  }
}
