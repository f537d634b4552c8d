package tieout.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tieout.cli.Main;

/**
 * The training run of the build's class data sharing archive ({@code target/tieout.jsa}, made by
 * {@code mvn package}; pom.xml): runs tieout's common work in one JVM (the bundled sample, in text
 * and JSON; a generated tidy CSV large enough to be read as plain CSV; a generated XBRL instance) with
 * {@code -XX:DumpLoadedClassList}, and {@code java -Xshare:dump} archives the classes listed. bin/tieout
 * and the benchmark then start the JVM with the archive, which spares loading and verifying those
 * classes again ({@code docs/performance.md#speed-tricks-kept}, "Class data archive").
 *
 * <p>Always exits 0: a failed training only means a smaller archive, never a failed build. Usage:
 * {@code java -XX:DumpLoadedClassList=target/tieout.classlist -cp target/tieout.jar
 * tieout.bench.ClassDataTraining target/cds-training}, from the repository.
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) {
    Path work = Path.of(args.length > 0 ? args[0] : "target/cds-training");
    try {
      Files.createDirectories(work);
      run("check");
      run("check", "--format", "json", "--output", work.resolve("sample.json").toString());
      Path generated = work.resolve("csv");
      run("generate", "--facts", "25000", "--errors", "5", "--format", "csv", generated.toString());
      run("check", "--rules", generated.resolve("rules").toString(), generated.resolve("ledger.csv").toString());
      // An XBRL instance with its calculation linkbase: the XML parser's and the XBRL loader's
      // classes are otherwise loaded and verified on every XBRL run.
      Path xbrl = work.resolve("xbrl");
      run("generate", "--facts", "2000", "--errors", "5", "--format", "xbrl", xbrl.toString());
      run("check", "--no-progress", xbrl.resolve("ledger.xml").toString());
    } catch (IOException | RuntimeException e) {
      System.err.println("tieout: class data training stopped early (the archive is smaller): " + e);
    }
    System.exit(0);
  }

  private static void run(String... args) {
    Writer sink = new StringWriter();
    int code = Main.run(args, new PrintWriter(sink), new PrintWriter(sink));
    if (code > 1) {
      System.err.println("tieout: training run " + List.of(args) + " exited " + code + ": " + sink);
    }
  }
}
