package tieout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A temporary folder on the executor's local disk for one task's input, removed with all it holds
 * when the task is done: the core's readers take local paths, and the inputs may be on HDFS or S3.
 */
final class LocalFolder implements AutoCloseable {
  private final Path dir;

  LocalFolder() throws IOException {
    dir = Files.createTempDirectory("tieout-spark");
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
