package tieout.history;

/** Told after each finding is written inside a run's transaction: progress, and tests' fault injection. */
@FunctionalInterface
public interface RecordListener {
  RecordListener NONE = (written, total) -> {};

  /** {@code written} findings of {@code total} are in the (uncommitted) transaction. */
  void written(int written, int total);
}
