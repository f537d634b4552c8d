package tieout.load.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import tieout.load.LoadProgress;

/**
 * An input stream that tells a {@link LoadProgress} how many bytes it has delivered, at most once
 * per {@value #STEP} bytes, counting on from {@code base} (the bytes of earlier parts of the file).
 */
public final class ProgressStream extends FilterInputStream {
  /** About a mebibyte between reports: often enough for a bar, rarely enough to cost nothing. */
  public static final int STEP = 1 << 20;

  private final LoadProgress progress;
  private final long base;
  private long count;
  private long reported;

  public ProgressStream(InputStream in, LoadProgress progress, long base) {
    super(in);
    this.progress = progress;
    this.base = base;
  }

  /** The bytes delivered so far. */
  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      counted(skipped);
    }
    return skipped;
  }

  private void counted(long n) {
    count += n;
    if (count - reported >= STEP) {
      reported = count;
      progress.advance(base + count);
    }
  }
}
