package tieout.load.xbrl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import tieout.error.UserException;
import tieout.load.LoadProgress;

/**
 * Reads a large XBRL 2.1 instance as two halves at once, the second on a thread of its own: parsing
 * is most of an instance's load, and the machine has a second core. The result is the one reading
 * the whole document gives (the same facts in the same order, lines and columns); whenever that
 * cannot be shown, the document is read whole instead.
 *
 * <p>The split is at the start of a line near the middle that opens an element and is indented as
 * little as any such line near it: in the usual layout, a child of the root. The first half is the
 * bytes before it followed by the root's end tag; the second half is the root's start tag with its
 * namespace declarations followed by the bytes from the split on. The first half reads as
 * well-formed XML only when the split is between two children of the root, and there the second
 * half is what the parser would have read in the whole document (no DTD is allowed, so no entity
 * can differ). If either half fails (not well-formed, the split inside an element), or the second
 * half has problems of its own (their order is the whole reading's), the other is stopped and the
 * whole document is read: its messages are then exactly a whole reading's.
 */
final class InstanceHalves {
  /** Smaller documents are read whole: the thread and second parser would cost more than they save. */
  static final long MIN_BYTES = 1L << 20;
  /** How far past the middle a split is looked for. */
  private static final int WINDOW = 1 << 16;

  private InstanceHalves() {}

  /**
   * The content of the instance at {@code path} read as two halves, or null when it is to be read
   * whole: smaller than {@link #MIN_BYTES}, not an instance encoded in UTF-8, no split found, or the
   * halves could not be read or joined.
   */
  static DocumentContent read(Path path, String file, long maxFacts, LoadProgress progress) throws IOException {
    return read(path, file, maxFacts, progress, MIN_BYTES);
  }

  /** As {@link #read(Path, String, long, LoadProgress)}, splitting documents of {@code minBytes} and more. */
  static DocumentContent read(Path path, String file, long maxFacts, LoadProgress progress, long minBytes)
      throws IOException {
    long size;
    long split;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      size = channel.size();
      if (size < minBytes) {
        return null;
      }
      split = splitNear(channel, size / 2);
    }
    if (split < 0) {
      return null;
    }
    Root root = Root.of(path, file);
    if (root == null) {
      return null;
    }
    Cancel cancel = new Cancel();
    Slice second = new Slice(path, root.startTag, split, size - split, new byte[0], cancel);
    SecondHalf task = new SecondHalf(second, file, maxFacts, cancel);
    Thread thread = new Thread(task, "tieout-xbrl-second-half");
    thread.setDaemon(true);
    thread.start();
    Slice first = new Slice(path, new byte[0], 0, split, root.endTag, cancel);
    DocumentReader firstReader;
    try (SafeXml xml = SafeXml.open(first, file)) {
      // Progress counts both halves' bytes of the file, and is heard from this thread only.
      LoadProgress both = new LoadProgress() {
        @Override
        public void start(String name, long total) {}

        @Override
        public void advance(long done) {
          progress.advance(first.fileBytesRead() + second.fileBytesRead());
        }

        @Override
        public void finish() {}
      };
      firstReader = new DocumentReader(xml, maxFacts, both);
      firstReader.run();
    } catch (UserException | Cancelled e) {
      cancel.stop();
      return null;
    } catch (RuntimeException | IOException | Error e) {
      cancel.stop();
      throw e;
    }
    try {
      thread.join(); // its fields are then this thread's to read
    } catch (InterruptedException e) {
      cancel.stop();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + file);
    }
    Throwable failure = task.failure;
    if (failure instanceof UserException || failure instanceof Cancelled) {
      return null;
    } else if (failure instanceof IOException io) {
      throw io;
    } else if (failure instanceof RuntimeException r) {
      throw r;
    } else if (failure instanceof Error r) {
      throw r;
    }
    DocumentReader secondReader = task.reader;
    // The split's line, where the root's added end tag stands; the second half's first line is its 2nd.
    int lineShift = firstReader.rootEndLine() - 2;
    return firstReader.absorb(secondReader, lineShift) ? firstReader.content() : null;
  }

  /**
   * The offset of a line start at or after {@code middle} that opens an element ({@code <} and a
   * name) and is indented as little as any such line in the window read there; -1 if there is none.
   */
  static long splitNear(FileChannel channel, long middle) throws IOException {
    ByteBuffer window = ByteBuffer.allocate(WINDOW);
    while (window.hasRemaining() && channel.read(window, middle + window.position()) > 0) {
      // read until the window is full or the file ends
    }
    byte[] b = window.array();
    int n = window.position();
    int best = -1;
    int bestIndent = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (b[i] != '\n') {
        continue;
      }
      int j = i + 1;
      while (j < n && (b[j] == ' ' || b[j] == '\t')) {
        j++;
      }
      if (j + 1 < n && b[j] == '<' && nameStart(b[j + 1]) && j - i - 1 < bestIndent) {
        best = i + 1;
        bestIndent = j - i - 1;
      }
    }
    return best < 0 ? -1 : middle + best;
  }

  private static boolean nameStart(byte c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  /**
   * The root element as the halves need it: its start tag alone, with its namespace declarations,
   * and its end tag. (A split before the root's start tag ends could not be read as a first half.)
   */
  private record Root(byte[] startTag, byte[] endTag) {
    /**
     * The root of the instance at {@code path}, or null when the document is not an XBRL 2.1
     * instance in UTF-8 and XML 1.0, or does not start as one (the whole reading says why).
     */
    private static final Set<String> ENCODINGS = Set.of("UTF-8", "US-ASCII", "ISO-8859-1");

    static Root of(Path path, String file) throws IOException {
      try (SafeXml xml = SafeXml.open(path, file)) {
        XMLStreamReader r = xml.reader();
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          // Read (after any declaration) in an encoding where '\n' and '<' are those bytes wherever they stand.
          String declared = r.getCharacterEncodingScheme();
          if (!DocumentReader.XBRLI.equals(r.getNamespaceURI()) || !r.getLocalName().equals("xbrl")
              || r.getEncoding() == null || !ENCODINGS.contains(r.getEncoding().toUpperCase(Locale.ROOT))
              || (declared != null && !ENCODINGS.contains(declared.toUpperCase(Locale.ROOT)))
              || (r.getVersion() != null && !r.getVersion().equals("1.0"))) {
            return null;
          }
          String name = r.getPrefix() == null || r.getPrefix().isEmpty() ? r.getLocalName()
              : r.getPrefix() + ":" + r.getLocalName();
          // The second half is decoded as the whole document is.
          StringBuilder start = new StringBuilder();
          if (declared != null) {
            start.append("<?xml version=\"1.0\" encoding=\"").append(declared).append("\"?>");
          }
          start.append('<').append(name);
          for (int i = 0; i < r.getNamespaceCount(); i++) {
            String prefix = r.getNamespacePrefix(i);
            start.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escape(r.getNamespaceURI(i), start);
            start.append('"');
          }
          // One line: the second half's first line is the 2nd.
          start.append(">\n");
          Charset encoding = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
          return new Root(start.toString().getBytes(encoding), ("</" + name + ">").getBytes(encoding));
        }
        return null;
      } catch (UserException e) {
        return null;
      }
    }

    private static void escape(String value, StringBuilder to) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '&' -> to.append("&amp;");
          case '<' -> to.append("&lt;");
          case '"' -> to.append("&quot;");
          case '\t' -> to.append("&#9;");
          case '\n' -> to.append("&#10;");
          case '\r' -> to.append("&#13;");
          default -> to.append(c);
        }
      }
    }
  }

  /**
   * Reads the second half, keeping what it read or how it failed; on failure stops the first, which
   * need not be read to its end. (A plain thread and join: no future's classes to load in every run.)
   */
  private static final class SecondHalf implements Runnable {
    private final Slice bytes;
    private final String file;
    private final long maxFacts;
    private final Cancel cancel;
    DocumentReader reader;
    Throwable failure;

    SecondHalf(Slice bytes, String file, long maxFacts, Cancel cancel) {
      this.bytes = bytes;
      this.file = file;
      this.maxFacts = maxFacts;
      this.cancel = cancel;
    }

    @Override
    public void run() {
      try (SafeXml xml = SafeXml.open(bytes, file)) {
        DocumentReader r = new DocumentReader(xml, maxFacts, LoadProgress.NONE);
        r.run();
        reader = r;
      } catch (RuntimeException | IOException | Error e) {
        cancel.stop();
        failure = e;
      }
    }
  }

  /** Stops both halves' reading: one of them failed, so the document is read whole. */
  private static final class Cancel {
    private volatile boolean stopped;

    void stop() {
      stopped = true;
    }

    boolean stopped() {
      return stopped;
    }
  }

  /** Thrown by a half's bytes once the reading is stopped; the parser passes it on unchecked. */
  private static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("the other half of the document failed", null, false, false);
    }
  }

  /** Some bytes, then {@code length} bytes of the file from {@code offset}, then some bytes. */
  private static final class Slice extends InputStream {
    private final byte[] before;
    private final byte[] after;
    private final long length;
    private final FileChannel channel;
    private final InputStream file;
    private final Cancel cancel;
    private int beforeAt;
    private int afterAt;
    /** Bytes of the file read: written by the reading thread, read for progress by the other. */
    private volatile long fileRead;

    Slice(Path path, byte[] before, long offset, long length, byte[] after, Cancel cancel) throws IOException {
      this.before = before;
      this.after = after;
      this.length = length;
      this.cancel = cancel;
      this.channel = FileChannel.open(path, StandardOpenOption.READ);
      try {
        channel.position(offset);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      this.file = Channels.newInputStream(channel);
    }

    long fileBytesRead() {
      return fileRead;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] to, int off, int len) throws IOException {
      if (cancel.stopped()) {
        throw new Cancelled();
      }
      if (len == 0) {
        return 0;
      }
      if (beforeAt < before.length) {
        int n = Math.min(len, before.length - beforeAt);
        System.arraycopy(before, beforeAt, to, off, n);
        beforeAt += n;
        return n;
      }
      long left = length - fileRead;
      if (left > 0) {
        int n = file.read(to, off, (int) Math.min(len, left));
        if (n < 0) {
          return -1; // the file became shorter while read: the half is not well-formed, so it is read whole
        }
        fileRead += n;
        return n;
      }
      if (afterAt < after.length) {
        int n = Math.min(len, after.length - afterAt);
        System.arraycopy(after, afterAt, to, off, n);
        afterAt += n;
        return n;
      }
      return -1;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
