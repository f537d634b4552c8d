package tieout.load.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CSV file as text: UTF-8 with or without a byte order mark, or UTF-16 with one; a file that
 * is not valid UTF-8 is read as Windows-1252, the encoding Excel's "CSV (Comma delimited)" writes on Windows, so that
 * "Entrée" survives either way. The byte order mark is skipped here, once, for every CSV reader that
 * takes text ({@link CsvScan}, {@link CsvRecords}); {@link PlainCsv}, which reads bytes, skips its bytes.
 */
public final class CsvText {
  private CsvText() {}

  public static String read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    // Excel's "Unicode Text" and some exporters write UTF-16 with a byte order mark.
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return withoutBom(new String(bytes, StandardCharsets.UTF_16));
    }
    // Most files are plain ASCII: decoded in one copy, where the reporting decoder below builds a
    // char buffer twice the file's size. Any other byte becomes U+FFFD, which ASCII cannot hold.
    String ascii = new String(bytes, StandardCharsets.US_ASCII);
    if (ascii.indexOf('\uFFFD') < 0) {
      return withoutBom(ascii);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    return withoutBom(text);
  }

  /** {@code text} without a leading byte order mark: the one place the mark is skipped in text. */
  static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
