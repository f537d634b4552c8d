package tieout.annotate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tieout.error.UserException;
import tieout.load.InputKind;
import tieout.load.files.Inputs;
import tieout.load.OutputGuard;

/**
 * The spreadsheet files a run read that can be annotated: the inputs as the loader finds them
 * ({@link Inputs}: a folder's inputs, not recursive, no hidden or lock files, each file once) of a
 * kind with cells to mark ({@link InputKind#annotatable()}: not SEC data sets).
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> of(List<Path> paths) {
    return Inputs.of(paths).files().stream()
        .filter(p -> InputKind.of(p).map(InputKind::annotatable).orElse(false))
        .toList();
  }

  static boolean isCsv(Path p) {
    return InputKind.of(p).equals(Optional.of(InputKind.CSV));
  }

  /**
   * Checks that {@code outDir} can take a copy of every file without touching an input.
   *
   * @throws UserException when OUTDIR is an input folder, holds an input, is a file, or when two
   *     inputs share a name (their copies would overwrite each other)
   */
  static void checkOutputFolder(Path outDir, List<Path> inputs, List<Path> files) {
    OutputGuard.folder("--annotate", outDir, inputs, "annotated/");
    Path out = outDir.toAbsolutePath().normalize();
    Set<String> names = new HashSet<>();
    for (Path file : files) {
      Path abs = file.toAbsolutePath().normalize();
      if (out.equals(abs.getParent())) {
        throw UserException.at(outDir.toString(),
            "--annotate would write over the input " + file
                + "; tieout never writes over its inputs: choose another folder, such as annotated/");
      }
      if (!names.add(file.getFileName().toString())) {
        throw UserException.at(file.toString(),
            "two inputs are named '" + file.getFileName() + "' and their annotated copies would collide: annotate them in separate runs");
      }
    }
  }
}
