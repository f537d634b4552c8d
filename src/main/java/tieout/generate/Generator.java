package tieout.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tieout.io.AtomicFile;
import tieout.rules.RuleSet;
import tieout.rules.RulesLoader;
import tieout.taxonomy.Concept;
import tieout.export.XbrlExport;

/**
 * Writes a synthetic ledger into a folder: the facts ({@code ledger.csv}, {@code ledger.xlsx}, or
 * {@code ledger.xml} with {@code ledger.xsd} and {@code ledger_cal.xml}),
 * the rules to check them with ({@code rules/}), and the manifest of planted discrepancies
 * ({@code manifest.csv}).
 */
public final class Generator {
  /** The file formats of the facts. */
  public enum Format {
    CSV,
    XLSX,
    /** An XBRL 2.1 instance with its schema and a calculation linkbase of the rules' summations. */
    XBRL
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
    } else if (format == Format.XBRL) {
      facts = out.resolve("ledger.xml");
      RuleSet rules = RulesLoader.load(out.resolve("rules"));
      List<Concept> concepts = new ArrayList<>();
      for (String name : SyntheticLedger.CONCEPTS) {
        concepts.add(rules.taxonomy().concept(name).orElseThrow());
      }
      XbrlExport.write(concepts, ledger.factCount(), rules, out, w -> XbrlInstanceWriter.write(ledger, w));
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
