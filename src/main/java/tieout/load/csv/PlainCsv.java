package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import tieout.load.LoadProgress;

/**
 * Reads a large plain CSV file straight from its bytes, with the records, line numbers and survey
 * that {@link CsvScan} gives for the same file. Plain means what most machine-written ledgers are:
 * UTF-8 (with or without a byte order mark), no double quote, no NUL, semicolon or tab, and no
 * carriage return but in {@code \r\n}. There every line break ends a record and every comma a
 * field, so splitting on them is exactly what Commons CSV does; any other file is left to
 * {@link CsvScan} (this returns null).
 *
 * <p>Bytes beyond ASCII are decoded as UTF-8 as they come; a file that has any is checked to be
 * valid UTF-8 once read, and refused otherwise (the general path then reads it as Windows-1252).
 *
 * <p>Why not Commons CSV and a String of the file, as smaller files are read: the file would be held
 * three times over (a read buffer, its bytes and its text) and parsed field by field
 * (docs/performance.md#csv-readers). Here a file is read through one 1 MB buffer, and a field that
 * repeats (a concept, a period, an entity) is one String, found by its bytes without decoding them
 * again.
 */
public final class PlainCsv {
  private static final int BUFFER = 1 << 20;
  /** Progress is told every this many records, as {@link CsvScan} does. */
  private static final int PROGRESS_EVERY = 16_384;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private PlainCsv() {}

  /** Thrown inside a pass when a byte makes the file not plain. */
  private static final class NotPlain extends RuntimeException {
    NotPlain() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads {@code file} into {@code sink}, telling {@code progress} the bytes read. Null when the file
   * is not plain, has no record, or {@code sink} wants no more after the first record (the sink may
   * have been fed some records: discard it).
   */
  static CsvSurvey scan(Path file, CsvSink sink, LoadProgress progress) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size >= Integer.MAX_VALUE) {
        return null;
      }
      // The bytes of the mark CsvText skips in text.
      int start = startsWith(channel, UTF8_BOM) ? UTF8_BOM.length : 0;
      Pass pass = new Pass(channel, start, (int) size, progress, size);
      try {
        if (!pass.firstRecord(sink) || !sink.wantsMore()) {
          return null;
        }
        pass.run(sink);
      } catch (NotPlain e) {
        return null;
      }
      // Bytes beyond ASCII were decoded as UTF-8: right only if the file is UTF-8 (else it is read
      // as Windows-1252 by the general path). Checked only then: most ledgers are ASCII.
      if (pass.nonAscii && !isUtf8(channel, size)) {
        return null;
      }
      return pass.survey();
    }
  }

  /** Whether the file is valid UTF-8. */
  private static boolean isUtf8(FileChannel channel, long size) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(channel.map(FileChannel.MapMode.READ_ONLY, 0, size));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(FileChannel channel, byte[] prefix) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(prefix.length);
    channel.read(head, 0);
    return head.position() == prefix.length && Arrays.equals(head.array(), prefix);
  }

  /** Byte classes: 0 other, 1 comma, 2 line feed, 3 carriage return, 4 not plain, 5 beyond ASCII. */
  private static final byte[] CLASS = new byte[256];

  static {
    for (int b = 0x80; b < 0x100; b++) {
      CLASS[b] = 5;
    }
    CLASS[','] = 1;
    CLASS['\n'] = 2;
    CLASS['\r'] = 3;
    CLASS['"'] = 4;
    CLASS[0] = 4;
    CLASS[';'] = 4;
    CLASS['\t'] = 4;
  }

  /** The file from its first byte after the mark, read record by record through one buffer. */
  private static final class Pass {
    private final FileChannel channel;
    private final int end;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private final byte[] bytes = buffer.array();
    /** File position of bytes[0]; valid bytes are [0, limit). */
    private long base;
    private int limit;
    private int at;
    private int line = 1;
    private String[] fields = new String[8];
    private int[] fieldStart = new int[8];
    private int[] fieldEnd = new int[8];
    private Interner[] interners = new Interner[8];
    private long cells;
    private long multi;
    private ImmutableList<String> first;
    private boolean done;
    /** Whether a byte beyond ASCII was read: then the file must be checked to be UTF-8. */
    boolean nonAscii;
    private final LoadProgress progress;
    private final long total;
    private long records;

    Pass(FileChannel channel, int start, int end, LoadProgress progress, long total) {
      this.channel = channel;
      this.end = end;
      this.base = start;
      this.progress = progress;
      this.total = total;
    }

    /** Reads up to and including the first non-empty record; false when there is none. */
    boolean firstRecord(CsvSink sink) throws IOException {
      while (first == null && next(sink)) {
        // empty lines before the first record
      }
      return first != null;
    }

    void run(CsvSink sink) throws IOException {
      while (next(sink)) {
        // one record a call
      }
    }

    /** Passes the next line to {@code sink} unless it is empty; false at the end of the file. */
    private boolean next(CsvSink sink) throws IOException {
      if (done) {
        return false;
      }
      int count = 0;
      lineStart = at;
      fieldFrom = at;
      while (true) {
        if (at == limit && !refill(count)) {
          done = true;
          if (count == 0 && at == fieldFrom) {
            return false; // the file ended with a line break
          }
          endField(count++, fieldFrom, at); // the last line has no line break
          deliver(sink, count);
          return false;
        }
        switch (CLASS[bytes[at] & 0xFF]) {
          case 0 -> at++;
          case 5 -> {
            nonAscii = true;
            at++;
          }
          case 1 -> {
            endField(count++, fieldFrom, at);
            fieldFrom = ++at;
          }
          case 2 -> {
            endField(count++, fieldFrom, at);
            at++;
            deliver(sink, count);
            line++;
            return true;
          }
          case 3 -> {
            // \r\n ends a line as \n does. A lone \r ends one too, and CsvScan counts it as a line.
            if (at + 1 == limit && !refill(count)) {
              throw new NotPlain();
            }
            if (bytes[at + 1] != '\n') {
              throw new NotPlain();
            }
            endField(count++, fieldFrom, at);
            at += 2;
            deliver(sink, count);
            line++;
            return true;
          }
          default -> throw new NotPlain();
        }
      }
    }

    /** Where the line being read starts in the buffer, and its field being read. */
    private int lineStart;
    private int fieldFrom;

    /**
     * Moves the line being read to the front of the buffer and reads more of the file after it;
     * false at the end of the file.
     */
    private boolean refill(int count) throws IOException {
      int shift = lineStart;
      if (shift > 0) {
        System.arraycopy(bytes, shift, bytes, 0, limit - shift);
        for (int i = 0; i < count; i++) {
          fieldStart[i] -= shift;
          fieldEnd[i] -= shift;
        }
        base += shift;
        at -= shift;
        fieldFrom -= shift;
        limit -= shift;
        lineStart = 0;
      }
      long position = base + limit;
      if (position >= end) {
        return false;
      }
      if (limit == bytes.length) {
        throw new NotPlain(); // a line longer than the buffer: leave such files to Commons CSV
      }
      buffer.clear();
      buffer.position(limit);
      buffer.limit((int) Math.min(bytes.length, limit + (end - position)));
      int n = channel.read(buffer, position);
      if (n <= 0) {
        return false;
      }
      limit += n;
      return true;
    }

    private void endField(int index, int from, int to) {
      if (index == fieldStart.length) {
        fieldStart = Arrays.copyOf(fieldStart, index * 2);
        fieldEnd = Arrays.copyOf(fieldEnd, index * 2);
      }
      fieldStart[index] = from;
      fieldEnd[index] = to;
    }

    private void deliver(CsvSink sink, int count) {
      if (count == 1 && fieldStart[0] == fieldEnd[0]) {
        return; // an empty line
      }
      if (fields.length != count) {
        fields = new String[count];
      }
      if (interners.length < count) {
        interners = Arrays.copyOf(interners, count);
      }
      for (int i = 0; i < count; i++) {
        Interner interner = interners[i];
        if (interner == null) {
          interner = interners[i] = new Interner();
        }
        fields[i] = interner.string(bytes, fieldStart[i], fieldEnd[i]);
      }
      cells += count;
      if (count > 1) {
        multi++;
      }
      if (first == null) {
        first = ImmutableList.copyOf(fields);
      }
      if (++records % PROGRESS_EVERY == 0) {
        progress.advance(Math.min(total, base + fieldStart[0])); // where the record starts, as CsvScan
      }
      sink.record(line, fields);
    }

    /** No one-field record holds a semicolon or a tab: the file would not be plain. */
    CsvSurvey survey() {
      return new CsvSurvey(cells, multi, 0, 0, Optional.ofNullable(first));
    }
  }

  /**
   * The Strings of one column: a text seen before is returned again, found by hashing its bytes,
   * so a column of a few thousand distinct values costs a few thousand Strings, not a million.
   * A column of (nearly) unique values, such as amounts, is no longer looked up once the table is
   * full and lookups keep missing.
   */
  private static final class Interner {
    private static final int CAPACITY = 1 << 13;
    private final byte[][] keys = new byte[CAPACITY][];
    private final String[] values = new String[CAPACITY];
    private int size;
    private int missesWhenFull;

    String string(byte[] bytes, int from, int to) {
      int length = to - from;
      if (length == 0) {
        return "";
      }
      if (missesWhenFull > CAPACITY) {
        return new String(bytes, from, length, StandardCharsets.UTF_8);
      }
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + bytes[i];
      }
      h ^= h >>> 16;
      int mask = CAPACITY - 1;
      for (int slot = h & mask, probes = 0; probes < 8; slot = (slot + 1) & mask, probes++) {
        byte[] key = keys[slot];
        if (key == null) {
          String value = new String(bytes, from, length, StandardCharsets.UTF_8);
          if (size < CAPACITY / 2) {
            keys[slot] = Arrays.copyOfRange(bytes, from, to);
            values[slot] = value;
            size++;
          } else {
            missesWhenFull++;
          }
          return value;
        }
        if (key.length == length && Arrays.equals(key, 0, length, bytes, from, to)) {
          return values[slot];
        }
      }
      missesWhenFull++;
      return new String(bytes, from, length, StandardCharsets.UTF_8);
    }
  }
}
