package tieout.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tieout export --format xbrl-csv}: the sample as an xBRL-CSV report, its metadata naming the
 * document type and one table template, and its table read back row for row.
 */
class XbrlCsvExportTest {
  @TempDir Path dir;

  private static List<List<String>> rows(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
        rows.add(r.toList());
      }
      return rows;
    }
  }

  @Test
  void theSampleIsAnXbrlCsvReport() throws IOException {
    Path out = dir.resolve("csv");
    CliRun run = CliRun.of("export", "--no-progress", "--format", "xbrl-csv", out.toString());
    assertThat(run.err(), run.exitCode(), is(ExitCodes.OK));
    assertThat(run.out(), is("tieout: 289 facts, 52 concepts and 9 calculations written to " + out
        + " (ledger.json, ledger.csv, ledger.xsd, ledger_cal.xml, ledger_lab.xml); 13 rules not exported, listed in"
        + " not-exported.txt\n"));
    assertEquals("[ledger.csv, ledger.json, ledger.xsd, ledger_cal.xml, ledger_lab.xml, not-exported.txt]",
        Files.list(out).map(p -> p.getFileName().toString()).sorted().toList().toString());

    JsonObject meta = JsonParser.parseString(Files.readString(out.resolve("ledger.json"))).getAsJsonObject();
    JsonObject info = meta.getAsJsonObject("documentInfo");
    assertEquals("https://xbrl.org/2021/xbrl-csv", info.get("documentType").getAsString());
    assertEquals("http://tieout.dev/ledger", info.getAsJsonObject("namespaces").get("tieout").getAsString());
    assertEquals("[\"ledger.xsd\"]", info.get("taxonomy").toString());
    JsonObject template = meta.getAsJsonObject("tableTemplates").getAsJsonObject("facts");
    assertEquals("[concept, entity, period, unit, decimals, dim_Maturity, dim_Region, value]",
        template.getAsJsonObject("columns").keySet().toString());
    assertEquals("{\"dimensions\":{\"concept\":\"$concept\"},\"decimals\":\"$decimals\"}",
        template.getAsJsonObject("columns").get("value").toString());
    assertEquals("{\"entity\":\"$entity\",\"period\":\"$period\",\"unit\":\"$unit\","
        + "\"tieout:Maturity\":\"$dim_Maturity\",\"tieout:Region\":\"$dim_Region\"}",
        template.get("dimensions").toString());
    assertEquals("{\"facts\":{\"url\":\"ledger.csv\",\"template\":\"facts\"}}", meta.get("tables").toString());

    List<List<String>> rows = rows(out.resolve("ledger.csv"));
    assertEquals(290, rows.size()); // the header and a row per fact
    assertEquals(List.of("concept", "entity", "period", "unit", "decimals", "dim_Maturity", "dim_Region", "value"),
        rows.get(0));
    assertEquals(List.of("tieout:NetIncomeLoss", "entity:Entrée Gold Inc.", "2013-01-01/2013-12-31", "iso4217:USD",
        "0", "", "", "-11422025"), rows.get(4));
    assertEquals("tieout:MineralPropertyExpenditures,entity:Entrée Gold Inc.,2013-01-01/2013-12-31,iso4217:USD,0,,"
        + "tieout:Mongolia,1355493",
        rows.stream().filter(r -> r.get(6).equals("tieout:Mongolia") && r.get(2).startsWith("2013"))
            .map(r -> String.join(",", r)).findFirst().orElseThrow());
    // Every row has all its columns, a tieout concept and a value that is a number or #nil.
    assertEquals("", rows.subList(1, rows.size()).stream()
        .filter(r -> r.size() != 8 || !r.get(0).startsWith("tieout:")
            || !(r.get(7).matches("-?\\d+(\\.\\d+)?") || r.get(7).equals("#nil")))
        .map(r -> String.join(",", r)).collect(Collectors.joining("\n")));
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("export", "--no-progress", "--format", "json", dir.resolve("x").toString());
    assertThat(run.exitCode(), is(ExitCodes.USER_ERROR));
    assertThat(run.err().lines().findFirst().orElseThrow(),
        is("tieout: Invalid value for option '--format': expected xbrl or xbrl-csv, found 'json'"));
  }
}
