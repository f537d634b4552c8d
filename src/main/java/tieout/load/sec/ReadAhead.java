package tieout.load.sec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A stream read ahead by a thread of its own, a few megabytes at a time: a quarterly {@code num.txt}
 * is some 400 MB inflated from its zip, 1-2 s of zlib, which then runs beside the parsing of the
 * lines instead of before each piece of it. Its bytes are exactly those of the stream it reads; an
 * error reading it is thrown to the reader where the bytes end.
 *
 * <p>The thread also notes where each piece's tabs and line breaks are ({@link #next}), so that
 * {@link TabLines} cuts lines and fields without reading every byte again on the parsing thread: the
 * parser, not zlib, sets a quarter's wall time (the thread waited for it some 3 s of a 6 s run).
 */
final class ReadAhead extends InputStream {
  private static final int CHUNK = 1 << 20;
  /** Chunks read but not yet taken: enough to ride out the reader's pauses, few enough to stay small. */
  private static final int AHEAD = 4;

  /**
   * A piece of the stream, with the positions of its tabs and line breaks in order (the first
   * {@code markCount} of {@code marks}); {@code length} -1 ends it, with {@code error} when reading failed.
   */
  record Chunk(byte[] data, int length, int[] marks, int markCount, IOException error) {}

  private final InputStream in;
  private final BlockingQueue<Chunk> read = new ArrayBlockingQueue<>(AHEAD);
  /** Chunks taken and emptied, for the thread to fill their arrays again rather than allocate. */
  private final BlockingQueue<Chunk> emptied = new ArrayBlockingQueue<>(AHEAD + 2);
  private final Thread reader;
  private Chunk current;
  private int position;

  ReadAhead(InputStream in) {
    this.in = in;
    this.reader = new Thread(this::readAll, "tieout-read-ahead");
    reader.setDaemon(true);
    reader.start();
  }

  private void readAll() {
    try {
      boolean ended = false;
      while (!ended) {
        Chunk spent = emptied.poll();
        byte[] buffer = spent == null ? new byte[CHUNK] : spent.data;
        int[] marks = spent == null ? new int[CHUNK / 8] : spent.marks;
        int length = 0;
        IOException error = null;
        try {
          for (int n = 0; length < CHUNK && (n = in.read(buffer, length, CHUNK - length)) >= 0; ) {
            length += n;
          }
        } catch (IOException e) {
          error = e;
        }
        ended = length < CHUNK || error != null; // a chunk not filled: the stream ended or failed
        if (length > 0) {
          int count = 0;
          for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            if (b == '\t' || b == '\n') {
              if (count == marks.length) {
                marks = Arrays.copyOf(marks, count * 2);
              }
              marks[count++] = i;
            }
          }
          read.put(new Chunk(buffer, length, marks, count, null)); // the bytes before an error too
        }
        if (ended) {
          read.put(new Chunk(null, -1, null, 0, error));
        }
      }
    } catch (InterruptedException stopped) {
      // closed before the end: nobody is waiting for more
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (current == null || (current.length >= 0 && position == current.length)) {
      if (current != null) {
        emptied.offer(current);
      }
      try {
        current = read.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading ahead");
      }
      position = 0;
    }
    if (current.length < 0) {
      if (current.error != null) {
        throw current.error;
      }
      return -1;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current.data, position, b, off, n);
    position += n;
    return n;
  }

  /**
   * The next piece with its marks, or null at the end; {@code spent}, the piece before (or null),
   * is given back to be filled again. For a reader that takes pieces, not {@link #read} calls.
   *
   * @throws IOException reading the stream failed, after its last bytes were given
   */
  Chunk next(Chunk spent) throws IOException {
    if (spent != null && spent.length >= 0) {
      emptied.offer(spent);
    }
    if (current == null || current.length >= 0) {
      try {
        current = read.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading ahead");
      }
    }
    if (current.length < 0) { // kept, so that asking again ends again
      if (current.error != null) {
        throw current.error;
      }
      return null;
    }
    return current;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  /** Stops the thread, then closes the stream it reads (never while the thread may still read it). */
  @Override
  public void close() throws IOException {
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      in.close();
    }
  }
}
