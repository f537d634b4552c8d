package tieout.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.explain.Explanation;
import tieout.ledger.Fact;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
import tieout.narrative.NarrativeReport;
import tieout.run.RunResult;
import tieout.taxonomy.Dimensions;

/**
 * The machine-readable report, a stable contract (documented in the README): a summary and every
 * check, passed ones included (failed ones only with {@link Shown#FAILED}; the summary still counts
 * all), each failed one with its likely {@code explanations}; then the {@code flux} review with its
 * own summary. Amounts are decimal strings so no precision is lost. Written as it goes: the JSON
 * is never held whole. Written by {@link JsonText}, which writes what Gson's pretty, HTML-safe
 * writer would, faster; the narrative section, small and written by its own package, through Gson.
 */
public final class JsonReport implements ReportFormat {

  @Override
  public void write(RunResult result, Writer out, Shown shown) throws IOException {
    List<Finding> findings = result.findings();
    JsonText json = new JsonText(out);
    PeriodText periods = new PeriodText();
    json.beginObject();
    Summary s = Summary.of(findings);
    json.name("summary").beginObject();
    json.name("checks").value(s.checks());
    json.name("passed").value(s.passed());
    json.name("failed").value(s.failed());
    json.name("warnings").value(s.warnings());
    json.name("notEvaluated").value(s.notEvaluated());
    json.name("unreadable").value(result.unreadable().size());
    json.endObject();
    // Always present, as notices: every problem in the data, none cut (the text report shows 20).
    json.name("unreadable").beginArray();
    for (InputProblem p : result.unreadable()) {
      json.beginObject().name("status").value(InputProblem.STATUS).name("severity").value("error")
          .name("location").value(p.location()).name("message").value(p.message()).endObject();
    }
    json.endArray();
    json.name("findings").beginArray();
    for (Finding f : findings) {
      if (shown.lists(f)) {
        writeFinding(f, result, json, periods);
      }
    }
    json.endArray();
    writeFlux(result, shown, json, periods);
    if (result.narrative().isPresent()) {
      StringWriter narrative = new StringWriter();
      JsonWriter gson = new JsonWriter(narrative);
      gson.setIndent("  ");
      gson.setHtmlSafe(true);
      NarrativeReport.writeJson(result.narrative().get(), gson);
      gson.flush();
      json.name("narrative").jsonValue(narrative.toString());
    }
    // Always present, so that a consumer can tell "nothing hidden" from an older report.
    json.name("notices").beginArray();
    for (Notice notice : result.notices()) {
      json.beginObject().name("location").value(notice.location()).name("message").value(notice.message()).endObject();
    }
    json.endArray();
    json.name("coverage").beginArray();
    for (SheetCoverage c : result.coverage()) {
      json.beginObject().name("sheet").value(c.sheet()).name("read").value(c.read()).name("present").value(c.present())
          .endObject();
    }
    json.endArray();
    json.endObject();
    json.flush();
    out.write("\n");
  }

  /** {@code "flux": {"summary": {...}, "findings": [...]}}, findings shaped as the checks'. */
  private static void writeFlux(RunResult result, Shown shown, JsonText json, PeriodText periods) throws IOException {
    FluxSummary s = FluxSummary.of(result.flux());
    json.name("flux").beginObject();
    json.name("summary").beginObject();
    json.name("comparisons").value(s.comparisons());
    json.name("flagged").value(s.flagged());
    json.name("withinThresholds").value(s.withinThresholds());
    json.name("notEvaluated").value(s.notEvaluated());
    json.endObject();
    json.name("findings").beginArray();
    for (Finding f : result.flux()) {
      if (shown.lists(f)) {
        writeFinding(f, result, json, periods);
      }
    }
    json.endArray();
    json.endObject();
  }

  private static void writeFinding(Finding f, RunResult result, JsonText json, PeriodText periods) throws IOException {
    json.beginObject();
    json.name("rule").recurringValue(f.rule());
    json.name("severity").recurringValue(f.severity().keyword());
    json.name("status").recurringValue(f.status().name());
    json.name("message").recurringValue(f.message());
    json.name("entity").recurringValue(f.entity());
    json.name("period").recurringValue(periods.of(f.period()));
    dimensions("dimensions", f.dimensions(), json);
    amount("reported", f.reported(), json);
    amount("computed", f.computed(), json);
    amount("variance", f.variance(), json);
    amount("tolerance", f.tolerance(), json);
    if (f.reason().isPresent()) {
      json.name("reason").value(f.reason().get());
    }
    json.name("facts").beginArray();
    for (Operand o : f.operands()) {
      Fact fact = o.fact();
      json.beginObject();
      json.name("concept").recurringValue(fact.concept().name());
      json.name("side").recurringValue(o.side() == Operand.Side.REPORTED ? "reported" : "computed");
      json.name("weight").plain(o.weight());
      writeFact(fact, json, periods);
      json.endObject();
    }
    json.endArray();
    if (f.status() == Status.FAIL) {
      writeExplanations(result.explanationsOf(f), json, periods);
    }
    json.endObject();
  }

  private static void writeFact(Fact fact, JsonText json, PeriodText periods) throws IOException {
    json.name("period").recurringValue(periods.of(fact.period()));
    if (fact.isNil()) {
      json.name("value").nullValue();
    } else {
      json.name("value").plain(fact.amount());
    }
    json.name("unit").recurringValue(fact.unit().id());
    json.name("decimals").recurringValue(fact.decimals().toString());
    dimensions("dimensions", fact.dimensions(), json);
    json.name("source").value(fact.source().toString());
  }

  /** {@code "explanations": [{"sum": "294676", "facts": [{"sign": 1, "concept": ...}]}]}, best first. */
  private static void writeExplanations(List<Explanation> explanations, JsonText json,
      PeriodText periods) throws IOException {
    json.name("explanations").beginArray();
    for (Explanation e : explanations) {
      json.beginObject();
      json.name("sum").plain(e.sum());
      json.name("facts").beginArray();
      for (Explanation.SignedFact sf : e.facts()) {
        json.beginObject();
        json.name("sign").value(sf.sign());
        json.name("concept").recurringValue(sf.fact().concept().name());
        writeFact(sf.fact(), json, periods);
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
  }

  private static void amount(String name, Optional<BigDecimal> value, JsonText json) throws IOException {
    if (value.isPresent()) {
      json.name(name).plain(value.get());
    }
  }

  private static void dimensions(String name, Dimensions dims, JsonText json) throws IOException {
    json.name(name).beginObject();
    for (Map.Entry<String, String> e : dims.members().entrySet()) {
      json.name(e.getKey()).value(e.getValue());
    }
    json.endObject();
  }
}
