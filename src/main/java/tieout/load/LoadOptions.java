package tieout.load;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How one run loads its inputs, as every loader receives it: within which {@link Limits}, telling
 * whom how far each file is ({@link LoadProgress}), and whether a problem in the data stops the run.
 *
 * @param limits how much input the run accepts
 * @param progress hears how far each file's load is (a progress bar on a terminal)
 * @param strict a problem in the data (a cell, a line, a sheet, a file) is a user error (exit 2)
 *     instead of an unreadable-input finding beside the checks of the rest ({@code --strict})
 */
public record LoadOptions(Limits limits, LoadProgress progress, boolean strict) {
  public LoadOptions {
    checkNotNull(limits, "limits");
    checkNotNull(progress, "progress: use LoadProgress.NONE");
  }

  /** Loads within {@code limits}, reporting no progress, a problem in the data a finding. */
  public static LoadOptions within(Limits limits) {
    return new LoadOptions(limits, LoadProgress.NONE, false);
  }

  /** These options, with loads reported to {@code listener}. */
  public LoadOptions withProgress(LoadProgress listener) {
    return new LoadOptions(limits, listener, strict);
  }

  /** These options, a problem in the data a user error. */
  public LoadOptions strictly() {
    return new LoadOptions(limits, progress, true);
  }
}
