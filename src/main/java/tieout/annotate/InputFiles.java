package tieout.annotate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tieout.error.UserException;

/**
 * The spreadsheet files a run read, found from the command's paths by the loader's rules: a folder
 * means its {@code .xlsx} and {@code .csv} files (not recursive, no hidden or lock files), a file
 * named twice counts once.
 */
final class InputFiles {
  private InputFiles() {}

  static List<Path> of(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      List<Path> found;
      if (Files.isDirectory(path)) {
        try (Stream<Path> entries = Files.list(path)) {
          found = entries
              .filter(Files::isRegularFile)
              .filter(InputFiles::isSpreadsheet)
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
        } catch (IOException e) {
          // The loader reports an unreadable folder as a user error; nothing to copy from it.
          found = List.of();
        }
      } else {
        found = List.of(path);
      }
      for (Path file : found) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  static boolean isSpreadsheet(Path p) {
    String name = p.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".xlsx") || lower.endsWith(".csv")) && !name.startsWith("~$") && !name.startsWith(".");
  }

  static boolean isCsv(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  /**
   * Checks that {@code outDir} can take a copy of every file without touching an input.
   *
   * @throws UserException when OUTDIR is an input folder, holds an input, is a file, or when two
   *     inputs share a name (their copies would overwrite each other)
   */
  static void checkOutputFolder(Path outDir, List<Path> inputs, List<Path> files) {
    Path out = outDir.toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw UserException.at(outDir.toString(), "--annotate expects a folder, found a file: name a folder such as annotated/");
    }
    for (Path input : inputs) {
      if (input.toAbsolutePath().normalize().equals(out)) {
        throw UserException.at(outDir.toString(),
            "--annotate names an input folder; tieout never writes over its inputs: choose another folder, such as annotated/");
      }
    }
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
