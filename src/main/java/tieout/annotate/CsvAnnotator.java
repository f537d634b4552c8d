package tieout.annotate;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tieout.engine.Finding;
import tieout.ledger.Fact;
import tieout.ledger.SourceRef;
import tieout.load.csv.CsvRecords;
import tieout.load.csv.CsvText;

/**
 * The annotated copy of a CSV input: CSV has no fills or comments, so every record gets two more
 * fields, {@code tieout status} ({@code FAIL}, {@code PASS}, {@code untested} or empty) and
 * {@code tieout checks} (the checks of that line). The first record, when it holds no fact, gets
 * the two column names. Facts of a CSV are known by line, so the status is per line.
 */
final class CsvAnnotator {
  static final String STATUS = "tieout status";
  static final String CHECKS = "tieout checks";

  private CsvAnnotator() {}

  static void write(Path input, Marks marks, Writer out) throws IOException {
    String fileName = input.getFileName().toString();
    Map<Integer, Mark> byLine = new HashMap<>();
    marks.marked().forEach((source, mark) -> {
      if (source.file().equals(fileName) && !source.isCell() && source.line() > 0) {
        byLine.put(source.line(), merge(byLine.get(source.line()), mark));
      }
    });
    Set<Integer> untested = new HashSet<>();
    for (Fact f : marks.untested()) {
      SourceRef s = f.source();
      if (s.file().equals(fileName) && !s.isCell()) {
        untested.add(s.line());
      }
    }
    CsvRecords records = CsvRecords.parse(fileName, CsvText.read(input), true);
    int width = records.lines().stream().mapToInt(l -> l.fields().size()).max().orElse(0);
    out.write('\uFEFF'); // Excel reads UTF-8 only with a byte order mark; tieout's loader skips it.
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
    boolean first = true;
    for (CsvRecords.Line record : records.lines()) {
      int line = record.number();
      List<String> fields = new ArrayList<>(record.fields());
      while (fields.size() < width) {
        fields.add("");
      }
      Mark mark = byLine.get(line);
      if (mark != null) {
        fields.add(mark.isFailed() ? "FAIL" : "PASS");
        fields.add(MarkText.checks(mark));
      } else if (untested.contains(line)) {
        fields.add("untested");
        fields.add("");
      } else if (first) {
        fields.add(STATUS);
        fields.add(CHECKS);
      } else {
        fields.add("");
        fields.add("");
      }
      first = false;
      csv.printRecord(fields);
    }
    csv.flush();
  }

  private static Mark merge(Mark a, Mark b) {
    if (a == null) {
      return b;
    }
    return new Mark(
        ImmutableList.<Finding>builder().addAll(a.failed()).addAll(b.failed()).build(),
        ImmutableList.<Finding>builder().addAll(a.passed()).addAll(b.passed()).build());
  }
}
