package tieout.spark;

import java.io.Serializable;

/**
 * One input of the job, read by one task: an SEC data set zip, an extracted data set folder (the
 * zip's {@code sub.txt} and {@code num.txt}, and {@code dim.txt} when there is one), or a tidy CSV
 * file. {@code url} is a Hadoop file system URL or a local path ({@link InputListing}).
 */
public record Input(Kind kind, String url) implements Serializable {
  /** What the input is, so which reader reads it. */
  public enum Kind {
    DATA_SET_ZIP,
    DATA_SET_FOLDER,
    TIDY_CSV
  }
}
