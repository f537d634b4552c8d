package tieout.load.csv;

import tieout.load.LoadProgress;
import tieout.load.Problems;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import tieout.ledger.Fact;
import tieout.taxonomy.Taxonomy;

/** Ways into the CSV readers that only tests take: a text instead of a file, everything in one call. */
public final class TestCsv {
  private TestCsv() {}

  /** Every record a sink receives, as "line: fields". */
  static final class Recorder implements CsvSink {
    final List<String> records = new ArrayList<>();

    @Override
    public void record(int line, String[] fields) {
      records.add(line + ": " + String.join("|", fields));
    }
  }

  /** The survey of {@code csv} (a leading byte order mark is skipped) of file {@code fileName}. */
  static CsvSurvey survey(String fileName, String csv) {
    return CsvScan.scan(fileName, CsvText.withoutBom(csv), (line, fields) -> { }, LoadProgress.NONE);
  }

  /**
   * The facts of tidy CSV {@code text} (a leading byte order mark is skipped) of file {@code fileName},
   * a base name.
   *
   * @throws tieout.error.UserException listing every bad line (at most 20)
   */
  public static ImmutableList<Fact> tidyFacts(String fileName, String text, Taxonomy taxonomy) {
    Problems problems = new Problems();
    ImmutableList<Fact> facts = tidyFacts(fileName, text, taxonomy, problems);
    problems.throwIfAny();
    return facts;
  }

  /** As {@link #tidyFacts(String, String, Taxonomy)}, adding the bad lines to {@code problems}. */
  static ImmutableList<Fact> tidyFacts(String fileName, String text, Taxonomy taxonomy, Problems problems) {
    TidyCsvReader reader = new TidyCsvReader(fileName, taxonomy, Long.MAX_VALUE);
    int[] headerLine = {0};
    CsvSurvey survey = CsvScan.scan(fileName, CsvText.withoutBom(text), (line, fields) -> {
      if (headerLine[0] == 0) {
        headerLine[0] = line;
      }
      reader.record(line, fields);
    }, LoadProgress.NONE);
    if (survey.first().isEmpty()) {
      problems.add(fileName, "expected a header line such as concept,period,value, found an empty file");
      return ImmutableList.of();
    }
    if (!reader.isTidy()) {
      // Named as a tidy file, so say what its header lacks.
      TidyHeader.map(fileName, headerLine[0], survey.first().get(), taxonomy, problems);
      return ImmutableList.of();
    }
    problems.addAll(reader.problems());
    return reader.facts();
  }
}
