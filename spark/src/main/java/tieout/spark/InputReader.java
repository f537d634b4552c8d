package tieout.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/** One task's reading of one {@link Input}, by its kind, into facts and unreadable parts. */
final class InputReader {
  private InputReader() {}

  static Iterator<Read> read(Input input, Map<String, String> rulesText, Map<String, String> hadoop) throws IOException {
    return switch (input.kind()) {
      case DATA_SET_ZIP -> ZipReader.read(input.url(), rulesText, hadoop);
      case DATA_SET_FOLDER -> DataSetFolderReader.read(input.url(), rulesText, hadoop);
      case TIDY_CSV -> TidyCsvFileReader.read(input.url(), rulesText, hadoop);
    };
  }
}
