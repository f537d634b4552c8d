package tieout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.error.Suggestions;
import tieout.error.UserException;
import tieout.explain.Trace;
import tieout.ledger.Period;
import tieout.load.BadValueException;
import tieout.load.table.PeriodCaption;
import tieout.load.table.PeriodCaptions;
import tieout.report.TraceText;
import tieout.rules.Rule;
import tieout.run.LinkbaseRules;
import tieout.run.Reconciliation;
import tieout.run.RunResult;
import tieout.taxonomy.PeriodType;

/**
 * {@code tieout explain RULE-ID}: the whole computation of the checks of one rule, like a
 * calculation inspector: every fact with its weight, value, decimals, interval and cell, both
 * sides, the variance, the tolerance, the verdict and the likely explanations.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Shows the whole computation of the checks of rule RULE-ID (optionally one period or entity).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:what is shown passes (or was not evaluated)",
      "1:a check shown failed (a flux rule: was flagged)",
      "2:bad input, rules or usage; unknown rule id or period",
      "3:internal error"
    })
public final class ExplainCommand implements Callable<Integer> {
  /** The built-in rule that every run has, though no rule file declares it. */
  private static final String DUPLICATE = "DUPLICATE";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RULE-ID", description = "The rule whose checks to show, e.g. IS-Q2Y.")
  String ruleId;

  @Parameters(index = "1..*", paramLabel = "PATH", description = "Spreadsheet files or folders (default: ./spreadsheets).")
  List<Path> paths = List.of();

  @Mixin InputOptions input = new InputOptions();

  @Option(names = "--period", paramLabel = "P",
      description = "Only this period: 2013-01-01/2013-12-31, 2013-12-31, FY2013, 2013, Q4 2013, Year Ended December 31, 2013.")
  String period;

  @Option(names = "--entity", paramLabel = "E", description = "Only this entity (case ignored).")
  String entity;

  @Option(names = "--concept", paramLabel = "C", description = "Only checks whose reported side is concept C.")
  String concept;

  @Override
  public Integer call() throws IOException {
    List<Path> inputs = InputOptions.inputs(paths);
    RunResult result =
        Reconciliation.run(inputs, input.rules(), input.loadOptions(), Optional.empty(), LinkbaseRules.DEFAULT);
    UnreadableNote.print(result.unreadable(), spec.commandLine().getErr(), "tieout check --format json");
    Optional<Rule> rule = result.rules().rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    if (rule.isEmpty() && !ruleId.equals(DUPLICATE)) {
      List<String> ids = new ArrayList<>();
      result.rules().rules().forEach(r -> ids.add(r.id()));
      ids.add(DUPLICATE);
      throw UserException.at(
          "explain " + ruleId,
          "unknown rule id '" + ruleId + "'" + Suggestions.didYouMean(ruleId, ids)
              + " (the rules " + input.rules().folderFor(inputs).map(dir -> "in " + dir).orElse("of this run")
              + " are " + String.join(", ", ids) + ")");
    }
    List<Finding> all = new ArrayList<>(result.findings());
    all.addAll(result.flux());
    List<Finding> ofRule = all.stream()
        .filter(f -> f.rule().equals(ruleId))
        .filter(f -> entity == null || f.entity().toLowerCase(Locale.ROOT).equals(entity.toLowerCase(Locale.ROOT)))
        .filter(f -> concept == null || f.operands().stream().anyMatch(
            o -> o.side() == Operand.Side.REPORTED && o.fact().concept().name().equals(concept)))
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (ofRule.isEmpty()) {
      if ((entity != null || concept != null) && all.stream().anyMatch(f -> f.rule().equals(ruleId))) {
        if (concept != null) {
          Set<String> concepts = new LinkedHashSet<>();
          all.stream().filter(f -> f.rule().equals(ruleId)).flatMap(f -> f.operands().stream())
              .filter(o -> o.side() == Operand.Side.REPORTED).forEach(o -> concepts.add(o.fact().concept().name()));
          throw UserException.at("--concept " + concept,
              "rule " + ruleId + " has no check of this concept" + Suggestions.didYouMean(concept, concepts)
                  + " (its concepts are " + String.join(", ", concepts) + ")");
        }
        Set<String> entities = new LinkedHashSet<>();
        all.stream().filter(f -> f.rule().equals(ruleId)).forEach(f -> entities.add(f.entity()));
        throw UserException.at("--entity " + entity,
            "rule " + ruleId + " has no check for this entity; its entities are " + String.join(", ", entities));
      }
      out.println("tieout: rule " + ruleId + " made no check on these spreadsheets: none of its figures is reported");
      out.flush();
      return ExitCodes.OK;
    }
    List<Finding> shown = ofRule;
    if (period != null) {
      Set<Period> wanted = periods(period, result);
      shown = ofRule.stream().filter(f -> wanted.contains(f.period())).toList();
      if (shown.isEmpty()) {
        Set<String> existing = new LinkedHashSet<>();
        ofRule.forEach(f -> existing.add(f.period().toString()));
        throw UserException.at("--period " + period,
            "rule " + ruleId + " has no check for this period; its periods are " + String.join(", ", existing));
      }
    }
    TraceText text = new TraceText(out);
    for (int i = 0; i < shown.size(); i++) {
      if (i > 0) {
        out.write("\n" + "-".repeat(72) + "\n\n");
      }
      Finding f = shown.get(i);
      text.write(Trace.of(f, result.explanationsOf(f)), rule);
    }
    out.flush();
    return shown.stream().anyMatch(f -> f.status() == Status.FAIL) ? ExitCodes.DISCREPANCIES : ExitCodes.OK;
  }

  /** The periods {@code text} may mean: a duration caption also names its end date. */
  private static Set<Period> periods(String text, RunResult result) {
    Set<Period> periods = new LinkedHashSet<>();
    if (text.strip().equalsIgnoreCase(Period.FOREVER.toString())) {
      periods.add(Period.FOREVER); // an XBRL forever context
      return periods;
    }
    if (text.strip().matches("\\d{4}-\\d{2}-\\d{2}(\\s*/\\s*\\d{4}-\\d{2}-\\d{2})?")) {
      try {
        periods.add(Period.parse(text.strip()));
        return periods;
      } catch (IllegalArgumentException e) {
        throw badPeriod(text);
      }
    }
    Optional<PeriodCaption> caption;
    try {
      caption = PeriodCaptions.parse(text, result.rules().taxonomy().fiscalYearEnd());
    } catch (BadValueException e) {
      throw badPeriod(text);
    }
    if (caption.isEmpty() || caption.get().isPartial()) {
      throw badPeriod(text);
    }
    caption.get().periodFor(PeriodType.DURATION).ifPresent(periods::add);
    caption.get().periodFor(PeriodType.INSTANT).ifPresent(periods::add);
    return periods;
  }

  private static UserException badPeriod(String text) {
    return UserException.at("--period " + text,
        "expected a period such as 2013-01-01/2013-12-31, 2013-12-31, FY2013 or Q4 2013, found '" + text + "'");
  }
}
