package tieout.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the binary bad inputs in code: small workbooks, then damaged, encrypted or rewritten copies. */
final class Workbooks {
  private Workbooks() {}

  /**
   * A one-sheet workbook ("Balance") with the heading row {@code | December 31, 2013 | December 31, 2012}
   * and a row {@code Receivables | B2 | C2}; {@code body} fills B2 and C2 or changes anything else.
   */
  static byte[] receivables(Consumer<Workbook> body) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Balance");
      Row header = sheet.createRow(0);
      header.createCell(1).setCellValue("December 31, 2013");
      header.createCell(2).setCellValue("December 31, 2012");
      sheet.createRow(1).createCell(0).setCellValue("Receivables");
      body.accept(workbook);
      return bytes(workbook);
    }
  }

  static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  /** The same zip with each entry's bytes passed through {@code rewrite(name, bytes)}. */
  static byte[] rewriteEntries(byte[] zip, java.util.function.BiFunction<String, byte[], byte[]> rewrite)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        z.putNextEntry(new ZipEntry(entry.getName()));
        z.write(rewrite.apply(entry.getName(), in.readAllBytes()));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Rewrites the text of the first worksheet part. */
  static byte[] rewriteSheet(byte[] zip, UnaryOperator<String> rewrite) throws IOException {
    return rewriteEntries(zip, (name, bytes) -> name.equals("xl/worksheets/sheet1.xml")
        ? rewrite.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
        : bytes);
  }

  /** The workbook encrypted with a password, as Excel saves it (an OLE2 file with EncryptionInfo). */
  static byte[] encrypted(byte[] xlsx, String password) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(xlsx);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A legacy Excel 97-2003 workbook with the same table. */
  static byte[] legacyXls() throws IOException {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Balance");
      sheet.createRow(0).createCell(1).setCellValue("December 31, 2013");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("Receivables");
      row.createCell(1).setCellValue(203346);
      return bytes(workbook);
    }
  }
}
