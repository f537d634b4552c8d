package tieout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;

/**
 * A temporary folder on the executor's local disk for one task's input, removed with all it holds
 * when the task is done: the core's readers take local paths, and the inputs may be on HDFS or S3.
 */
final class LocalFolder implements AutoCloseable {
  private final Path dir;

  LocalFolder() throws IOException {
    dir = Files.createTempDirectory("tieout-spark");
  }

  /** Reads a local file; what it reads is read before it returns, the file deleted after. */
  @FunctionalInterface
  interface LocalRead {
    Iterator<Read> read(Path local) throws IOException;
  }

  /**
   * The file at {@code url} (any Hadoop file system) copied into a fresh local folder under its own
   * name and read there by {@code reader}; a file that cannot be copied or read is an unreadable input.
   */
  static Iterator<Read> readCopy(String url, Map<String, String> hadoop, LocalRead reader) throws IOException {
    org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(url);
    String name = remote.getName();
    try (LocalFolder dir = new LocalFolder()) {
      Path local = dir.resolve(name);
      try {
        FileSystem fs = remote.getFileSystem(HadoopSettings.configuration(hadoop));
        fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
        return reader.read(local);
      } catch (IOException e) {
        return List.of(Read.problem(name, "could not read the file: " + e.getMessage())).iterator();
      }
    }
  }

  /** Where a file named {@code name} goes (its name is what sources and locations show). */
  Path resolve(String name) {
    return dir.resolve(name);
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(f -> {
        try {
          Files.deleteIfExists(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.deleteIfExists(dir);
  }
}
