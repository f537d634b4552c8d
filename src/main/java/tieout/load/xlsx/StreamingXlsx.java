package tieout.load.xlsx;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import tieout.load.LoadProgress;
import tieout.load.table.CellSpan;
import tieout.load.table.GridCell;

/**
 * Reads a workbook's sheets with POI's streaming (SAX) API into {@link XlsxGrid}s, one sheet at a
 * time, so that memory holds one sheet's cells rather than POI's whole workbook model (and most of
 * xmlbeans is never loaded). Cells convert as {@link XlsxGrid} converts them: numbers through
 * Excel's 15-digit rendering, dates by their number format, formulas with their cached values.
 */
public final class StreamingXlsx {
  private StreamingXlsx() {}

  /** Calls {@code each} with every sheet of {@code file} in workbook order; {@code fileName} names it in sources. */
  public static void read(Path file, String fileName, Consumer<XlsxGrid> each) throws IOException {
    read(file, fileName, LoadProgress.NONE, each);
  }

  /**
   * As {@link #read(Path, String, Consumer)}, telling {@code progress} how many bytes of sheet XML
   * (uncompressed) are read out of the sheets' total; it is started here, finished by the caller.
   */
  public static void read(Path file, String fileName, LoadProgress progress, Consumer<XlsxGrid> each)
      throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = SharedStrings.of(pkg);
      CellFormats styles = CellFormats.of(pkg);
      Map<String, String> sheetStates = sheetStates(reader);
      progress.start(fileName, sheetBytes(reader));
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      XMLReader xml = XMLHelper.newXMLReader(); // one parser for every sheet: creating one is costly
      long done = 0;
      while (sheets.hasNext()) {
        InputStream raw = sheets.next();
        long size = Math.max(0, sheets.getSheetPart().getSize());
        try (InputStream in = new ProgressStream(raw, progress, done)) {
          SheetHandler handler = new SheetHandler(strings, styles);
          xml.setContentHandler(handler);
          xml.parse(new InputSource(in));
          done += size; // the parser may stop before the part's last bytes: count the part whole
          progress.advance(done);
          String sheetName = sheets.getSheetName();
          each.accept(handler.cells().build(fileName, sheetName, handler.merged(),
              handler.visibility(sheetStates.getOrDefault(sheetName, ""))));
        }
      }
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
  }

  /** The uncompressed bytes of every sheet part, the unit of the progress reported. */
  private static long sheetBytes(XSSFReader reader) throws IOException, OpenXML4JException {
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    long total = 0;
    while (sheets.hasNext()) {
      sheets.next().close();
      total += Math.max(0, sheets.getSheetPart().getSize());
    }
    return total;
  }

  /**
   * Sheet name to how it is hidden ("hidden", "very hidden"), from {@code workbook.xml}'s
   * {@code <sheet state="...">}; visible sheets are absent.
   */
  private static Map<String, String> sheetStates(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    Map<String, String> states = new HashMap<>();
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
          String state = attributes.getValue("state");
          if ("sheet".equals(localName) && state != null && !state.equals("visible")) {
            states.put(attributes.getValue("name"), state.equals("veryHidden") ? "very hidden" : "hidden");
          }
        }
      });
      xml.parse(new InputSource(in));
    }
    return states;
  }

  /** Collects the cells of one {@code sheetN.xml}. */
  private static final class SheetHandler extends DefaultHandler {
    private final SharedStrings strings;
    private final CellFormats styles;
    private final XlsxGrid.Builder cells = new XlsxGrid.Builder();
    private final ImmutableList.Builder<CellSpan> merged = ImmutableList.builder();
    private final ImmutableSet.Builder<Integer> hiddenRows = ImmutableSet.builder();
    /** Hidden columns as ranges are declared: a flag on every column costs a bit each, not a loop each. */
    private final java.util.BitSet hiddenColumns = new java.util.BitSet();
    private final StringBuilder text = new StringBuilder();
    private int row;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private String formulaText;
    private String value;
    private boolean inValue;
    private boolean inFormula;
    private boolean inInlineText;

    SheetHandler(SharedStrings strings, CellFormats styles) {
      this.strings = strings;
      this.styles = styles;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          row = r == null ? row + 1 : Integer.parseInt(r) - 1;
          column = -1;
          if (isTrue(attributes.getValue("hidden"))) {
            hiddenRows.add(row);
          }
        }
        case "col" -> {
          // <col min="2" max="3" hidden="1"/>: 1-based, inclusive.
          String min = attributes.getValue("min");
          String max = attributes.getValue("max");
          if (isTrue(attributes.getValue("hidden")) && min != null && max != null) {
            int from = Math.max(0, Integer.parseInt(min) - 1);
            int to = Math.min(16384, Integer.parseInt(max));
            if (from < to) {
              hiddenColumns.set(from, to);
            }
          }
        }
        case "c" -> {
          String ref = attributes.getValue("r");
          column = ref == null ? column + 1 : columnOf(ref);
          type = attributes.getValue("t");
          String s = attributes.getValue("s");
          style = s == null ? 0 : Integer.parseInt(s);
          formula = false;
          formulaText = null;
          value = null;
        }
        case "v" -> startText(() -> inValue = true);
        case "f" -> {
          formula = true;
          startText(() -> inFormula = true);
        }
        case "is" -> text.setLength(0); // rich text runs each carry a <t>: append them all
        case "t" -> inInlineText = "inlineStr".equals(type);
        case "mergeCell" -> {
          String ref = attributes.getValue("ref");
          if (ref != null && ref.contains(":")) {
            String[] ends = ref.split(":");
            CellReference a = new CellReference(ends[0]);
            CellReference b = new CellReference(ends[1]);
            merged.add(new CellSpan(a.getRow(), b.getRow(), a.getCol(), b.getCol()));
          }
        }
        default -> {}
      }
    }

    private void startText(Runnable flag) {
      text.setLength(0);
      flag.run();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inFormula || inInlineText) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v" -> {
          value = text.toString();
          inValue = false;
        }
        case "f" -> {
          formulaText = text.toString();
          inFormula = false;
        }
        case "t" -> inInlineText = false;
        case "is" -> value = text.toString();
        case "c" -> put(convert());
        default -> {}
      }
    }

    private void put(GridCell cell) {
      cells.put(row, column, cell);
    }

    private GridCell convert() {
      String t = type == null ? "n" : type;
      // <v></v> on a number formula (what openpyxl writes) is no value either: never read as blank.
      boolean noValue = value == null || value.isEmpty() && (t.equals("n") || t.equals("b") || t.equals("e"));
      if (formula && noValue) {
        return GridCell.uncachedFormula(formulaText == null || formulaText.isEmpty() ? "(shared formula)" : formulaText);
      }
      switch (t) {
        case "s":
          return GridCell.text(value == null ? "" : strings.get(Integer.parseInt(value.strip())), formula);
        case "inlineStr", "str":
          return GridCell.text(value == null ? "" : value, formula);
        case "b":
          return GridCell.other(GridCell.Kind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE", formula);
        case "e":
          return GridCell.other(GridCell.Kind.ERROR, value == null ? "#ERROR" : value, formula);
        default:
          if (value == null || value.isEmpty()) {
            return formula ? GridCell.text("", true) : GridCell.EMPTY;
          }
          boolean styled = styles != null && style >= 0 && style < styles.size();
          String format = styled ? styles.formatCode(style) : null;
          if (styled && styles.isDateFormat(style)) {
            double number = Double.parseDouble(value);
            if (DateUtil.isValidExcelDate(number)) {
              return GridCell.other(GridCell.Kind.DATE, DateUtil.getLocalDateTime(number).toLocalDate().toString(), formula);
            }
          }
          BigDecimal decimal = ExcelNumbers.decimal(value);
          return GridCell.number(decimal, format == null ? "General" : format, formula);
      }
    }

    XlsxGrid.Builder cells() {
      return cells;
    }

    ImmutableList<CellSpan> merged() {
      return merged.build();
    }

    Visibility visibility(String sheetState) {
      // Only columns that hold a cell can hide a figure (XlsxGrid); the rest of a range says nothing.
      ImmutableSet<Integer> columns = hiddenColumns.isEmpty() ? ImmutableSet.of()
          : cells.columnsAmong(hiddenColumns);
      Visibility v = new Visibility(sheetState, hiddenRows.build(), columns);
      return v.nothingHidden() ? Visibility.VISIBLE : v;
    }

    /** The 0-based column of a cell reference such as {@code AB12}, without parsing it as a whole. */
    private static int columnOf(String ref) {
      int col = 0;
      int i = 0;
      for (; i < ref.length(); i++) {
        char c = ref.charAt(i);
        if (c >= 'A' && c <= 'Z') {
          col = col * 26 + (c - 'A' + 1);
        } else {
          break;
        }
      }
      // Anything but letters then digits (lower case, '$', a sheet name): let POI parse it.
      if (i == 0 || i == ref.length() || i > 3 || !allDigits(ref, i)) {
        return new CellReference(ref).getCol();
      }
      return col - 1;
    }

    private static boolean allDigits(String s, int from) {
      for (int i = from; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static boolean isTrue(String flag) {
      return "1".equals(flag) || "true".equals(flag);
    }
  }
}
