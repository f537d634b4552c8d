package tieout.load.xlsx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tieout.error.UserException;
import tieout.load.Limits;

/**
 * Opens a {@code .xlsx} file for reading, refusing what is not a plain Excel workbook with one clear
 * message: an empty file, a legacy {@code .xls} or a password-protected workbook (both OLE2 files,
 * told apart by the {@code EncryptionInfo} stream), text or HTML under an {@code .xlsx} name, a damaged
 * or truncated zip, a zip bomb (POI's inflate-ratio and entry-size guards), XML with a DOCTYPE (POI
 * refuses it, so no external entity is ever resolved), and a workbook with more cells than
 * {@link Limits#maxCells()}. Only {@link XSSFWorkbook} is ever built: HSSF never parses hostile bytes.
 */
final class WorkbookOpener {
  private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");
  private static final String RESAVE = ": open it in Excel and save it as an Excel Workbook (.xlsx)";

  private WorkbookOpener() {}

  /**
   * The workbook in {@code file}, shown in messages as {@code name}; the caller closes it.
   *
   * @throws UserException saying what the file is instead and what to do
   */
  static Workbook open(Path file, String name, Limits limits) {
    sniff(file, name, limits);
    Workbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    } catch (IOException | RuntimeException e) {
      throw UserException.at(name, damaged(e, limits));
    }
    checkCells(workbook, name, limits);
    return workbook;
  }

  /**
   * Arms POI's zip guards and refuses, by its first bytes, a file that is not an xlsx workbook;
   * call before any POI reader (streaming or not) touches the file.
   *
   * @throws UserException saying what the file is instead and what to do
   */
  static void sniff(Path file, String name, Limits limits) {
    // POI's guards are process-wide; setting them on every open keeps them whatever else ran before.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
    FileMagic magic = magic(file, name);
    if (magic == null) {
      throw UserException.at(name, "expected an Excel workbook (.xlsx), found an empty file");
    }
    switch (magic) {
      case OOXML:
        break;
      case OLE2:
        throw UserException.at(name, ole2(file, name));
      case HTML:
        throw UserException.at(name, "expected an Excel workbook (.xlsx), found a web page (HTML)" + RESAVE);
      case XML:
        throw UserException.at(name, "expected an Excel workbook (.xlsx), found an XML file (perhaps an Excel 2003 XML"
            + " spreadsheet)" + RESAVE);
      default:
        throw UserException.at(name, "expected an Excel workbook (.xlsx), found a file that is not one (no zip archive"
            + " inside; perhaps a CSV or text file renamed to .xlsx)" + RESAVE);
    }
  }

  /** The kind of file its first bytes say it is; null for an empty file. */
  private static FileMagic magic(Path file, String name) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return FileMagic.valueOf(in);
    } catch (EmptyFileException e) {
      return null;
    } catch (AccessDeniedException e) {
      throw UserException.at(name, "could not read the file: permission denied");
    } catch (IOException e) {
      throw UserException.at(name, "could not read the file: " + e.getMessage());
    }
  }

  /** An OLE2 file is either an encrypted .xlsx (it carries EncryptionInfo) or a legacy .xls. */
  private static String ole2(Path file, String name) {
    boolean encrypted;
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      encrypted = fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      encrypted = false;
    }
    if (encrypted) {
      return "expected an Excel workbook without a password, found a password-protected one:"
          + " save a copy without the password and load that";
    }
    return "expected an Excel workbook (.xlsx), found a legacy Excel 97-2003 workbook (.xls) or another Office 97"
        + " file; tieout does not read .xls" + RESAVE;
  }

  /** What went wrong inside a zip POI could not read, from the whole chain of causes. */
  private static String damaged(Throwable e, Limits limits) {
    String all = messages(e);
    if (e instanceof EncryptedDocumentException) {
      return "expected an Excel workbook without a password, found a password-protected one:"
          + " save a copy without the password and load that";
    }
    Matcher entry = ENTRY.matcher(all);
    String part = entry.find() ? " part " + entry.group(1) : " a part";
    if (all.contains("Zip bomb detected") && all.contains("max. ratio")) {
      return "expected an Excel workbook, found a zip bomb:" + part + " expands more than 100 times its compressed"
          + " size, which no spreadsheet does; tieout refuses to inflate it";
    }
    if (all.contains("Zip bomb detected") || all.contains("max size of the expanded")) {
      return "expected an Excel workbook of at most " + Limits.grouped(limits.maxCells()) + " cells, found"
          + part + " larger than " + Limits.grouped(limits.maxZipEntryBytes()) + " bytes once expanded:"
          + " raise --max-cells if the file is genuine";
    }
    if (all.contains("DOCTYPE")) {
      return "expected an Excel workbook, found XML with a DOCTYPE declaration, which Excel never writes and which"
          + " can make a reader fetch other files (external entities); tieout refuses it" + RESAVE;
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    return "expected an Excel workbook (.xlsx), but the file is damaged or truncated (" + reason + ")" + RESAVE;
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 20_000; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
      if (t.getCause() == t) {
        break;
      }
    }
    return all.toString();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static void checkCells(Workbook workbook, String name, Limits limits) {
    long cells = 0;
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        cells += row.getPhysicalNumberOfCells();
      }
      if (cells > limits.maxCells()) {
        try {
          workbook.close();
        } catch (IOException ignored) {
          // Read-only workbook from a stream: nothing to save, nothing lost.
        }
        throw UserException.at(
            name + "!" + sheet.getSheetName(),
            "expected at most " + Limits.grouped(limits.maxCells()) + " cells in a workbook (--max-cells), found more"
                + " by this sheet: split the workbook or raise --max-cells");
      }
    }
  }
}
