package tieout.load.files;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tieout.error.Diagnostic;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.Notice;
import tieout.load.Problems;

/**
 * The input files that paths name, by {@link InputKind}: a file as given, a folder's inputs (not
 * in subfolders) in name order, without Excel's lock files ({@code ~$book.xlsx}) and hidden files,
 * each file once however often it is named. What cannot be read is said: a missing path, a device,
 * a file of another kind named directly, or a folder without inputs is refused (the user's to fix);
 * a folder's files of a kind a user may have meant (a {@code .xlsb}, a {@code .pdf}) are named with
 * what to do.
 *
 * @param files the inputs to load
 * @param skipped a notice per folder file that is not read but looks meant to be
 * @param refusals what stops the run: each path that names no input
 */
public record Inputs(ImmutableList<Path> files, ImmutableList<Notice> skipped, ImmutableList<Diagnostic> refusals) {

  /** The inputs of {@code paths}. */
  public static Inputs of(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    List<Notice> skipped = new ArrayList<>();
    List<Diagnostic> refusals = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      List<Path> found = new ArrayList<>();
      if (Files.isDirectory(path)) {
        found.addAll(folder(path, skipped, refusals));
      } else if (Files.isRegularFile(path)) {
        if (InputKind.isInput(path)) {
          found.add(path);
        } else {
          refusals.add(Diagnostic.at(path.toString(), "expected " + kinds() + " file, found '" + path.getFileName()
              + "'" + InputKind.advice(path).map(a -> ": " + a).orElse("")));
        }
      } else if (Files.exists(path)) {
        // A pipe or a device (/dev/zero) could be endless: only regular files are read.
        refusals.add(Diagnostic.at(path.toString(), "expected " + kinds() + " file or a folder, found a device,"
            + " pipe or socket"));
      } else {
        refusals.add(Diagnostic.at(path.toString(), "no such file or folder"));
      }
      for (Path file : found) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    return new Inputs(ImmutableList.copyOf(files), ImmutableList.copyOf(skipped), ImmutableList.copyOf(refusals));
  }

  /** {@code a .xlsx, .csv, SEC data set .zip or XBRL ...}. */
  private static String kinds() {
    String all = InputKind.described();
    int last = all.lastIndexOf(", ");
    return "a " + (last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2));
  }

  private static List<Path> folder(Path folder, List<Notice> skipped, List<Diagnostic> refusals) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("~$") && !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      refusals.add(Diagnostic.at(folder.toString(), "could not list the folder: " + e.getMessage()));
      return List.of();
    }
    // Of each kind's files, those its format takes by their content (of .xml and .htm files, XBRL documents only).
    Set<Path> recognised = new HashSet<>();
    try {
      for (InputFormat format : new Formats().all) {
        recognised.addAll(format.inputsAmong(entries.stream()
            .filter(p -> InputKind.of(p).equals(Optional.of(format.kind()))).toList()));
      }
    } catch (IOException e) {
      refusals.add(Diagnostic.at(folder.toString(), "could not read the folder's files: " + e.getMessage()));
      return List.of();
    }
    List<Path> inputs = entries.stream().filter(recognised::contains).toList();
    List<Path> others = entries.stream().filter(p -> !inputs.contains(p)).toList();
    if (inputs.isEmpty()) {
      String extracted = isExtractedDataSet(folder) ? "; " + EXTRACTED_DATA_SET : "";
      refusals.add(Diagnostic.at(folder.toString(), "no input files in " + folder + " (tieout reads "
          + InputKind.described() + "), found " + (others.isEmpty() ? "none" : others.size() + " other file" + (others.size() == 1 ? "" : "s")
          + ": " + listed(others)) + extracted));
      return List.of();
    }
    // Subfolders are not read (only the folders named are): each that holds inputs is named, so none is
    // left out unseen; one of other files (a rules folder beside its workbooks) is not news.
    for (Path sub : subfolders(folder)) {
      if (isExtractedDataSet(sub)) {
        skipped.add(new Notice(sub.toString(), "not read: " + EXTRACTED_DATA_SET));
      } else if (holdsInputs(sub)) {
        skipped.add(new Notice(sub.toString(), "not read: a folder inside " + folder.getFileName()
            + " (folders are not read recursively); name it to check its files"));
      }
    }
    for (Path other : others) {
      InputKind.advice(other).ifPresent(a -> skipped.add(
          new Notice(folder.resolve(other.getFileName()).toString(), "not read: " + a)));
    }
    return inputs;
  }

  private static final String EXTRACTED_DATA_SET = "an extracted SEC data set: tieout check reads data sets"
      + " as zips; zip its .txt files (zip -j DATASET.zip FOLDER/*.txt) and name the zip, or check the folder"
      + " with tieout-spark, which reads extracted data sets";

  /** A folder holding an SEC data set's sub.txt and num.txt. */
  private static boolean isExtractedDataSet(Path folder) {
    return Files.isRegularFile(folder.resolve("sub.txt")) && Files.isRegularFile(folder.resolve("num.txt"));
  }

  /** Whether {@code folder} itself holds a file of a kind tieout reads. */
  private static boolean holdsInputs(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.anyMatch(p -> Files.isRegularFile(p) && InputKind.isInput(p));
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code folder}'s subfolders by name, hidden ones (a leading dot) left out; none when it cannot be listed. */
  private static List<Path> subfolders(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** {@code q.xlsb (save it as ...), notes.md}: at most 10, then how many more. */
  private static String listed(List<Path> others) {
    List<String> names = new ArrayList<>();
    for (Path p : others.subList(0, Math.min(10, others.size()))) {
      names.add(p.getFileName() + InputKind.advice(p).map(a -> " (" + a + ")").orElse(""));
    }
    String more = others.size() > 10 ? "; " + Problems.shownOf(10, others.size()) : "";
    return String.join(", ", names) + more;
  }
}
