package tieout.load.csv;

/**
 * Receives the records of a CSV file as they are read, from either reader: {@link PlainCsv} (plain
 * files, from their bytes) or {@link CsvScan} (any text, with Commons CSV). Both give the same records
 * and line numbers for the same file.
 */
interface CsvSink {
  /**
   * One record starting on {@code line}; {@code fields} belongs to the reader and must not be kept
   * or changed. Empty lines are not records.
   */
  void record(int line, String[] fields);

  /**
   * Whether records after the first are still wanted. Asked once the first record is passed: a reader
   * that only pays on whole files ({@link PlainCsv}) gives up when they are not.
   */
  default boolean wantsMore() {
    return true;
  }
}
