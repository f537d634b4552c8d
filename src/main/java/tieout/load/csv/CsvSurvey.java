package tieout.load.csv;

import java.util.List;
import java.util.Optional;

/**
 * What the checks before a CSV is read need to know of the whole file, gathered by the pass that
 * reads its records ({@link PlainCsv} or {@link CsvScan}) without keeping them: the fields in all,
 * the records of more than one field, the first one-field record holding a semicolon or a tab, and
 * the first non-empty record (which decides the layout). Records and line numbers are those of
 * {@link CsvRecords#parse} without empty lines.
 *
 * @param cells fields in all records
 * @param multiFieldLines records of more than one field
 * @param firstSemicolonLine line of the first one-field record containing ';', or 0
 * @param firstTabLine line of the first one-field record containing a tab, or 0
 * @param first the first non-empty record's fields, if any
 */
public record CsvSurvey(long cells, long multiFieldLines, int firstSemicolonLine, int firstTabLine,
    Optional<List<String>> first) {
}
