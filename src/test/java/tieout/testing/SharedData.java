package tieout.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the project's shared real data ({@code ../shared} beside the clone), and how they
 * skip when it is absent: a user's clone has no {@code ../shared}, and its tests must still pass.
 *
 * <p>The folder is {@code ../shared} unless the system property {@code tieout.shared} (or the
 * environment variable {@code TIEOUT_SHARED}) names another; {@code .ci/run} points it at a folder
 * that does not exist to prove the suite passes without it.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, whether or not it exists. */
  public static Path root() {
    String property = System.getProperty("tieout.shared");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("TIEOUT_SHARED");
    return Path.of(env != null && !env.isBlank() ? env : "../shared");
  }

  /** {@code relative} under the shared folder, or the test is skipped with a reason naming the path. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    assumeTrue(Files.exists(path), () -> "skipped: " + path + " is absent (the shared real data lives in ../shared"
        + " beside the clone; see ../shared/data/SOURCES.md)");
    return path;
  }

  /** {@code relative} under the shared folder, whether or not it exists (for fields; call require in the test). */
  public static Path path(String relative) {
    return root().resolve(relative);
  }
}
