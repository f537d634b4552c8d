package tieout.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tieout.error.UserException;

/**
 * The one rule every command that writes follows: tieout never writes to what it reads. Checked
 * before the run, so a clash costs the user nothing but a message (exit 2).
 */
public final class OutputGuard {
  private static final String NEVER = "tieout never writes to its inputs, choose another file";

  private OutputGuard() {}

  /**
   * Refuses an {@code --output} file that is a folder, an input, or a file of an input kind inside
   * an input folder (the next run would read the report as data).
   */
  public static void file(Path output, List<Path> inputs) {
    if (Files.isDirectory(output)) {
      throw UserException.at(output.toString(), "--output names a folder; give a file name such as report.json");
    }
    Path target = absolute(output);
    for (Path input : inputs) {
      Path in = absolute(input);
      boolean clash = Files.isDirectory(in)
          ? in.equals(target.getParent()) && InputKind.isInput(target)
          : in.equals(target);
      if (clash) {
        throw UserException.at(output.toString(), "--output would overwrite an input spreadsheet; " + NEVER);
      }
    }
  }

  /** Refuses an {@code --output} file that is the narrative (prose) file being checked. */
  public static void notProse(Path output, Path prose) {
    if (absolute(output).equals(absolute(prose))) {
      throw UserException.at(output.toString(), "--output would overwrite the narrative file; " + NEVER);
    }
  }

  /**
   * Refuses an output folder that is a file or one of the input folders.
   *
   * @param option how the user named it ({@code --annotate}, {@code OUTDIR}), for the message
   * @param example a folder name to suggest, such as {@code annotated/}
   */
  public static void folder(String option, Path outDir, List<Path> inputs, String example) {
    Path out = absolute(outDir);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw UserException.at(outDir.toString(), option + " expects a folder, found a file: name a folder such as " + example);
    }
    for (Path input : inputs) {
      if (absolute(input).equals(out)) {
        throw UserException.at(outDir.toString(), option
            + " names an input folder; tieout never writes over its inputs: choose another folder, such as " + example);
      }
    }
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
