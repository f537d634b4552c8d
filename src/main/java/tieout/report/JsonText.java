package tieout.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A streaming JSON writer for the reports that writes, character for character, what Gson's
 * {@code JsonWriter} writes with {@code setIndent("  ")} and {@code setHtmlSafe(true)}: a newline
 * and two spaces a level before each member and element, {@code ": "} after a name, {@code {}}
 * and {@code []} when empty, and in strings {@code \" \\ \t \b \n \r \f}, other control
 * characters, {@code < > & = '}, U+2028 and U+2029 escaped as Gson escapes them. Gson's writer,
 * with its state checks and a write per piece, was most of a full JSON report's time
 * (docs/performance.md, "Reports at scale"); JsonTextTest compares the two on random text and
 * on whole reports. Text is encoded to UTF-8 as it is escaped ({@link TextBuffer}), names and
 * indentation once. Only well-formed sequences of calls are expected: the reports are the only
 * callers.
 */
final class JsonText {
  /** What Gson writes for each ASCII character it escapes, in ASCII; null for the others. */
  private static final byte[][] ESCAPES = new byte[128][];
  private static final byte[] LINE_SEPARATOR = TextBuffer.ascii("\\u2028");
  private static final byte[] PARAGRAPH_SEPARATOR = TextBuffer.ascii("\\u2029");

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = TextBuffer.ascii(String.format("\\u%04x", c));
    }
    ESCAPES['"'] = TextBuffer.ascii("\\\"");
    ESCAPES['\\'] = TextBuffer.ascii("\\\\");
    ESCAPES['\t'] = TextBuffer.ascii("\\t");
    ESCAPES['\b'] = TextBuffer.ascii("\\b");
    ESCAPES['\n'] = TextBuffer.ascii("\\n");
    ESCAPES['\r'] = TextBuffer.ascii("\\r");
    ESCAPES['\f'] = TextBuffer.ascii("\\f");
    for (char c : "<>&='".toCharArray()) {
      ESCAPES[c] = TextBuffer.ascii(String.format("\\u%04x", (int) c));
    }
  }

  /** A newline and enough indentation for any depth the reports reach; copied from in one piece. */
  private static final byte[] NEWLINE_AND_SPACES = TextBuffer.ascii("\n" + " ".repeat(126));
  /** The most names kept encoded: the reports' own few, and dimension axes. */
  private static final int NAMES_KEPT = 512;

  private final TextBuffer text;
  /** A name as written, {@code "name": }, by name. */
  private final Map<String, byte[]> encodedNames = new HashMap<>();
  /** {@link #recurringValue}'s table: strings and their bytes, by the string's hash. */
  private final String[] recurringKeys = new String[1024];
  private final byte[][] recurringBytes = new byte[1024][];
  private static final int RECURRING_LENGTH = 256;
  @SuppressWarnings("unchecked")
  private Map<Object, byte[]>[] kept = new Map[8];
  /** {@link #fileLine}'s last file, and its bytes as written, opening quote included. */
  private String lastFile;
  private byte[] lastFileBytes;
  /** Per open object or array, from the outermost: whether it has a member or element yet. */
  private boolean[] nonEmpty = new boolean[16];
  private int depth;
  /** A name was just written: its value follows the colon with nothing in between. */
  private boolean afterName;

  JsonText(Writer out) {
    this.text = new TextBuffer(out);
  }

  /**
   * A writer for the elements of an array open at {@code depth} in another writer, from its element
   * {@code first} on: for a block of them written apart ({@link InOrder}), as they would be written
   * in the other.
   */
  static JsonText elements(Writer out, int depth) {
    JsonText json = new JsonText(out);
    json.depth = depth;
    json.nonEmpty = new boolean[Math.max(16, 2 * depth)];
    return json;
  }

  /** Whether the next element is the array's first, so written without a comma before it. */
  void firstElement(boolean first) {
    nonEmpty[depth] = !first;
  }

  /** How deep this writer is: 1 inside the outermost object or array. */
  int depth() {
    return depth;
  }

  /** That the array open here has elements, written apart ({@link #elements}). */
  void elementsWritten() {
    nonEmpty[depth] = true;
  }

  JsonText beginObject() throws IOException {
    return open('{');
  }

  JsonText endObject() throws IOException {
    return close('}');
  }

  JsonText beginArray() throws IOException {
    return open('[');
  }

  JsonText endArray() throws IOException {
    return close(']');
  }

  JsonText name(String name) throws IOException {
    nextItem();
    byte[] encoded = encodedNames.get(name);
    if (encoded != null) {
      text.append(encoded);
    } else if (encodedNames.size() < NAMES_KEPT && name.length() <= RECURRING_LENGTH) {
      encodedNames.put(name, encode(name));
      text.append(encodedNames.get(name));
    } else {
      string(name);
      text.append(':');
      text.append(' ');
    }
    afterName = true;
    return this;
  }

  /**
   * A name the report writes again and again, encoded beforehand ({@link #encodedName}): no
   * look-up.
   */
  JsonText name(byte[] encoded) throws IOException {
    nextItem();
    text.append(encoded);
    afterName = true;
    return this;
  }

  /** {@code "name": } as {@link #name(String)} writes it, for {@link #name(byte[])}. */
  static byte[] encodedName(String name) {
    try {
      return encode(name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array's writer does not fail
    }
  }

  /** A value encoded beforehand: a constant string ({@link #encodedString}), {@code {}}, {@code []}. */
  JsonText encodedValue(byte[] encoded) throws IOException {
    beforeValue();
    text.append(encoded);
    return this;
  }

  /** {@code "value"} as {@link #value(String)} writes it, for {@link #encodedValue}. */
  static byte[] encodedString(String value) {
    byte[] name = encodedName(value);
    return Arrays.copyOf(name, name.length - 2); // without ": "
  }

  /**
   * {@code "file:line"}, a line of a text file as {@code SourceRef} writes it: the file escaped
   * and encoded once, the number written as digits, no string made.
   */
  JsonText fileLine(String file, int line) throws IOException {
    beforeValue();
    if (file.length() > RECURRING_LENGTH) {
      string(file + ":" + line);
      return this;
    }
    if (file != lastFile && !file.equals(lastFile)) {
      text.room(6 * file.length() + 2);
      int start = text.used;
      string(file);
      lastFileBytes = Arrays.copyOfRange(text.bytes, start, text.used - 1); // without the closing quote
      lastFile = file;
      text.used = start;
    }
    text.append(lastFileBytes);
    text.append(':');
    text.append(line);
    text.append('"');
    return this;
  }

  /**
   * Where the next bytes go, with room for {@code reserve} of them in one piece: for {@link
   * #since}, when a piece of JSON is worth keeping as written.
   */
  int mark(int reserve) throws IOException {
    text.room(reserve);
    return text.used;
  }

  /**
   * The bytes written since {@code mark}, if no more than the room reserved there was written
   * (else null).
   */
  byte[] since(int mark, int reserved) {
    int length = text.used - mark;
    return length >= 0 && length <= reserved ? Arrays.copyOfRange(text.bytes, mark, text.used) : null;
  }

  /**
   * Members kept as written ({@link #since}) by the caller, for this depth (their indentation is
   * that of this depth): by whatever key the caller chooses.
   */
  Map<Object, byte[]> keptHere() {
    if (kept.length <= depth) {
      kept = Arrays.copyOf(kept, depth + 1);
    }
    if (kept[depth] == null) {
      kept[depth] = new HashMap<>();
    }
    return kept[depth];
  }

  /**
   * Bytes {@link #since} gave for a member written at this depth, not the object's first: the
   * same member written again as it was.
   */
  JsonText member(byte[] written) throws IOException {
    text.append(written);
    return this;
  }

  /** {@code "name": } as this writer writes it. */
  private static byte[] encode(String name) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer chars = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    JsonText json = new JsonText(chars);
    json.string(name);
    json.text.append(':');
    json.text.append(' ');
    json.flush();
    return bytes.toByteArray();
  }

  JsonText value(String value) throws IOException {
    beforeValue();
    string(value);
    return this;
  }

  /**
   * A string the report writes again and again (a rule, a concept, a period, a unit): escaped and
   * encoded the first time, copied from then on while it keeps its slot in a small table.
   */
  JsonText recurringValue(String value) throws IOException {
    beforeValue();
    int length = value.length();
    if (length > RECURRING_LENGTH) {
      string(value);
      return this;
    }
    int slot = value.hashCode() & (recurringKeys.length - 1);
    String key = recurringKeys[slot];
    if (key == value || key != null && key.equals(value)) {
      text.append(recurringBytes[slot]);
      return this;
    }
    text.room(6 * length + 2); // so that the string is written whole into the buffer, and can be copied
    int start = text.used;
    string(value);
    recurringKeys[slot] = value;
    recurringBytes[slot] = Arrays.copyOfRange(text.bytes, start, text.used);
    return this;
  }

  JsonText value(long value) throws IOException {
    beforeValue();
    text.append(value);
    return this;
  }

  /** {@code Amounts.plain(amount)} as a JSON string. */
  JsonText plain(BigDecimal amount) throws IOException {
    beforeValue();
    text.append('"');
    text.appendPlain(amount);
    text.append('"');
    return this;
  }

  JsonText nullValue() throws IOException {
    beforeValue();
    text.append("null");
    return this;
  }

  /**
   * A value already written as JSON by Gson's pretty writer from the top level; its lines are
   * indented to this depth, as Gson would have indented them here. Strings in it hold no raw
   * newline (Gson escapes them), so every newline is a line break.
   */
  JsonText jsonValue(String json) throws IOException {
    beforeValue();
    int from = 0;
    for (int at = json.indexOf('\n'); at >= 0; at = json.indexOf('\n', from)) {
      text.append(json.substring(from, at));
      newline(depth);
      from = at + 1;
    }
    text.append(json.substring(from));
    return this;
  }

  /** Hands everything written to the writer, and flushes it. */
  void flush() throws IOException {
    text.flush();
  }

  private JsonText open(char bracket) throws IOException {
    beforeValue();
    text.append(bracket);
    depth++;
    if (depth == nonEmpty.length) {
      nonEmpty = Arrays.copyOf(nonEmpty, depth * 2);
    }
    nonEmpty[depth] = false;
    return this;
  }

  private JsonText close(char bracket) throws IOException {
    boolean hadItems = nonEmpty[depth];
    depth--;
    if (hadItems) {
      newline(depth);
    }
    text.append(bracket);
    return this;
  }

  private void beforeValue() throws IOException {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      nextItem();
    }
  }

  /** The comma after the previous member or element, if any, and the new line. */
  private void nextItem() throws IOException {
    if (nonEmpty[depth]) {
      text.append(',');
    } else {
      nonEmpty[depth] = true;
    }
    newline(depth);
  }

  private void newline(int level) throws IOException {
    int length = 1 + 2 * level;
    if (length > NEWLINE_AND_SPACES.length) {
      text.append('\n');
      text.append("  ".repeat(level));
      return;
    }
    text.room(length);
    System.arraycopy(NEWLINE_AND_SPACES, 0, text.bytes, text.used, length);
    text.used += length;
  }

  /** A quoted, escaped string, encoded as it is escaped. */
  private void string(String s) throws IOException {
    text.append('"');
    int length = s.length();
    for (int from = 0; from < length; ) {
      int n = text.chunk(s, from);
      text.room(6 * n);
      char[] chars = text.scratch;
      byte[] bytes = text.bytes;
      int at = text.used;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c < 0x80 && ESCAPES[c] == null) {
          bytes[at++] = (byte) c;
        } else if (c < 0x80 || c == '\u2028' || c == '\u2029') {
          byte[] escape = c < 0x80 ? ESCAPES[c] : c == '\u2028' ? LINE_SEPARATOR : PARAGRAPH_SEPARATOR;
          System.arraycopy(escape, 0, bytes, at, escape.length);
          at += escape.length;
        } else {
          text.used = at;
          i += text.putNonAscii(i, n) - 1;
          at = text.used;
        }
      }
      text.used = at;
      from += n;
    }
    text.append('"');
  }
}
