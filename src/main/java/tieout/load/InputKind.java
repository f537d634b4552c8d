package tieout.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file tieout reads, recognised by name: the one definition that {@code check},
 * {@code annotate} and {@code nightly} share. Adding a kind is one constant here and a reader in
 * {@code load.files.Formats}: an {@link InputFormat}.
 */
public enum InputKind {
  XLSX(List.of(".xlsx"), ".xlsx", true),
  CSV(List.of(".csv"), ".csv", true),
  SEC_DATA_SET(List.of(".zip"), "SEC data set .zip", false),
  /** An instance or inline document by its name; a folder's files also by their content ({@code XbrlFormat}). */
  XBRL(List.of(".xbrl", ".xml", ".xhtml", ".htm", ".html"), "XBRL .xml/.xbrl/.htm",
      false);

  private final List<String> suffixes;
  private final String description;
  private final boolean annotatable;

  InputKind(List<String> suffixes, String description, boolean annotatable) {
    this.suffixes = suffixes;
    this.description = description;
    this.annotatable = annotatable;
  }

  /** The kind of {@code file} by its name, or empty when tieout does not read it. */
  public static Optional<InputKind> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.suffixes.stream().anyMatch(lower::endsWith)).findFirst();
  }

  /** Whether tieout reads {@code file} (by its name). */
  public static boolean isInput(Path file) {
    return of(file).isPresent();
  }

  /** Whether {@code --annotate} can write a tick-marked copy of this kind. */
  public boolean annotatable() {
    return annotatable;
  }

  /** {@code .xlsx, .csv, SEC data set .zip, XBRL ...}: what a folder's files may be, for messages. */
  public static String described() {
    return Arrays.stream(values()).map(k -> k.description).collect(Collectors.joining(", "));
  }

  /**
   * Files that a folder holds and that are not inputs, but that a user may have meant to be: what
   * to do with each, or empty for a file that is plainly something else (a README, an image).
   */
  public static Optional<String> advice(Path file) {
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot);
    return Optional.ofNullable(switch (ext) {
      case ".xls", ".xlsm", ".xlsb", ".xltx", ".xltm", ".ods", ".numbers", ".et" ->
          "save it as an Excel Workbook (.xlsx)";
      case ".tsv", ".tab" -> "save it as CSV (comma delimited, .csv)";
      case ".pdf", ".doc", ".docx" -> "tieout reads tables, not documents: copy the tables into an"
          + " .xlsx or .csv file";
      case ".gz", ".7z", ".rar", ".tar", ".tgz" -> "unpack it; tieout reads .zip only as an SEC data set";
      default -> null;
    });
  }
}
