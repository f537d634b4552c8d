package tieout.load.files;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import tieout.load.InputFormat;
import tieout.load.InputKind;
import tieout.load.csv.CsvFormat;
import tieout.load.sec.SecDataSetFormat;
import tieout.load.table.TableRun;
import tieout.load.xbrl.XbrlFormat;
import tieout.load.xlsx.XlsxFormat;
import tieout.taxonomy.Taxonomy;

/**
 * The formats tieout reads, the one list: one {@link InputFormat} for each {@link InputKind}, with
 * what one run's files share (the presentation tables of workbooks and CSV files, the XBRL filings).
 */
final class Formats {
  final TableRun tables = TableRun.start();
  final XbrlFormat xbrl = new XbrlFormat();
  final List<InputFormat> all = List.of(new XlsxFormat(tables), new CsvFormat(tables), new SecDataSetFormat(), xbrl);

  /**
   * The files of formats that extend the taxonomy ({@link InputFormat#extendsTaxonomy}) first, each
   * group in the order given.
   */
  List<Path> inReadingOrder(List<Path> files) {
    return files.stream().sorted(Comparator.comparing(f -> !of(f).extendsTaxonomy())).toList();
  }

  /** {@code taxonomy} extended by every format's files read so far. */
  Taxonomy extendTaxonomy(Taxonomy taxonomy) {
    for (InputFormat format : all) {
      taxonomy = format.extendTaxonomy(taxonomy);
    }
    return taxonomy;
  }

  /** The format that reads {@code file}, an input by its name ({@link InputKind#of}). */
  InputFormat of(Path file) {
    InputKind kind = InputKind.of(file).orElseThrow();
    return all.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
  }
}
