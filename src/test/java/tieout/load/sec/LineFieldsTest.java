package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TabLines} and {@link LineFields} give each line's fields as {@code split("\t", -1)} gives
 * them (empty and trailing ones included), across buffer boundaries, with a {@code \r} before the
 * line break dropped; {@link BytesTable} finds values by a field's bytes.
 */
class LineFieldsTest {

  @Test
  void everyFieldAsSplitGivesIt() throws IOException {
    String[] lines = {"", "a", "\t", "a\tb", "\ta\t\tb\t", "0001\tAssets\tus-gaap/2024\t20250331\t0\tUSD\t\t\t5\t",
        "x\t\t\t", "Entrée\t\u00b7\t", " \t \u2003", "a\tb\r"};
    TabLines in = new TabLines(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    LineFields f = new LineFields();
    for (String line : lines) {
      assertThat(in.advance(), is(true));
      f.split(in);
      String expected = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      assertThat(line, fields(f), is(List.of(expected.split("\t", -1))));
      assertThat(line, f.blankLine(), is(expected.isBlank()));
      for (int i = 0; i < f.count(); i++) {
        assertThat(line, f.blank(i), is(expected.split("\t", -1)[i].isBlank()));
      }
    }
    assertThat(in.advance(), is(false));
  }

  @Test
  void longLinesAcrossTheBuffer() throws IOException {
    StringBuilder text = new StringBuilder();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String line = "000" + i + "\t" + "x".repeat(i % 97) + "\t\t" + i;
      lines.add(line);
      text.append(line).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    TabLines in = new TabLines(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    LineFields f = new LineFields();
    for (String line : lines) {
      assertThat(in.advance(), is(true));
      f.split(in);
      assertThat(fields(f), is(List.of(line.split("\t", -1))));
    }
    assertThat(in.advance(), is(false));
    assertThat(in.consumed(), is((long) text.length()));
  }

  @Test
  void randomLinesReadInRandomPieces() throws IOException {
    // Bytes next to a tab or line break that a word-at-a-time search could mistake for one (0x08,
    // 0x0B, 0x01), other control bytes and multi-byte characters, in lines of every length.
    String alphabet = "ab\t\t\u0008\u000b\u0001\r\u00e9 0";
    java.util.Random random = new java.util.Random(13);
    for (int round = 0; round < 200; round++) {
      List<String> lines = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        StringBuilder line = new StringBuilder();
        int length = random.nextInt(i % 5 == 0 ? 300 : 30);
        for (int k = 0; k < length; k++) {
          line.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        lines.add(line.toString());
        text.append(line).append('\n');
      }
      if (count > 0 && !lines.get(count - 1).isEmpty() && random.nextBoolean()) {
        text.setLength(text.length() - 1); // no break after the last line
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      // A stream that gives at most a few bytes a read, so that lines and words straddle refills.
      TabLines in = new TabLines(new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, 1 + random.nextInt(20)));
        }
      });
      LineFields f = new LineFields();
      for (String line : lines) {
        assertThat(in.advance(), is(true));
        f.split(in);
        String expected = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        assertThat(fields(f), is(List.of(expected.split("\t", -1))));
      }
      assertThat(in.advance(), is(false));
      assertThat(in.consumed(), is((long) bytes.length));
    }
  }

  @Test
  void linesReadAheadAreTheLinesReadHere() throws IOException {
    // Several of ReadAhead's 1 MB pieces, with lines (some long) across their ends: the tabs and
    // line breaks its thread finds give the same lines and fields as reading the bytes here.
    String alphabet = "ab\t\t\u0008\u000b\u0001\r\u00e9 0\n";
    java.util.Random random = new java.util.Random(17);
    StringBuilder text = new StringBuilder();
    while (text.length() < 3_500_000) {
      int length = random.nextInt(100) == 0 ? random.nextInt(5_000) : random.nextInt(120);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      text.append('\n');
    }
    text.append("last\tline"); // no break after it
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    try (TabLines here = new TabLines(new ByteArrayInputStream(bytes));
        TabLines ahead = new TabLines(new ReadAhead(new ByteArrayInputStream(bytes)))) {
      LineFields expected = new LineFields();
      LineFields actual = new LineFields();
      int lines = 0;
      while (here.advance()) {
        assertThat(ahead.advance(), is(true));
        expected.split(here);
        actual.split(ahead);
        assertThat(fields(actual), is(fields(expected)));
        assertThat(ahead.consumed(), is(here.consumed()));
        lines++;
      }
      assertThat(ahead.advance(), is(false));
      assertThat(ahead.advance(), is(false)); // and again
      assertThat(ahead.consumed(), is((long) bytes.length));
      assertThat(lines > 30_000, is(true));
    }
  }

  @Test
  void anErrorReadingAheadIsThrownWhereTheLinesEnd() throws IOException {
    java.io.InputStream failing = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("damaged");
      }
    };
    byte[] start = "a\tb\nc".getBytes(StandardCharsets.UTF_8);
    try (TabLines in = new TabLines(new ReadAhead(
        new java.io.SequenceInputStream(new ByteArrayInputStream(start), failing)))) {
      LineFields f = new LineFields();
      assertThat(in.advance(), is(true));
      f.split(in);
      assertThat(fields(f), is(List.of("a", "b")));
      IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, in::advance);
      assertThat(e.getMessage(), is("damaged"));
    }
  }

  @Test
  void bytesTableFindsByBytes() {
    BytesTable<String> table = new BytesTable<>();
    byte[] line = "adsh1\tadsh2\tadsh1".getBytes(StandardCharsets.UTF_8);
    assertThat(table.get(line, 0, 5), is((String) null));
    table.put(line, 0, 5, "one");
    assertThat(table.get(line, 12, 17), is("one"));
    assertThat(table.get(line, 6, 11), is((String) null));
    for (int i = 0; i < 1000; i++) { // past growing
      byte[] key = ("key" + i).getBytes(StandardCharsets.UTF_8);
      table.put(key, 0, key.length, "v" + i);
    }
    for (int i = 999; i >= 0; i--) {
      byte[] key = ("key" + i).getBytes(StandardCharsets.UTF_8);
      assertThat(table.get(key, 0, key.length), is("v" + i));
    }
    assertThat(table.get(line, 0, 5), is("one"));
    assertThat(table.get(line, 0, 4), is((String) null));
  }

  @Test
  void bytesTableFindsLongKeysAtAnyOffset() {
    // Keys of every length to 70 bytes (read eight at a time and then byte by byte), at odd offsets.
    java.util.Random random = new java.util.Random(7);
    BytesTable<String> table = new BytesTable<>();
    java.util.Map<String, String> reference = new java.util.HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder key = new StringBuilder();
      int length = random.nextInt(71);
      for (int k = 0; k < length; k++) {
        key.append((char) ('a' + random.nextInt(3))); // few letters: many keys share long prefixes
      }
      String k = key.toString();
      int offset = random.nextInt(9);
      byte[] bytes = ("#".repeat(offset) + k + "#").getBytes(StandardCharsets.UTF_8);
      String found = table.get(bytes, offset, offset + k.length());
      assertThat(k, found, is(reference.get(k)));
      if (found == null) {
        table.put(bytes, offset, offset + k.length(), "v" + i);
        reference.put(k, "v" + i);
      }
    }
  }

  private static List<String> fields(LineFields f) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < f.count(); i++) {
      all.add(f.text(i));
    }
    return all;
  }
}
