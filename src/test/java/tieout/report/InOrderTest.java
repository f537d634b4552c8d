package tieout.report;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import tieout.io.Utf8Sink;

/**
 * {@link InOrder} writes what one thread writing every item in turn writes, whatever the number of
 * items and the block size, to a writer that takes UTF-8 or to any other; a failure in a block,
 * on either thread, reaches the caller.
 */
class InOrderTest {

  /** Item i's text: of varying length, with accents and a surrogate pair now and then. */
  private static String item(int i) {
    return i + (i % 7 == 0 ? " Entr\u00e9e \uD83D\uDCB0" : "") + "x".repeat(i % 300) + "\n";
  }

  private static String sequential(int items) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < items; i++) {
      s.append(item(i));
    }
    return s.toString();
  }

  /** A formatter per thread, through a TextBuffer as the reports' are; notes the threads used. */
  private static InOrder.Block formatter(Writer to, Set<String> threads) {
    TextBuffer text = new TextBuffer(to);
    return (from, end) -> {
      threads.add(Thread.currentThread().getName());
      for (int i = from; i < end; i++) {
        text.append(item(i));
      }
      text.flush();
    };
  }

  @Test
  void blocksAreWrittenInTheirOrderToAnyWriter() throws IOException {
    for (int items : new int[] {0, 1, 2, 255, 256, 257, 3000}) {
      for (int blockSize : new int[] {1, 7, 256, 5000}) {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        StringWriter chars = new StringWriter();
        InOrder.write(items, blockSize, to -> formatter(to, threads), chars);
        assertThat(items + " by " + blockSize, chars.toString(), is(sequential(items)));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer utf8 = new Utf8Writer(bytes);
        InOrder.write(items, blockSize, to -> formatter(to, threads), utf8);
        assertThat(items + " by " + blockSize, bytes.toByteArray(), is(sequential(items).getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  @Test
  void aFailureInABlockReachesTheCaller() {
    for (int failing : new int[] {0, 1, 5, 99}) {
      IOException e = assertThrows(IOException.class, () -> InOrder.write(100, 1, to -> (from, end) -> {
        if (from == failing) {
          throw new IOException("disk full at " + from);
        }
        to.write("ok");
        to.flush();
      }, new StringWriter()));
      assertThat(e.getMessage(), is("disk full at " + failing));
      IllegalStateException bug = assertThrows(IllegalStateException.class,
          () -> InOrder.write(100, 1, to -> (from, end) -> {
            if (from == failing) {
              throw new IllegalStateException("bug at " + from);
            }
          }, new StringWriter()));
      assertThat(bug.getMessage(), is("bug at " + failing));
    }
  }

  @Test
  void aFailingWriterStopsTheHelper() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        throw new IOException("no space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    IOException e = assertThrows(IOException.class,
        () -> InOrder.write(10_000, 3, to -> formatter(to, ConcurrentHashMap.newKeySet()), broken));
    assertThat(e.getMessage(), is("no space left on device"));
  }

  /** A writer that takes UTF-8 as a report file's does. */
  private static final class Utf8Writer extends OutputStreamWriter implements Utf8Sink {
    private final ByteArrayOutputStream bytes;

    Utf8Writer(ByteArrayOutputStream bytes) {
      super(bytes, StandardCharsets.UTF_8);
      this.bytes = bytes;
    }

    @Override
    public void writeUtf8(byte[] from, int offset, int length) throws IOException {
      flush();
      bytes.write(from, offset, length);
    }
  }
}
