package tieout.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.fs.FileSystem;

/**
 * One task's work for an extracted data set folder ({@code 2024q1/} holding {@code sub.txt},
 * {@code num.txt} and maybe {@code dim.txt}): its files are packed, uncompressed, into a zip on the
 * executor's local disk named as the folder, and read as a zip is ({@link ZipReader#readLocal}),
 * so that the core's one data set reader reads both. Locations then say {@code 2024q1/num.txt:17}.
 */
final class DataSetFolderReader {
  /**
   * The files of a data set that its reading uses; {@code pre.txt}, {@code tag.txt} and the readme
   * are not read, and a quarter's {@code pre.txt} is some 200 MB, so they are not copied.
   */
  static final List<String> READ = List.of("sub.txt", "num.txt", "dim.txt");

  private DataSetFolderReader() {}

  static Iterator<Read> read(String url, Map<String, String> rulesText, Map<String, String> hadoop) throws IOException {
    org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(url);
    String name = folder.getName();
    try (LocalFolder dir = new LocalFolder()) {
      Path local = dir.resolve(name);
      try {
        pack(folder.getFileSystem(HadoopSettings.configuration(hadoop)), folder, local);
      } catch (IOException e) {
        return List.of(Read.problem(name, "could not read the folder: " + e.getMessage())).iterator();
      }
      Iterator<Read> read = ZipReader.readLocal(local, RulesText.parse(rulesText).taxonomy());
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return read.hasNext();
        }

        @Override
        public Read next() {
          Read r = read.next();
          return r.isFact() ? r : Read.problem(inFolder(name, r.location()), r.message());
        }
      };
    }
  }

  /** The folder's files that are read, stored in zip {@code local} (not compressed: it is read once, at once). */
  private static void pack(FileSystem fs, org.apache.hadoop.fs.Path folder, Path local) throws IOException {
    try (OutputStream file = Files.newOutputStream(local); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.setLevel(Deflater.NO_COMPRESSION);
      for (String name : READ) {
        org.apache.hadoop.fs.Path part = new org.apache.hadoop.fs.Path(folder, name);
        if (!fs.exists(part)) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = fs.open(part)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
  }

  /** {@code 2024q1!num.txt:17} as the folder's file: {@code 2024q1/num.txt:17}. */
  private static String inFolder(String name, String location) {
    return location.startsWith(name + "!") ? name + "/" + location.substring(name.length() + 1) : location;
  }
}
