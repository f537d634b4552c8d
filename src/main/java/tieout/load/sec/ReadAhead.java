package tieout.load.sec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A stream read ahead by a thread of its own, a few megabytes at a time: a quarterly {@code num.txt}
 * is some 400 MB inflated from its zip, 1-2 s of zlib, which then runs beside the parsing of the
 * lines instead of before each piece of it. Its bytes are exactly those of the stream it reads; an
 * error reading it is thrown to the reader where the bytes end.
 */
final class ReadAhead extends InputStream {
  private static final int CHUNK = 1 << 20;
  /** Chunks read but not yet taken: enough to ride out the reader's pauses, few enough to stay small. */
  private static final int AHEAD = 4;

  /** A piece of the stream; {@code length} -1 ends it, with {@code error} when reading failed. */
  private record Chunk(byte[] data, int length, IOException error) {}

  private final InputStream in;
  private final BlockingQueue<Chunk> read = new ArrayBlockingQueue<>(AHEAD);
  /** Buffers taken and emptied, for the thread to fill again rather than allocate. */
  private final BlockingQueue<byte[]> emptied = new ArrayBlockingQueue<>(AHEAD + 2);
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
        byte[] buffer = emptied.poll();
        if (buffer == null) {
          buffer = new byte[CHUNK];
        }
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
          read.put(new Chunk(buffer, length, null)); // the bytes before an error too
        }
        if (ended) {
          read.put(new Chunk(null, -1, error));
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
        emptied.offer(current.data);
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
