package tieout.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.generate.Generator;
import tieout.generate.SyntheticLedger;

/**
 * The benchmark harness: generates synthetic ledgers, runs {@code tieout check} on each in a fresh
 * JVM (so that every figure includes JVM start), and prints wall time, facts per second, peak heap
 * and whether exactly the planted discrepancies were found. Each JVM gets the options bin/tieout
 * gives (bin/jvm.options), or with {@code --jvm-options none} the JVM's defaults ({@code java -jar}).
 * Run it with {@code bench/run.sh}; see {@code docs/performance.md}.
 *
 * <pre>
 * java -cp target/tieout.jar tieout.bench.Benchmark [--sizes 10000,100000,1000000] [--errors 25]
 *     [--runs 3] [--work DIR] [--jvm-options bin/jvm.options|none]
 * </pre>
 */
public final class Benchmark {
  private static final Pattern MEASURED =
      Pattern.compile("tieout-bench: done_ms=(\\d+) peak_heap_bytes=(\\d+) exit=(\\d+)");

  private final Path jar;
  private final Path work;
  private final int errors;
  private final int runs;
  /** The JVM options bin/tieout runs with (bin/jvm.options), or none: the JVM's defaults. */
  private final List<String> jvmOptions;

  private Benchmark(Path jar, Path work, int errors, int runs, List<String> jvmOptions) {
    this.jar = jar;
    this.work = work;
    this.errors = errors;
    this.runs = runs;
    this.jvmOptions = jvmOptions;
  }

  /** The options of a jvm.options file: one a line, '#' starting a comment. */
  static List<String> jvmOptions(Path file) throws IOException {
    List<String> options = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int hash = line.indexOf('#');
      String option = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!option.isEmpty()) {
        options.addAll(Arrays.asList(option.split("\\s+")));
      }
    }
    return options;
  }

  /**
   * Whether the kernel offers transparent huge pages (the file exists and does not say
   * {@code [never]}): bin/tieout's test, so that the benchmark's JVMs get what the launcher's get.
   */
  public static boolean transparentHugePagesOffered(Path setting) throws IOException {
    return Files.isReadable(setting) && !Files.readString(setting, StandardCharsets.US_ASCII).contains("[never]");
  }

  /** What one scenario measured: the median run's figures and the planted-versus-found comparison. */
  /**
   * What one scenario measured: the median run's figures and the planted-versus-found comparison.
   * {@code wallSeconds}: the process, start to exit; {@code doneSeconds}: JVM start to the report
   * written (no JVM exit, no harness); a target applies to the one its scenario names.
   */
  record Result(
      String name, int facts, String xmx, double wallSeconds, double minSeconds, double doneSeconds,
      long peakHeap, int planted, int found, int missed, int extra, double targetSeconds, boolean targetOnWall) {
    String row() {
      String exact = planted < 0 ? "-" : (missed == 0 && extra == 0 ? "yes" : "NO");
      double judged = targetOnWall ? wallSeconds : doneSeconds;
      String target = targetSeconds <= 0 ? "" : (judged <= targetSeconds ? "met" : "missed")
          + " (" + (targetOnWall ? "wall" : "done") + " <= " + targetSeconds + " s)";
      return String.format(Locale.ROOT, "%-28s %9d %8.2f %8.2f %8s %11.0f %9s %5s %8s %6s %6s  %s",
          name, facts, wallSeconds, minSeconds, doneSeconds < 0 ? "-" : String.format(Locale.ROOT, "%.2f", doneSeconds),
          facts / wallSeconds, peakHeap < 0 ? "-" : String.format(Locale.ROOT, "%.0f", peakHeap / 1048576.0), xmx,
          planted < 0 ? "-" : Integer.toString(planted), planted < 0 ? "-" : Integer.toString(found), exact, target);
    }
  }

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
    int errors = 25;
    int runs = 3;
    Path work = Path.of("target/bench");
    String jvm = "bin/jvm.options";
    Path jar = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(Integer::parseInt).toList();
        case "--errors" -> errors = Integer.parseInt(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--work" -> work = Path.of(value);
        case "--jvm-options" -> jvm = value;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> options = new ArrayList<>(jvm.equals("none") ? List.of() : jvmOptions(Path.of(jvm)));
    // As bin/tieout: transparent huge pages where the kernel offers them, and the build's class
    // data sharing archive, when newer than the jar.
    if (!jvm.equals("none") && transparentHugePagesOffered(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))) {
      options.add("-XX:+UseTransparentHugePages");
    }
    Path archive = jar.resolveSibling("tieout.jsa");
    if (!jvm.equals("none") && Files.isRegularFile(archive)
        && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
      options.add("-XX:SharedArchiveFile=" + archive);
      options.add("-Xlog:cds*=off");
    }
    new Benchmark(jar, work, errors, runs, options).run(sizes);
  }

  private void run(List<Integer> sizes) throws Exception {
    System.out.printf("tieout benchmark: %d run(s) per scenario, median shown; %d cores, java %s, JVM options: %s%n",
        runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        jvmOptions.isEmpty() ? "the JVM's defaults" : String.join(" ", jvmOptions) + " (as bin/tieout)");
    System.out.printf("%-28s %9s %8s %8s %8s %11s %9s %5s %8s %6s %6s  %s%n",
        "scenario", "facts", "wall_s", "best_s", "done_s", "facts/s", "heap_MB", "Xmx", "planted", "found", "exact", "target");
    List<Result> results = new ArrayList<>();
    for (int n : sizes) {
      results.add(print(synthetic("csv N=" + n, n, Generator.Format.CSV, "1g", n == 1_000_000 ? 3.0 : 0)));
    }
    results.add(print(synthetic("csv N=140000 (Arelle work)", 140_000, Generator.Format.CSV, "1g", 0)));
    results.add(print(synthetic("xlsx N=100000 cells", 100_000, Generator.Format.XLSX, "256m", 4.0)));
    results.add(print(sample()));
    Result arelle = results.stream().filter(r -> r.name().contains("Arelle")).findFirst().orElseThrow();
    System.out.printf(Locale.ROOT,
        "reference processor (issue 5): 40 s and 1 GB for 140,000 facts; tieout: %.2f s (%.0fx faster), peak heap %.0f MB%n",
        arelle.wallSeconds(), 40.0 / arelle.wallSeconds(), arelle.peakHeap() / 1048576.0);
    boolean exact = results.stream().allMatch(r -> r.planted() < 0 || (r.missed() == 0 && r.extra() == 0));
    System.out.println(exact ? "planted discrepancies: all found, nothing else failed"
        : "planted discrepancies: MISMATCH (see above)");
    System.exit(exact ? 0 : 1);
  }

  private static Result print(Result r) {
    System.out.println(r.row());
    return r;
  }

  private Result synthetic(String name, int n, Generator.Format format, String xmx, double target)
      throws Exception {
    Path dir = work.resolve(format.name().toLowerCase(Locale.ROOT) + "-" + n);
    SyntheticLedger ledger = new SyntheticLedger(n, Math.min(errors, (n + 124) / 125), 1);
    Path file = Generator.write(ledger, format, dir);
    flushToDisk(file);
    Path report = dir.resolve("report.txt");
    List<String> check = List.of(
        // A tidy CSV has five fields a fact: 1,000,000 facts exceed the default --max-cells.
        "check", "--max-cells", Integer.toString(Math.max(2_000_000, 6 * n)),
        "--rules", dir.resolve("rules").toString(), file.toString());
    Run median = medianOf(plainCommand(xmx, check), measuredCommand(xmx, check),
        report, Path.of("."));
    Set<String> planted = Discrepancies.planted(dir.resolve("manifest.csv"));
    Set<String> found = Discrepancies.found(report);
    Set<String> missed = new TreeSet<>(planted);
    missed.removeAll(found);
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(planted);
    missed.stream().limit(5).forEach(k -> System.out.println("  missed: " + k));
    extra.stream().limit(5).forEach(k -> System.out.println("  unexpected: " + k));
    return new Result(name, ledger.factCount(), xmx, median.seconds, median.best, median.done, median.peakHeap,
        planted.size(), found.size(), missed.size(), extra.size(), target, false);
  }

  /**
   * Waits until a file just written is on disk: otherwise the system writes it back while the first
   * timed run reads it, and the first large run is slowed by it ({@code docs/performance.md#the-benchmark}).
   */
  private static void flushToDisk(Path file) throws IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * The bundled sample, {@code check} in the repository, run as a user runs it (tieout's own main,
   * no harness): its target is the whole process, start to exit, so no peak heap is taken.
   */
  private Result sample() throws Exception {
    Path report = work.resolve("sample-report.txt");
    Run median = medianOf(plainCommand(null, List.of("check")), null, report, Path.of("."));
    String first = Files.readAllLines(report, StandardCharsets.UTF_8).get(0);
    Matcher m = Pattern.compile("(\\d+) checks").matcher(first);
    return new Result("bundled sample (" + (m.find() ? m.group(1) + " checks" : first) + ")", 0, "-",
        median.seconds, median.best, -1, -1, -1, 0, 0, 0, 1.5, true);
  }

  /**
   * tieout as bin/tieout runs it: {@code -jar}, not the main class on a class path (the two differ:
   * {@code -jar} reads the jar's manifest and central directory once more, which can cost a run one
   * more young collection; docs/performance-log.md, sixth round).
   */
  private List<String> plainCommand(String xmx, List<String> args) {
    List<String> command = new ArrayList<>();
    if (xmx != null) {
      command.add("-Xmx" + xmx);
    }
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(args);
    return command;
  }

  /** The same work under {@link Measured}, which needs its own main class. */
  private List<String> measuredCommand(String xmx, List<String> args) {
    List<String> command = new ArrayList<>(List.of("-Xmx" + xmx, "-cp", jar.toString(), Measured.class.getName()));
    command.addAll(args);
    return command;
  }

  private record Run(double seconds, double best, double done, long peakHeap) {}

  /**
   * Runs {@code plain} (tieout as a user runs it) {@code runs} times for the wall times and, in
   * turn with it so that both meet the same moments of a drifting machine, {@code measured} (the
   * same work under {@link Measured}) for the time to the report and the peak heap; the harness's
   * own start-up and management classes are then in no wall time. Without {@code measured}, the
   * wall times only.
   */
  private Run medianOf(List<String> plain, List<String> measured, Path report, Path dir) throws Exception {
    List<Double> walls = new ArrayList<>();
    List<double[]> measures = new ArrayList<>();
    Files.createDirectories(report.toAbsolutePath().getParent());
    for (int i = 0; i < runs; i++) {
      walls.add(launch(plain, report, dir).seconds);
      if (measured != null) {
        Launched run = launch(measured, report, dir);
        Matcher m = MEASURED.matcher(run.stderr);
        if (!m.find()) {
          throw new IOException("tieout did not report its figures: " + String.join(" ", measured) + "\n" + run.stderr);
        }
        measures.add(new double[] {Long.parseLong(m.group(1)) / 1000.0, Long.parseLong(m.group(2))});
      }
    }
    walls.sort(null);
    measures.sort((a, b) -> Double.compare(a[0], b[0]));
    double[] median = measures.isEmpty() ? new double[] {-1, -1} : measures.get(measures.size() / 2);
    return new Run(walls.get(walls.size() / 2), walls.get(0), median[0], (long) median[1]);
  }

  private record Launched(double seconds, String stderr) {}

  /** One fresh JVM with the benchmark's options, its report written to {@code report}. */
  private Launched launch(List<String> args, Path report, Path dir) throws Exception {
    Path err = report.resolveSibling(report.getFileName() + ".err");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(args);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(report.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (code > 1) {
      throw new IOException("tieout failed (exit " + code + "): " + String.join(" ", command) + "\n" + stderr);
    }
    return new Launched(seconds, stderr);
  }
}
