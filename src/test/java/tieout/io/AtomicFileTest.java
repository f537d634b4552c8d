package tieout.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyArray;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aNewOutputGetsTheModeANewFileGets() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 less this process's umask
    Path report = dir.resolve("report.txt");

    AtomicFile.write(report, w -> w.write("tieout: 1 check: 1 passed\n"));

    assertThat(Files.readString(report, StandardCharsets.UTF_8), is("tieout: 1 check: 1 passed\n"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)),
        is(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain))));
  }

  @Test
  void aReplacedOutputKeepsItsModeAndNoTemporaryFileIsLeft() throws IOException {
    Path report = Files.writeString(dir.resolve("report.txt"), "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(report, w -> w.write("new"));

    assertThat(Files.readString(report, StandardCharsets.UTF_8), is("new"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)), is("rw-r-----"));
    assertThat(dir.toFile().list((d, name) -> name.endsWith(".tmp")), emptyArray());
  }
}
