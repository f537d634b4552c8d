package tieout.load.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain text, read from {@code sharedStrings.xml} with a small SAX
 * handler: the text POI's {@code ReadOnlySharedStringsTable.getItemAt(i).getString()} gives (runs
 * joined, phonetic runs left out, {@code _xHHHH_} escapes decoded) without building an
 * xmlbeans rich-text object per string, which loads the OOXML schemas.
 */
final class SharedStrings {
  static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private final List<String> strings;

  private SharedStrings(List<String> strings) {
    this.strings = strings;
  }

  /** The shared strings of {@code pkg}; none when it has no such part. */
  static SharedStrings of(OPCPackage pkg) throws IOException, SAXException, ParserConfigurationException {
    List<PackagePart> parts = pkg.getPartsByContentType(TYPE);
    Handler handler = new Handler();
    if (!parts.isEmpty()) {
      try (InputStream in = parts.get(0).getInputStream()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
      }
    }
    return new SharedStrings(handler.strings);
  }

  /** The text of string {@code index}. */
  String get(int index) {
    return decode(strings.get(index));
  }

  /** Decodes Excel's {@code _xHHHH_} character escapes, as POI's rich-text strings do. */
  static String decode(String value) {
    if (!value.contains("_x")) {
      return value;
    }
    Matcher m = ESCAPE.matcher(value);
    StringBuilder out = new StringBuilder(value.length());
    int from = 0;
    while (m.find()) {
      out.append(value, from, m.start()).append((char) Integer.parseInt(m.group(1), 16));
      from = m.end();
    }
    return from == 0 ? value : out.append(value, from, value.length()).toString();
  }

  /** Collects the text of each {@code <si>}: its {@code <t>} elements outside {@code <rPh>}. */
  private static final class Handler extends DefaultHandler {
    final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (uri != null && !uri.equals(MAIN)) {
        return;
      }
      switch (localName) {
        case "si" -> text.setLength(0);
        case "t" -> inText = true;
        case "rPh" -> inPhonetic = true;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (uri != null && !uri.equals(MAIN)) {
        return;
      }
      switch (localName) {
        case "si" -> strings.add(text.toString());
        case "t" -> inText = false;
        case "rPh" -> inPhonetic = false;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && !inPhonetic) {
        text.append(ch, start, length);
      }
    }
  }
}
