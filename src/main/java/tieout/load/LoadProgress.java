package tieout.load;

/**
 * Hears how far the loading of one input file is, so that a long load can show a progress bar.
 *
 * <p>The loaders call {@link #start} once per file with a total in the file's own unit (bytes of a
 * workbook's sheets, of an SEC {@code num.txt} or of a large plain CSV ({@code load.csv.PlainCsv}),
 * characters of another CSV), then {@link #advance} now and then with the amount done so far (never decreasing, never above the total), and the
 * {@code LedgerLoader} calls {@link #finish} when the file is done, read or refused: finishing means
 * the whole total is done. A listener is called from the loading thread only.
 */
public interface LoadProgress {
  /** Hears nothing: tests, pipes, CI logs and {@code --no-progress}. */
  LoadProgress NONE = new LoadProgress() {
    @Override
    public void start(String file, long total) {}

    @Override
    public void advance(long done) {}

    @Override
    public void finish() {}
  };

  /** Loading of {@code file} (a base name) begins; {@code total} units are to be read. */
  void start(String file, long total);

  /** {@code done} of the total units are read. */
  void advance(long done);

  /** The file is done (also after a problem); a call without a {@link #start} is ignored. */
  void finish();
}
