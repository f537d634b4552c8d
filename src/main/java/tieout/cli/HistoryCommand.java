package tieout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tieout.error.UserException;
import tieout.history.HistoryException;
import tieout.history.HistoryStore;
import tieout.history.RunSummary;
import tieout.nightly.ConfigLoader;
import tieout.nightly.Setting;

/** {@code tieout history}: lists past nightly runs and their counts; prunes old ones. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists the nightly runs recorded in the history, newest first.")
public final class HistoryCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE", description = "The nightly config whose history to read.")
  Path config;

  @Option(names = "--history", paramLabel = "FILE|JDBC-URL", description = "The history database (overrides the config).")
  String history;

  @Option(names = "--job", paramLabel = "NAME", description = "Only runs of this job.")
  String job;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N runs (default: 20).")
  int limit = 20;

  @Option(names = "--keep-last", paramLabel = "N", description = "Delete all but the newest N runs of each job first.")
  Integer keepLast;

  @Override
  public Integer call() {
    if (limit < 1 || (keepLast != null && keepLast < 1)) {
      throw UserException.at("--limit/--keep-last", "expected a whole number of at least 1");
    }
    String location = ConfigLoader.historyLocation(
        Optional.ofNullable(config),
        Optional.ofNullable(history).map(h -> new Setting("history", h, "--history", Path.of("").toAbsolutePath())));
    PrintWriter out = spec.commandLine().getOut();
    try {
      // Reading never creates a history: a wrong path is reported, not answered "no runs recorded".
      HistoryStore store = HistoryStore.openExisting(location, System.getenv());
      if (job != null) {
        JobNames.requireKnown(job, store.jobs(), location);
      }
      if (keepLast != null) {
        out.println("pruned " + store.prune(keepLast) + " run(s), kept the newest " + keepLast + " of each job");
      }
      List<RunSummary> runs = store.runs(Optional.ofNullable(job), limit);
      out.print(table(runs));
      out.flush();
      return ExitCodes.OK;
    } catch (HistoryException e) {
      spec.commandLine().getErr().println("tieout: " + e.getMessage());
      return ExitCodes.INTERNAL_ERROR;
    }
  }

  /** One line per run: {@code 7  2024-05-01 02:00  Entrée Gold FY2013  112  4  16  1  4  1  sent}. */
  static String table(List<RunSummary> runs) {
    if (runs.isEmpty()) {
      return "no runs recorded\n";
    }
    StringBuilder s = new StringBuilder(String.format("%5s  %-16s  %6s  %6s  %6s  %4s  %4s  %8s  %-8s  %s%n",
        "run", "started", "checks", "failed", "n/e", "new", "open", "resolved", "mail", "job"));
    for (RunSummary r : runs) {
      s.append(String.format("%5d  %-16s  %6d  %6d  %6d  %4d  %4d  %8d  %-8s  %s%n",
          r.id(), WHEN.format(r.startedAt().atZone(ZoneId.systemDefault())), r.checks(), r.failed(),
          r.notEvaluated(), r.newCount(), r.open(), r.resolved(), r.mailStatus(), r.job()));
    }
    return s.toString();
  }
}
