package tieout.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.function.Function;
import tieout.io.Utf8Sink;

/**
 * Formats a long run of a report's items (its checks) on two threads, this one and one helper, in
 * blocks, and writes the blocks in order: the bytes are those one thread would write. A full report
 * of 112,000 checks is up to 197 MB of text that only the report's thread formatted while the
 * second core was idle (docs/performance.md, "Round 4"). Each thread has its own {@link Block}
 * formatter, with its own caches; the items must only be read (the findings are immutable). At
 * most {@link #WINDOW} blocks are formatted ahead of the one being written, so memory stays a few
 * blocks' bytes. Always one helper thread, whatever the machine: one code path everywhere.
 */
public final class InOrder {
  /** Blocks formatted but not yet written, at most. */
  static final int WINDOW = 6;

  /** Formats blocks of items into the writer it was made for; one per thread. */
  @FunctionalInterface
  public interface Block {
    /** Writes items {@code from} (inclusive) to {@code to} (exclusive), and flushes its writer. */
    void format(int from, int to) throws IOException;
  }

  private final int items;
  private final int blockSize;
  private final int blocks;
  private final Function<Writer, Block> formatters;
  /** Slot {@code k % WINDOW}: block k's bytes once formatted. */
  private final Bytes.Chunk[] done = new Bytes.Chunk[WINDOW];
  /** Arrays whose bytes were written, to format into again. */
  private final ArrayDeque<byte[]> free = new ArrayDeque<>();
  private int claimed;
  private int written;
  private Throwable failure;
  private boolean stopped;

  private InOrder(int items, int blockSize, Function<Writer, Block> formatters) {
    this.items = items;
    this.blockSize = blockSize;
    this.blocks = (items + blockSize - 1) / blockSize;
    this.formatters = formatters;
  }

  /**
   * Writes items 0 to {@code items} to {@code out}, {@code blockSize} at a time, each block by a
   * formatter that {@code formatters} makes (once per thread) for a writer of that thread's.
   */
  public static void write(int items, int blockSize, Function<Writer, Block> formatters, Writer out)
      throws IOException {
    new InOrder(items, blockSize, formatters).run(out);
  }

  private void run(Writer out) throws IOException {
    if (blocks == 0) {
      return;
    }
    Thread helper = new Thread(this::help, "tieout-report");
    helper.setDaemon(true);
    helper.start();
    try {
      Bytes sink = new Bytes();
      Block mine = formatters.apply(sink);
      while (true) {
        Bytes.Chunk next;
        int block;
        synchronized (this) {
          rethrow();
          if (written == blocks) {
            break;
          }
          next = done[written % WINDOW];
          block = -1;
          if (next != null) {
            done[written % WINDOW] = null;
          } else if (claimed < blocks && claimed < written + WINDOW) {
            block = claimed++;
          } else {
            waitQuietly();
            continue;
          }
        }
        if (next != null) {
          next.writeTo(out);
          synchronized (this) {
            written++;
            free.push(next.bytes());
            notifyAll();
          }
        } else {
          try {
            format(mine, block, sink);
          } catch (IOException | RuntimeException | Error e) {
            synchronized (this) {
              if (failure == null) { // else the helper's came first, and may be what made this one fail
                failure = e;
              }
            }
          }
        }
      }
    } finally {
      synchronized (this) {
        stopped = true;
        notifyAll();
      }
      joinQuietly(helper);
    }
    synchronized (this) {
      rethrow();
    }
  }

  /** The helper thread: claims blocks while there are any and room to keep them. */
  private void help() {
    try {
      Bytes sink = new Bytes();
      Block formatter = formatters.apply(sink);
      while (true) {
        int block;
        synchronized (this) {
          while (!stopped && failure == null && claimed < blocks && claimed >= written + WINDOW) {
            waitQuietly();
          }
          if (stopped || failure != null || claimed == blocks) {
            return;
          }
          block = claimed++;
        }
        format(formatter, block, sink);
      }
    } catch (Throwable e) {
      synchronized (this) {
        if (failure == null) {
          failure = e;
        }
        notifyAll();
      }
    }
  }

  /** Formats {@code block} into {@code sink} and leaves its bytes in {@link #done}. */
  private void format(Block formatter, int block, Bytes sink) throws IOException {
    int from = block * blockSize;
    formatter.format(from, Math.min(items, from + blockSize));
    synchronized (this) {
      done[block % WINDOW] = sink.take(free.isEmpty() ? null : free.pop());
      notifyAll();
    }
  }

  private void rethrow() throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  private void waitQuietly() {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the report", e);
    }
  }

  private static void joinQuietly(Thread helper) {
    boolean interrupted = false;
    while (helper.isAlive()) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A thread's writer: it takes UTF-8 (what {@link TextBuffer} hands on) into a growing array,
   * which {@link #take} hands over as a block's bytes.
   */
  static final class Bytes extends Writer implements Utf8Sink {
    private byte[] bytes = new byte[1 << 16];
    private int length;

    record Chunk(byte[] bytes, int length) {
      void writeTo(Writer out) throws IOException {
        if (out instanceof Utf8Sink sink) {
          sink.writeUtf8(bytes, 0, length);
        } else {
          out.write(new String(bytes, 0, length, StandardCharsets.UTF_8));
        }
      }
    }

    /**
     * The bytes written since the last take; from now on into {@code next}, an array written out
     * before, or a new one if it is null or smaller than this one: the arrays that go round are
     * soon all as large as the largest block, and no block grows one (each growth a copy and
     * garbage: 90 MB more of it for a full CSV report, and a collection).
     */
    Chunk take(byte[] next) {
      Chunk chunk = new Chunk(bytes, length);
      bytes = next != null && next.length >= bytes.length ? next : new byte[bytes.length];
      length = 0;
      return chunk;
    }

    @Override
    public void writeUtf8(byte[] from, int offset, int n) {
      if (bytes.length - length < n) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + n));
      }
      System.arraycopy(from, offset, bytes, length, n);
      length += n;
    }

    @Override
    public void write(char[] chars, int offset, int n) {
      byte[] encoded = new String(chars, offset, n).getBytes(StandardCharsets.UTF_8);
      writeUtf8(encoded, 0, encoded.length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
