package tieout.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tieout.io.AtomicFile;

/**
 * Writes a synthetic ledger into a folder: the facts ({@code ledger.csv} or {@code ledger.xlsx}),
 * the rules to check them with ({@code rules/}), and the manifest of planted discrepancies
 * ({@code manifest.csv}).
 */
public final class Generator {
  /** The file formats of the facts. */
  public enum Format {
    CSV,
    XLSX
  }

  private Generator() {}

  /** Writes {@code ledger} in {@code format} into folder {@code out}, created if needed; returns the facts file. */
  public static Path write(SyntheticLedger ledger, Format format, Path out) throws IOException {
    Files.createDirectories(out.resolve("rules"));
    AtomicFile.write(out.resolve("rules/synthetic.taxonomy"), SyntheticRules::writeTaxonomy);
    AtomicFile.write(out.resolve("rules/synthetic.rules"), SyntheticRules::writeRules);
    AtomicFile.write(out.resolve("manifest.csv"), w -> Manifest.write(ledger, w));
    Path facts;
    if (format == Format.CSV) {
      facts = out.resolve("ledger.csv");
      AtomicFile.write(facts, w -> TidyCsvWriter.write(ledger, w));
    } else {
      facts = out.resolve("ledger.xlsx");
      writeBinary(facts, stream -> XlsxWriter.write(ledger, stream));
    }
    return facts;
  }

  /** Binary content producer. */
  @FunctionalInterface
  interface BinaryContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Temporary file, then a move: readers never see half a workbook. */
  static void writeBinary(Path target, BinaryContent content) throws IOException {
    AtomicFile.writeBytes(target, content::writeTo);
  }

}
