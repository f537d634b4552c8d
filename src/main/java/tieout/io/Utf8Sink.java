package tieout.io;

import java.io.IOException;

/**
 * A writer that also takes text already encoded as UTF-8, whole characters only. The
 * machine-readable reports encode as they format (tieout.report.TextBuffer), which saves a pass
 * over hundreds of megabytes of characters when they are written to a file.
 */
public interface Utf8Sink {
  void writeUtf8(byte[] bytes, int offset, int length) throws IOException;
}
