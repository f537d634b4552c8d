package tieout.load.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of a workbook, read from {@code styles.xml} with a small SAX
 * handler: what POI's {@code StylesTable} answers for {@code getDataFormat()} and
 * {@code getDataFormatString()}, without loading xmlbeans and the OOXML schemas at startup.
 */
final class CellFormats {
  static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  private final int[] formatIds;
  private final Map<Integer, String> custom;
  /** Per style: 0 not asked yet, else whether its format shows a date (1 no, 2 yes). */
  private final byte[] dates;

  private CellFormats(int[] formatIds, Map<Integer, String> custom) {
    this.formatIds = formatIds;
    this.custom = custom;
    this.dates = new byte[formatIds.length];
  }

  /** The formats of {@code pkg}'s styles part; none (every style "General") when it has none. */
  static CellFormats of(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
    List<PackagePart> parts = pkg.getPartsByContentType(STYLES_TYPE);
    if (parts.isEmpty()) {
      return null;
    }
    Handler handler = new Handler();
    try (InputStream in = parts.get(0).getInputStream()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    }
    return new CellFormats(handler.ids.stream().mapToInt(Integer::intValue).toArray(), handler.custom);
  }

  /** How many cell styles ({@code <cellXfs>} entries) there are. */
  int size() {
    return formatIds.length;
  }

  /** The number format id of style {@code style} (0 <= style < size()). */
  int formatId(int style) {
    return (short) formatIds[style]; // as POI's getDataFormat()
  }

  /** The format code of style {@code style}: the workbook's own, else Excel's built-in one, else null. */
  String formatCode(int style) {
    // POI reads the id as a short and the built-in table by its unsigned value.
    int id = formatIds[style] & 0xffff;
    String code = custom.get((int) (short) formatIds[style]);
    return code != null ? code : BuiltinFormats.getBuiltinFormat(id);
  }

  /**
   * Whether style {@code style}'s format shows a date, as POI's {@code DateUtil.isADateFormat}
   * says; asked once a style, since it matches the code against regular expressions and a sheet
   * has a handful of styles for a great many cells.
   */
  boolean isDateFormat(int style) {
    if (dates[style] == 0) {
      String code = formatCode(style);
      dates[style] = code != null && DateUtil.isADateFormat(formatId(style), code) ? (byte) 2 : (byte) 1;
    }
    return dates[style] == 2;
  }

  /** Collects {@code <numFmt>} codes and the {@code numFmtId} of each {@code <cellXfs><xf>}. */
  private static final class Handler extends DefaultHandler {
    final List<Integer> ids = new ArrayList<>();
    final Map<Integer, String> custom = new HashMap<>();
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "numFmt" -> {
          String id = attributes.getValue("numFmtId");
          String code = attributes.getValue("formatCode");
          if (id != null && code != null) {
            custom.put((int) (short) Long.parseLong(id.strip()), code);
          }
        }
        case "cellXfs" -> inCellXfs = true;
        case "xf" -> {
          if (inCellXfs) {
            String id = attributes.getValue("numFmtId");
            ids.add(id == null ? 0 : (int) Long.parseLong(id.strip()));
          }
        }
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if ("cellXfs".equals(localName)) {
        inCellXfs = false;
      }
    }
  }
}
