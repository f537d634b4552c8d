package tieout.load;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.error.UserException;

/**
 * How much input one run accepts, so that a huge or endless input ends in a clear error rather than
 * an out-of-memory crash or a hang. The one place these numbers live: the CLI's {@code --max-file-size},
 * {@code --max-cells} and {@code --max-facts} set them, and so do the system properties
 * {@code tieout.maxFileSize}, {@code tieout.maxCells} and {@code tieout.maxFacts}.
 *
 * @param maxFileBytes the largest spreadsheet file read, in bytes
 * @param maxCells the most non-empty cells (CSV fields) read from one file
 * @param maxFacts the most facts loaded in one run, all files together
 */
public record Limits(long maxFileBytes, long maxCells, long maxFacts) {
  /** 100 MB, 2 million cells, 1 million facts: far above any filing, far below what exhausts a 1 GB heap. */
  public static final Limits DEFAULT = new Limits(100L * 1000 * 1000, 2_000_000, 1_000_000);

  private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*(|k|kb|m|mb|g|gb)", Pattern.CASE_INSENSITIVE);

  public Limits {
    if (maxFileBytes < 1 || maxCells < 1 || maxFacts < 1) {
      throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + ", " + maxCells + ", " + maxFacts);
    }
  }

  /** The defaults, overridden by any of the {@code tieout.max*} system properties. */
  public static Limits fromSystemProperties() {
    return new Limits(
        property("tieout.maxFileSize", DEFAULT.maxFileBytes, true),
        property("tieout.maxCells", DEFAULT.maxCells, false),
        property("tieout.maxFacts", DEFAULT.maxFacts, false));
  }

  /** The zip entry size POI may expand a workbook part to: about 100 bytes of XML per allowed cell. */
  public long maxZipEntryBytes() {
    return Math.min(4L * 1024 * 1024 * 1024, Math.max(16L * 1024 * 1024, maxCells * 100));
  }

  /**
   * Parses a size such as {@code 5000000}, {@code 500k}, {@code 100MB} or {@code 2G} (powers of 1000).
   *
   * @throws UserException naming {@code what} (a flag or property) when the text is no such size
   */
  public static long parseSize(String text, String what) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches() || Long.parseLong(m.group(1)) < 1) {
      throw UserException.at(what, "expected a positive size such as 5000000, 500k, 100MB or 2G, found \"" + text + "\"");
    }
    long factor = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k", "kb" -> 1000L;
      case "m", "mb" -> 1000L * 1000;
      case "g", "gb" -> 1000L * 1000 * 1000;
      default -> 1L;
    };
    return Math.multiplyExact(Long.parseLong(m.group(1)), factor);
  }

  /**
   * Parses a positive count such as {@code 2000000}.
   *
   * @throws UserException naming {@code what} when the text is no positive whole number
   */
  public static long parseCount(String text, String what) {
    String t = text.strip().replace("_", "").replace(",", "");
    if (!t.matches("\\d{1,15}") || Long.parseLong(t) < 1) {
      throw UserException.at(what, "expected a positive whole number such as 1000000, found \"" + text + "\"");
    }
    return Long.parseLong(t);
  }

  private static long property(String name, long fallback, boolean size) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String what = "system property " + name;
    return size ? parseSize(value, what) : parseCount(value, what);
  }

  /** {@code 100000000} as {@code 100,000,000}, for messages. */
  public static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
