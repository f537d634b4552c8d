package tieout.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tieout.engine.Status;
import tieout.load.xbrl.ConceptNames;
import tieout.load.xbrl.XbrlFiling;
import tieout.load.xbrl.XbrlLoader;
import tieout.taxonomy.Taxonomy;
import tieout.testing.SharedData;

/**
 * Every real filing of ../shared/data/xbrl: the set of inconsistent calculations (role, total,
 * period, dimensions) equals Arelle's {@code calc11e:inconsistentCalculationUsingRounding} set in the
 * filing's arelle-c11r.json, and so do the counts of numeric facts, bound relationships and totals compared.
 */
class ArelleAgreementTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "nflx-10q-2010q3, 282, 70, 52, 0",
      "unp-10k-2012, 1375, 135, 106, 0",
      "amzn-10k-2022, 1280, 283, 179, 20",
      "aeon-10q-2023q3, 1002, 68, 54, 1",
  })
  void inconsistenciesEqualArelles(String folder, int numericFacts, int bound, int compared, int inconsistent) throws Exception {
    Path dir = SharedData.require("data/xbrl/" + folder);
    JsonObject arelle = JsonParser.parseString(Files.readString(dir.resolve("arelle-c11r.json"))).getAsJsonObject();
    XbrlFiling filing = XbrlLoader.load(dir, Taxonomy.builder().build(), 1_000_000);
    assertEquals("[]", filing.problems().toString());
    Calc11.Result result = Calc11.evaluate(filing, CalcMode.ROUND_TO_NEAREST);

    Set<String> expected = new TreeSet<>();
    for (JsonElement e : arelle.getAsJsonArray("inconsistent")) {
      expected.add(key(e.getAsJsonObject()));
    }
    Set<String> actual = new TreeSet<>();
    for (Calc11.Check c : result.checks()) {
      if (c.status() == Status.FAIL) {
        actual.add(c.summation().role() + " | " + c.summation().total() + " | " + c.bind().period() + " | "
            + c.bind().dimensions());
      }
    }
    assertEquals(String.join("\n", expected), String.join("\n", actual));
    assertEquals(inconsistent, actual.size());
    assertEquals(numericFacts, arelle.get("facts_numeric").getAsInt());
    assertEquals(numericFacts, filing.facts().size());
    assertEquals(bound, arelle.get("calc_relationships_bound").getAsInt());
    assertEquals(bound, result.boundRelationships());
    assertEquals(compared, arelle.get("calc_totals_compared").getAsInt());
    assertEquals(compared, result.checks().size());
    assertEquals(0, result.checks().stream().filter(c -> c.status() == Status.NOT_EVALUATED).count());
  }

  /** Arelle's inconsistency as tieout names it: role | total | period | Axis=Member, ... */
  private static String key(JsonObject o) {
    JsonObject p = o.getAsJsonObject("period");
    String period = p.has("instant") ? p.get("instant").getAsString()
        : p.get("startDate").getAsString() + "/" + p.get("endDate").getAsString();
    Map<String, String> dims = new TreeMap<>();
    for (Map.Entry<String, JsonElement> d : o.getAsJsonObject("dimensions").entrySet()) {
      dims.put(ConceptNames.local(d.getKey()), ConceptNames.local(d.getValue().getAsString()));
    }
    StringBuilder text = new StringBuilder();
    dims.forEach((axis, member) -> text.append(text.length() == 0 ? "" : ", ").append(axis).append('=').append(member));
    return o.get("role").getAsString() + " | " + name(o.get("total").getAsString()) + " | " + period + " | " + text;
  }

  private static String name(String qname) {
    String prefix = qname.substring(0, qname.indexOf(':'));
    String local = ConceptNames.local(qname);
    return Set.of("us-gaap", "srt", "dei", "ifrs-full").contains(prefix) ? local : prefix + "_" + local;
  }
}
