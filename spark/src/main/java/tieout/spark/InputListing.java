package tieout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import tieout.error.UserException;

/**
 * The inputs the command line names, listed on the driver: a data set zip or a tidy CSV as given; a
 * folder holding {@code sub.txt} and {@code num.txt} as one extracted data set; any other folder's
 * zips, CSV files and extracted data set folders (one level down, not deeper), in name order,
 * without hidden files and Spark's own {@code _SUCCESS} markers. Paths are local or any Hadoop file
 * system URL.
 */
final class InputListing {
  private static final String WHAT = "an SEC data set (a .zip or an extracted folder with sub.txt and num.txt)"
      + " or a tidy .csv";

  private InputListing() {}

  /**
   * @throws UserException for a missing path, a file of another kind named directly, or a folder
   *     without inputs
   */
  static List<Input> of(List<String> paths, Map<String, String> hadoop) {
    try {
      Configuration conf = HadoopSettings.configuration(hadoop);
      List<Input> inputs = new ArrayList<>();
      for (String p : paths) {
        inputs.addAll(named(p, conf));
      }
      return inputs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Input> named(String p, Configuration conf) throws IOException {
    Path path = new Path(p);
    FileSystem fs = path.getFileSystem(conf);
    if (!fs.exists(path)) {
      throw UserException.at(p, "not found: expected " + WHAT + ", or a folder of them; check the path");
    }
    FileStatus status = fs.getFileStatus(fs.makeQualified(path));
    if (!status.isDirectory()) {
      return List.of(file(status).orElseThrow(() -> UserException.at(p,
          "expected " + WHAT + ", found '" + path.getName() + "'; name such files or their folder")));
    }
    if (isDataSetFolder(fs, status.getPath())) {
      return List.of(new Input(Input.Kind.DATA_SET_FOLDER, status.getPath().toString()));
    }
    List<Input> inFolder = new ArrayList<>();
    for (FileStatus s : fs.listStatus(status.getPath())) {
      String name = s.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (s.isDirectory()) {
        if (isDataSetFolder(fs, s.getPath())) {
          inFolder.add(new Input(Input.Kind.DATA_SET_FOLDER, s.getPath().toString()));
        }
      } else {
        file(s).ifPresent(inFolder::add);
      }
    }
    if (inFolder.isEmpty()) {
      throw UserException.at(p, "expected SEC data sets (zips or extracted folders with sub.txt and num.txt) or"
          + " tidy CSV files in this folder, found none; name them or their folder");
    }
    inFolder.sort(java.util.Comparator.comparing(Input::url));
    return inFolder;
  }

  /** A zip or a CSV file, by its name; empty for another kind. */
  private static Optional<Input> file(FileStatus s) {
    String name = s.getPath().getName().toLowerCase(Locale.ROOT);
    String url = s.getPath().toString();
    if (name.endsWith(".zip")) {
      return Optional.of(new Input(Input.Kind.DATA_SET_ZIP, url));
    }
    if (name.endsWith(".csv")) {
      return Optional.of(new Input(Input.Kind.TIDY_CSV, url));
    }
    return Optional.empty();
  }

  private static boolean isDataSetFolder(FileSystem fs, Path folder) throws IOException {
    return isFile(fs, new Path(folder, "sub.txt")) && isFile(fs, new Path(folder, "num.txt"));
  }

  private static boolean isFile(FileSystem fs, Path path) throws IOException {
    try {
      return fs.getFileStatus(path).isFile();
    } catch (java.io.FileNotFoundException e) {
      return false;
    }
  }
}
