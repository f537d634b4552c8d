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

  @Test
  void charArraysCutAnywhereGiveTheBytesOfTheWholeText() throws IOException {
    String text = "ab\uD83D\uDCB0é" + "x".repeat(70_000) + "\uD83D\uDCB0\uD83D-\uDCB0 end";
    char[] chars = text.toCharArray();
    for (int cut = 0; cut <= 6; cut++) {
      int at = cut;
      assertThat("cut at " + at, written(w -> {
        w.write(chars, 0, at);
        w.write(chars, at, chars.length - at);
      }), is(reference(text)));
    }
    int atPair = text.length() - 8; // between the high and low halves of the last whole pair
    assertThat(written(w -> {
      w.write(chars, 0, atPair);
      w.write(chars, atPair, chars.length - atPair);
    }), is(reference(text)));
  }

  @Test
  void loneHighSurrogatesAtTheEndOfCharArraysBecomeQuestionMarks() throws IOException {
    assertThat(written(w -> {
      w.write(new char[] {'a', '\uD83D'}, 0, 2);
      w.write(new char[] {'\uD83D'}, 0, 1);
      w.write(new char[] {'b'}, 0, 1);
    }), is(reference("a\uD83D\uD83Db")));
    assertThat(new String(written(w -> w.write(new char[] {'a', '\uD83D'}, 0, 2)), StandardCharsets.UTF_8), is("a?"));
  }

  @Test
  void utf8BytesGoInOrderWithTheText() throws IOException {
    byte[] encoded = "é\uD83D\uDCB0".getBytes(StandardCharsets.UTF_8);
    byte[] big = "z".repeat(70_000).getBytes(StandardCharsets.UTF_8);
    assertThat(written(w -> {
      w.write("a");
      ((Utf8Sink) w).writeUtf8(encoded, 0, encoded.length);
      w.write('\uD83D'); // alone: a question mark before the bytes that follow
      ((Utf8Sink) w).writeUtf8(big, 0, big.length);
      w.write("b");
    }), is(reference("aé\uD83D\uDCB0\uD83D" + "z".repeat(70_000) + "b")));
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
