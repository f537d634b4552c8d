package tieout.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ReportWriter} writes the bytes {@link OutputStreamWriter} writes in UTF-8, whatever the pieces. */
class ReportWriterTest {

  @Test
  void accentsAndCharactersOutsideTheBasicPlaneAreUtf8() throws IOException {
    String text = "Entrée Gold \u2014 \uD83D\uDCB0 10,000 \u00b7 ok";
    assertThat(written(w -> w.write(text)), is(reference(text)));
  }

  @Test
  void piecesOfEveryKindGiveTheSameBytes() throws IOException {
    assertThat(written(w -> {
      w.write('{');
      w.write("xaéb", 1, 2);
      w.write(new char[] {'c', 'ü', 'd'}, 1, 2);
      w.append("ok");
      w.write('\uD83D'); // a surrogate pair written a char at a time
      w.write('\uDCB0');
      w.write('}');
    }), is(reference("{aéüdok\uD83D\uDCB0}")));
  }

  @Test
  void aLoneSurrogateBecomesAQuestionMarkAsWithOutputStreamWriter() throws IOException {
    assertThat(written(w -> {
      w.write('\uD83D');
      w.write("x");
    }), is(reference("\uD83Dx")));
    assertThat(new String(written(w -> w.write('\uD83D')), StandardCharsets.UTF_8), is("?"));
  }

  @Test
  void textLongerThanTheBufferIsWrittenWholeAndInOrder() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      text.append(i).append('é');
    }
    String big = text.toString();
    assertThat(written(w -> {
      w.write("start ");
      w.write(big);
      for (int i = 0; i < 70_000; i++) {
        w.write('.');
      }
    }), is(reference("start " + big + ".".repeat(70_000))));
  }

  private interface Pieces {
    void writeTo(Writer w) throws IOException;
  }

  private static byte[] written(Pieces pieces) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new ReportWriter(bytes);
    pieces.writeTo(w);
    w.flush();
    return bytes.toByteArray();
  }

  private static byte[] reference(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      w.write(text);
    }
    return bytes.toByteArray();
  }
}
