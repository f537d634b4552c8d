package tieout.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import tieout.error.UserException;

/**
 * Writes an output file so that readers see the old file or the whole new one, never half of it:
 * the content goes to a temporary file in the same folder, which is then moved over the target.
 */
public final class AtomicFile {
  private static final java.util.Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-rw-rw-");

  private AtomicFile() {}

  /** Content producer that may fail with an IOException. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    writeBytes(target, out -> {
      Writer writer = new ReportWriter(out);
      content.writeTo(writer);
      writer.flush();
    });
  }

  /** Binary content producer that may fail with an IOException. */
  @FunctionalInterface
  public interface BinaryContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Like {@link #write(Path, Content)} for bytes, e.g. a workbook. */
  public static void writeBytes(Path target, BinaryContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path tmp = createTemporary(target, absolute);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The temporary file beside {@code absolute}. A missing or unwritable folder is the user's to fix
   * (exit 2), not a bug, so it becomes a {@link UserException} naming {@code target}.
   */
  private static Path createTemporary(Path target, Path absolute) throws IOException {
    Path dir = absolute.getParent();
    try {
      String prefix = "." + absolute.getFileName() + ".";
      if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        return Files.createTempFile(dir, prefix, ".tmp");
      }
      // A temporary file is private (0600) by default, and the move would keep that. Ask for what a
      // new file gets (0666 less the umask, which the system applies), or keep a replaced file's mode.
      Path tmp = Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(NEW_FILE));
      if (Files.exists(absolute)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
        } catch (IOException e) {
          // Not ours to read: the new file keeps the default mode.
        }
      }
      return tmp;
    } catch (NoSuchFileException e) {
      throw UserException.at(target.toString(), "cannot write here: the folder " + dir
          + " does not exist; create it or choose another file");
    } catch (AccessDeniedException e) {
      throw UserException.at(target.toString(), "cannot write here: permission denied in the folder " + dir
          + "; choose another file");
    }
  }
}
