package tieout.load.csv;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TidyHeader#isTidyFile}: the layout decided from a file's first line alone. */
class TidyHeaderFileTest {
  @TempDir Path dir;

  private boolean tidy(byte[] content) throws IOException {
    Path file = dir.resolve("f.csv");
    Files.write(file, content);
    return TidyHeader.isTidyFile(file);
  }

  private boolean tidy(String content) throws IOException {
    return tidy(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aHeaderWithConceptAndValueIsTidyWhateverFollows() throws IOException {
    assertThat(tidy("concept,period,value\nRevenues,2013,\"1,000\"\n\u00e9"), is(true));
    assertThat(tidy("\"Concept\",Value,period\r\n"), is(true));
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
    assertThat(tidy("\uFEFFconcept,period,value\n"), is(true));
  }

  @Test
  void aPresentationTableIsNotTidy() throws IOException {
    assertThat(tidy(",Q1 2013,Q2 2013\nRevenues,1,2\n"), is(false));
    assertThat(tidy("concept,period,amount\n"), is(false));
  }

  @Test
  void anEmptyFileIsLeftToTheLoaderToName() throws IOException {
    assertThat(tidy(new byte[0]), is(true));
    assertThat(tidy("  \n"), is(true));
  }
}
