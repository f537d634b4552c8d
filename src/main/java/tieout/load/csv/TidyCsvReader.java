package tieout.load.csv;

import com.google.common.collect.ImmutableList;
import java.util.List;
import tieout.ledger.Fact;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tieout.error.Suggestions;
import tieout.ledger.Decimals;
import tieout.ledger.Period;
import tieout.load.BadValueException;
import tieout.load.Problems;
import tieout.load.table.GridCell;
import tieout.load.table.PeriodCaption;
import tieout.load.table.PeriodCaptions;
import tieout.load.table.PresentationTableReader;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/**
 * Reads the tidy CSV layout, one fact per line, as the file's records come ({@link CsvSink}).
 *
 * <pre>
 * concept,period,value,decimals,Region
 * NetIncomeLoss,2013-01-01/2013-12-31,-11422025,0,
 * MineralPropertyExpenditures,FY2013,3940264,,US
 * </pre>
 *
 * <p>Columns, named in any case: {@code concept}, {@code period} ({@code 2013-12-31},
 * {@code 2013-01-01/2013-12-31} or a caption such as {@code FY2013} or {@code Q1 2013}) and
 * {@code value} (a plain decimal such as {@code -11422025} or {@code 0.08}, or {@code nil}) are
 * required; {@code entity} (default: the taxonomy's, else the file name), {@code unit} (default: the
 * concept's), {@code decimals} ({@code INF} or a whole number; default: the digits after the point in
 * the value), {@code label} (ignored, for people) and one column per axis, named after the axis, are
 * optional. A duration given for an instant concept means its end, as in a presentation table.
 *
 * <p>The first record is the header ({@link TidyHeader}), the others facts ({@link TidyFieldParser}).
 * Every bad line is reported at {@code file.csv:LINE}; a bad header stops the file. Nothing more is
 * read when the first record is not a tidy header (see {@link #isTidy()}), after a bad header, and
 * once {@code maxCells} fields have been passed, since such a file is rejected whatever its lines say.
 */
final class TidyCsvReader implements CsvSink {
  private final String fileName;
  private final Taxonomy taxonomy;
  private final long maxCells;
  private final Problems problems = new Problems();
  private final ImmutableList.Builder<Fact> facts = ImmutableList.builder();
  private boolean sawHeader;
  private boolean tidy;
  private TidyFieldParser parser;
  private long cells;

  TidyCsvReader(String fileName, Taxonomy taxonomy, long maxCells) {
    this.fileName = fileName;
    this.taxonomy = taxonomy;
    this.maxCells = maxCells;
  }

  @Override
  public void record(int line, String[] fields) {
    cells += fields.length;
    if (cells > maxCells) {
      parser = null;
    }
    if (!sawHeader) {
      sawHeader = true;
      List<String> header = List.of(fields);
      tidy = TidyHeader.isTidy(header);
      if (tidy && cells <= maxCells) {
        TidyHeader columns = TidyHeader.map(fileName, line, header, taxonomy, problems);
        parser = columns == null ? null : new TidyFieldParser(fileName, taxonomy, columns, problems);
      }
    } else if (parser != null && !isBlank(fields)) {
      Fact fact = parser.fact(line, fields);
      if (fact != null) {
        facts.add(fact);
      }
    }
  }

  /** Nothing more is read after a header that is not tidy, or bad, or past the limit of fields. */
  @Override
  public boolean wantsMore() {
    return parser != null;
  }

  /** Whether the first record was a tidy header (concept and value columns). */
  boolean isTidy() {
    return tidy;
  }

  /** The facts read, in line order. */
  ImmutableList<Fact> facts() {
    return facts.build();
  }

  /** The bad lines (and header), in line order. */
  Problems problems() {
    return problems;
  }

  /** {@link CsvRecords.Line#isBlank()} of a record's fields. */
  private static boolean isBlank(String[] fields) {
    for (String field : fields) {
      if (!GridCell.isBlankText(field)) {
        return false;
      }
    }
    return true;
  }
}
