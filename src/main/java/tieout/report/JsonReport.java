package tieout.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.explain.Explanation;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;
import tieout.load.InputProblem;
import tieout.load.Notice;
import tieout.load.SheetCoverage;
import tieout.narrative.NarrativeReport;
import tieout.rules.Severity;
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
  /** Checks a block formatted on one thread ({@link InOrder}): some 450 KB of JSON. */
  private static final int BLOCK = 256;

  // A finding's names, encoded once: written 12 million times in a full report of 112,000 checks.
  private static final byte[] RULE = JsonText.encodedName("rule");
  private static final byte[] SEVERITY = JsonText.encodedName("severity");
  private static final byte[] STATUS = JsonText.encodedName("status");
  private static final byte[] MESSAGE = JsonText.encodedName("message");
  private static final byte[] ENTITY = JsonText.encodedName("entity");
  private static final byte[] PERIOD = JsonText.encodedName("period");
  private static final byte[] DIMENSIONS = JsonText.encodedName("dimensions");
  private static final byte[] REPORTED = JsonText.encodedName("reported");
  private static final byte[] COMPUTED = JsonText.encodedName("computed");
  private static final byte[] VARIANCE = JsonText.encodedName("variance");
  private static final byte[] TOLERANCE = JsonText.encodedName("tolerance");
  private static final byte[] REASON = JsonText.encodedName("reason");
  private static final byte[] FACTS = JsonText.encodedName("facts");
  private static final byte[] CONCEPT = JsonText.encodedName("concept");
  private static final byte[] SIDE = JsonText.encodedName("side");
  private static final byte[] WEIGHT = JsonText.encodedName("weight");
  private static final byte[] VALUE = JsonText.encodedName("value");
  private static final byte[] UNIT = JsonText.encodedName("unit");
  private static final byte[] DECIMALS = JsonText.encodedName("decimals");
  private static final byte[] SOURCE = JsonText.encodedName("source");
  private static final byte[] EXPLANATIONS = JsonText.encodedName("explanations");
  private static final byte[] SUM = JsonText.encodedName("sum");
  private static final byte[] SIGN = JsonText.encodedName("sign");
  private static final byte[] REPORTED_SIDE = JsonText.encodedString("reported");
  private static final byte[] COMPUTED_SIDE = JsonText.encodedString("computed");
  private static final byte[] EMPTY_OBJECT = TextBuffer.ascii("{}");
  /** The most bytes of dimensions kept as written, and how many dimensions are kept (per depth). */
  private static final int DIMENSIONS_ROOM = 2048;
  private static final int DIMENSIONS_KEPT = 4096;
  /** Each severity's keyword as a JSON string: {@code Severity.keyword} makes a lower-case copy each time. */
  private static final byte[][] SEVERITIES = Arrays.stream(Severity.values())
      .map(v -> JsonText.encodedString(v.keyword())).toArray(byte[][]::new);

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
    List<Finding> listed = shown.listsAll() ? findings : findings.stream().filter(shown::lists).toList();
    if (!listed.isEmpty()) {
      json.flush(); // what is written so far goes before the blocks
      int depth = json.depth();
      InOrder.write(listed.size(), BLOCK, to -> {
        JsonText elements = JsonText.elements(to, depth);
        PeriodText texts = new PeriodText();
        return (from, end) -> {
          elements.firstElement(from == 0);
          for (int i = from; i < end; i++) {
            writeFinding(listed.get(i), result, elements, texts);
          }
          elements.flush();
        };
      }, out);
      json.elementsWritten();
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
    json.name(RULE).recurringValue(f.rule());
    json.name(SEVERITY).encodedValue(SEVERITIES[f.severity().ordinal()]);
    json.name(STATUS).recurringValue(f.status().name());
    json.name(MESSAGE).recurringValue(f.message());
    json.name(ENTITY).recurringValue(f.entity());
    json.name(PERIOD).recurringValue(periods.of(f.period()));
    keptDimensions(DIMENSIONS, f.dimensions(), json);
    amount(REPORTED, f.reported(), json);
    amount(COMPUTED, f.computed(), json);
    amount(VARIANCE, f.variance(), json);
    amount(TOLERANCE, f.tolerance(), json);
    if (f.reason().isPresent()) {
      json.name(REASON).value(f.reason().get());
    }
    json.name(FACTS).beginArray();
    for (Operand o : f.operands()) {
      Fact fact = o.fact();
      json.beginObject();
      json.name(CONCEPT).recurringValue(fact.concept().name());
      json.name(SIDE).encodedValue(o.side() == Operand.Side.REPORTED ? REPORTED_SIDE : COMPUTED_SIDE);
      json.name(WEIGHT).plain(o.weight());
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
    json.name(PERIOD).recurringValue(periods.of(fact.period()));
    if (fact.isNil()) {
      json.name(VALUE).nullValue();
    } else {
      json.name(VALUE).plain(fact.amount());
    }
    json.name(UNIT).recurringValue(fact.unit().id());
    json.name(DECIMALS).recurringValue(periods.of(fact.decimals()));
    keptDimensions(DIMENSIONS, fact.dimensions(), json);
    SourceRef source = fact.source();
    if (!source.isCell() && source.line() > 0) {
      json.name(SOURCE).fileLine(source.file(), source.line());
    } else {
      json.name(SOURCE).value(source.toString());
    }
  }

  /** {@code "explanations": [{"sum": "294676", "facts": [{"sign": 1, "concept": ...}]}]}, best first. */
  private static void writeExplanations(List<Explanation> explanations, JsonText json,
      PeriodText periods) throws IOException {
    json.name(EXPLANATIONS).beginArray();
    for (Explanation e : explanations) {
      json.beginObject();
      json.name(SUM).plain(e.sum());
      json.name(FACTS).beginArray();
      for (Explanation.SignedFact sf : e.facts()) {
        json.beginObject();
        json.name(SIGN).value(sf.sign());
        json.name(CONCEPT).recurringValue(sf.fact().concept().name());
        writeFact(sf.fact(), json, periods);
        json.endObject();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
  }

  private static void amount(byte[] name, Optional<BigDecimal> value, JsonText json) throws IOException {
    if (value.isPresent()) {
      json.name(name).plain(value.get());
    }
  }

  private static void dimensions(byte[] name, Dimensions dims, JsonText json) throws IOException {
    if (dims.isEmpty()) {
      json.name(name).encodedValue(EMPTY_OBJECT);
      return;
    }
    json.name(name).beginObject();
    for (Map.Entry<String, String> e : dims.members().entrySet()) {
      json.name(e.getKey()).value(e.getValue());
    }
    json.endObject();
  }

  /**
   * A check's or a fact's {@code "dimensions"} member (never its object's first), copied as it was
   * written the first time for these dimensions at this depth: iterating a sorted map's entries
   * made five objects a fact, 40 MB of a full report's garbage.
   */
  private static void keptDimensions(byte[] name, Dimensions dims, JsonText json) throws IOException {
    Map<Object, byte[]> written = json.keptHere();
    byte[] bytes = written.get(dims);
    if (bytes != null) {
      json.member(bytes);
      return;
    }
    int mark = json.mark(DIMENSIONS_ROOM);
    dimensions(name, dims, json);
    bytes = json.since(mark, DIMENSIONS_ROOM);
    if (bytes != null && written.size() < DIMENSIONS_KEPT) {
      written.put(dims, bytes);
    }
  }

}
