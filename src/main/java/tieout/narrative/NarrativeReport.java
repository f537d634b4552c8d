package tieout.narrative;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tieout.ledger.Amounts;
import tieout.ledger.Fact;

/**
 * The narrative section of every report format: the counts of each status and the list of claims,
 * contradictions first, then the differing figures, then ties, then untraced figures.
 */
public final class NarrativeReport {
  private NarrativeReport() {}

  /** {@code narrative: 26 tied, 0 contradicted, 1 differing, 109 untraced}, the summary line's phrase. */
  public static String phrase(NarrativeResult n) {
    return "narrative: " + n.count(ClaimStatus.TIED) + " tied, " + n.count(ClaimStatus.CONTRADICTED)
        + " contradicted, " + n.count(ClaimStatus.DIFFERS) + " differing, " + n.count(ClaimStatus.UNTRACED) + " untraced";
  }

  /** Whether any figure differs with a qualifier: a warning, failing the run only under {@code --fail-on warning}. */
  public static boolean hasDifferences(Optional<NarrativeResult> n) {
    return n.isPresent() && n.get().count(ClaimStatus.DIFFERS) > 0;
  }

  /** The claims in report order: by status (contradicted, differs, tied, untraced), then as in the document. */
  public static List<NarrativeClaim> ordered(NarrativeResult n) {
    List<NarrativeClaim> out = new ArrayList<>(n.claims());
    out.sort(java.util.Comparator.comparing(NarrativeClaim::status));
    return out;
  }

  /** Whether any figure of the prose contradicts the ledger: an error, like a failed error check. */
  public static boolean hasContradictions(Optional<NarrativeResult> n) {
    return n.isPresent() && n.get().count(ClaimStatus.CONTRADICTED) > 0;
  }

  /** The text section: a heading with the counts, then one block per claim. */
  public static void writeText(NarrativeResult n, Writer out) throws IOException {
    out.write("Narrative " + n.file() + ": " + phrase(n).substring("narrative: ".length()) + "\n");
    for (NarrativeClaim c : ordered(n)) {
        ClaimStatus status = c.status();
        StringBuilder line = new StringBuilder("  ").append(pad(status.name(), 13)).append(c.location()).append("  ")
            .append(c.amountText());
        c.concept().ifPresent(k -> line.append("  ").append(k.name()));
        dimensions(c).ifPresent(d -> line.append(" [").append(d).append("]"));
        c.period().ifPresent(p -> line.append(" ").append(p));
        c.fact().filter(f -> status != ClaimStatus.UNTRACED)
            .ifPresent(f -> line.append("  ledger ").append(Amounts.format(f.amount())).append(" at ").append(f.source()));
        c.variance().ifPresent(v -> line.append("  variance ").append(Amounts.format(v)));
        out.write(line.toString().stripTrailing() + "\n");
        if (status != ClaimStatus.TIED) {
          out.write("               " + c.reason() + "\n");
        }
        if (c.note().isPresent()) {
          out.write("               note: " + c.note().get() + "\n");
        }
        if (status == ClaimStatus.CONTRADICTED || status == ClaimStatus.DIFFERS) {
          out.write("               \"" + c.excerpt() + "\"\n");
        }
    }
  }

  /** The JSON value of the {@code "narrative"} key. */
  public static void writeJson(NarrativeResult n, JsonWriter json) throws IOException {
    json.beginObject();
    json.name("file").value(n.file());
    json.name("counts").beginObject();
    json.name("tied").value(n.count(ClaimStatus.TIED));
    json.name("contradicted").value(n.count(ClaimStatus.CONTRADICTED));
    json.name("differs").value(n.count(ClaimStatus.DIFFERS));
    json.name("untraced").value(n.count(ClaimStatus.UNTRACED));
    json.endObject();
    json.name("claims").beginArray();
    for (NarrativeClaim c : ordered(n)) {
      json.beginObject();
      json.name("status").value(c.status().name());
      json.name("location").value(c.location());
      json.name("amountText").value(c.amountText());
      json.name("amount").value(Amounts.plain(c.amount()));
      json.name("decimals").value(c.decimals().toString());
      json.name("excerpt").value(c.excerpt());
      nullable(json, "concept", c.concept().map(k -> k.name()));
      nullable(json, "period", c.period().map(Object::toString));
      nullable(json, "dimensions", dimensions(c));
      nullable(json, "source", c.fact().map(f -> f.source().toString()));
      nullable(json, "value", c.fact().map(f -> Amounts.plain(f.amount())));
      nullable(json, "variance", c.variance().map(Amounts::plain));
      json.name("reason").value(c.reason());
      nullable(json, "note", c.note());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  /**
   * One CSV row per claim in the check report's columns: rule {@code NARRATIVE}, severity error,
   * status the claim's, message the excerpt, reported the prose amount, computed the ledger value.
   */
  public static List<List<String>> csvRows(NarrativeResult n) {
    List<List<String>> rows = new ArrayList<>();
    for (NarrativeClaim c : ordered(n)) {
      Optional<Fact> f = c.fact();
      List<String> row = new ArrayList<>();
      row.add("NARRATIVE");
      row.add(c.status() == ClaimStatus.DIFFERS ? "warning" : "error");
      row.add(c.status().name());
      row.add(c.excerpt());
      row.add(f.map(Fact::entity).orElse(""));
      row.add(c.period().map(Object::toString).orElse(""));
      row.add(f.map(x -> x.dimensions().toString()).orElse(""));
      row.add(Amounts.plain(c.amount()));
      row.add(f.map(x -> Amounts.plain(x.amount())).orElse(""));
      row.add(c.variance().map(Amounts::plain).orElse(""));
      row.add("");
      row.add(c.reason() + c.note().map(x -> "; note: " + x).orElse(""));
      row.add(c.location() + " " + c.amountText()
          + c.concept().map(k -> "; " + k.name() + f.map(x -> " @ " + x.source()).orElse("")).orElse(""));
      rows.add(row);
    }
    return rows;
  }

  /**
   * One CSV row per claim with the JSON fields (status, location, amountText, amount, decimals,
   * concept, period, source, value, variance, reason, excerpt); text a spreadsheet would take for a
   * formula is prefixed with an apostrophe.
   */
  public static List<List<String>> csvColumns(NarrativeResult n) {
    List<List<String>> rows = new ArrayList<>();
    for (NarrativeClaim c : ordered(n)) {
      rows.add(List.of(
          c.status().name(),
          safe(c.location()),
          safe(c.amountText()),
          Amounts.plain(c.amount()),
          c.decimals().toString(),
          c.concept().map(k -> k.name()).orElse(""),
          c.period().map(Object::toString).orElse(""),
          safe(c.fact().map(f -> f.source().toString()).orElse("")),
          c.fact().map(f -> Amounts.plain(f.amount())).orElse(""),
          c.variance().map(Amounts::plain).orElse(""),
          safe(c.reason() + c.note().map(x -> "; note: " + x).orElse("")),
          safe(c.excerpt())));
    }
    return rows;
  }

  /** The breakdown member of the fact compared with ("Region=Mongolia"), if any. */
  private static Optional<String> dimensions(NarrativeClaim c) {
    return c.fact().filter(f -> !f.dimensions().isEmpty()).map(f -> f.dimensions().toString());
  }

  /** Neutralizes formula injection: =, +, -, @, tab and carriage return lead a formula in Excel. */
  private static String safe(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  private static void nullable(JsonWriter json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.name(name).value(value.get());
    } else {
      json.name(name).nullValue();
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
