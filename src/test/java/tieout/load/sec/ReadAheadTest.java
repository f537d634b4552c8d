package tieout.load.sec;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ReadAhead} gives exactly the bytes of the stream it reads, then its error, and stops when closed. */
class ReadAheadTest {

  @Test
  void theSameBytes() throws IOException {
    byte[] data = new byte[5_500_000]; // several chunks and a part
    new Random(5).nextBytes(data);
    try (InputStream in = new ReadAhead(new ByteArrayInputStream(data))) {
      assertThat(in.readAllBytes(), is(data));
      assertThat(in.read(), is(-1));
    }
  }

  @Test
  void anErrorWhereTheBytesEnd() throws IOException {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("damaged");
      }
    };
    try (InputStream in = new ReadAhead(new SequenceInputStream(new ByteArrayInputStream(new byte[] {1, 2}), failing))) {
      assertThat(in.read(), is(1));
      assertThat(in.read(), is(2));
      assertThat(assertThrows(IOException.class, in::read).getMessage(), is("damaged"));
    }
  }

  @Test
  void closedBeforeTheEnd() throws IOException {
    boolean[] closed = {false};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 7;
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    InputStream in = new ReadAhead(endless);
    assertThat(in.read(), is(7));
    in.close();
    assertThat(closed[0], is(true));
  }
}
