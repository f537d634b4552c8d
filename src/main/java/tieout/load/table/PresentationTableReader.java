package tieout.load.table;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tieout.error.Suggestions;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.load.AmountParser;
import tieout.load.Notice;
import tieout.load.ParsedAmount;
import tieout.load.Problems;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.Label;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;

/**
 * Reads a table laid out for people — captions down the left, periods or members across the top —
 * into facts.
 *
 * <p>The label column is the leftmost column holding anything. Title lines above the header give the
 * entity, the scale and a period for member columns ({@link SheetTitle}); the header gives each
 * amount column its period, members and unit qualifier ({@link HeaderBlock}); each body row's caption
 * is resolved with {@link Taxonomy#resolveCaptions} and each non-empty cell under an amount column
 * becomes a fact: a number, a printed amount ({@link AmountParser}), a dash (a reported zero) or nil.
 * A row under the body with an empty label cell and nothing but headings starts another table with
 * its own columns (a quarterly sheet with a block per year).
 *
 * <p>A sheet without any header (a notes sheet) yields no facts and no error; its amounts, if any,
 * are counted in a notice. Rows without amounts (section headings, prose) are skipped. An amount in a
 * column without a period is reported once for the column. Everything else that cannot be read is
 * reported, cell by cell, as one {@link tieout.error.UserException}.
 *
 * <p>An EDGAR R page ({@link EdgarPage}) is read by its own conventions: member rows and columns as
 * dimensions ({@link EdgarRows}), statements of equity by their captions' dates ({@link EdgarEquity}),
 * and what its renderer printed that is no line item (a note's text, text values, spans without an
 * end date) counted in one notice per page ({@link SkippedCells}) rather than refusing the file.
 */
public final class PresentationTableReader {
  private final Grid grid;
  private final Taxonomy taxonomy;
  private final Problems problems;
  private final AdoptedCaptions adopted;
  private final int labelColumn;
  private final SheetTitle title = new SheetTitle();
  private final List<Fact> facts = new ArrayList<>();
  /** Whether the sheet is an EDGAR R page ({@link EdgarPage}): its conventions apply. */
  private final boolean edgar;
  /** Whether the R page is a note's ("(Details)", "(Tables)", ...) rather than a statement's. */
  private final boolean edgarNote;
  /** Whether every line of the page is the filer's own (an R page's statement of equity). */
  private boolean edgarOwnLines;
  private final Function<String, Heading> headings;
  /** What was not read, and why, for the sheet's notice. */
  private final SkippedCells skipped;
  /** On an R page, the members of the rows under a member heading row ("Segment X" then "[Line Items]"). */
  private Dimensions rowMembers = Dimensions.NONE;
  private EdgarRows.Kind previousKind = EdgarRows.Kind.EMPTY;
  /** The current header's columns by index, so that a row's present cells find theirs directly. */
  private Column[] columnAt = new Column[0];
  private List<Integer> headerRows = List.of();
  /** Columns already reported for amounts without a period: each is reported once. */
  private final java.util.Set<Integer> reportedColumns = new java.util.HashSet<>();
  private String entity;
  /** The tables read, for footing ({@link FootingTable}); null when the caller does not want them. */
  private final List<FootingTable> footings;
  /** The rows of the table being read, or null when it is not footed (member-headed columns). */
  private List<FootingTable.Row> footRows;
  private List<Integer> footColumns;
  /** The facts of the row being read, by column index. */
  private java.util.Map<Integer, Fact> rowFacts;
  /** The columns of the row being read whose fact is the printed figure negated. */
  private java.util.Set<Integer> rowNegated;

  private PresentationTableReader(Grid grid, Taxonomy taxonomy, Problems problems, AdoptedCaptions adopted,
      List<FootingTable> footings) {
    this.footings = footings;
    this.adopted = adopted;
    this.grid = grid;
    this.taxonomy = taxonomy;
    this.problems = problems;
    this.edgar = EdgarPage.recognise(grid);
    this.edgarNote = edgar && EdgarPage.isNote(grid);
    this.labelColumn = edgar ? 0 : labelColumn(grid);
    this.headings = text -> Heading.classify(text, taxonomy, grid.sheetName(), edgar);
    this.skipped = new SkippedCells(grid);
  }

  /**
   * The facts of one sheet or CSV table, in row then column order. What cannot be read is added to
   * {@code problems}; captions the taxonomy adopts come from (and go into) {@code adopted}, shared
   * by every table of one load; what of the sheet was not read and why, when that is not a problem
   * (an EDGAR page's note text, a sheet with amounts but no period heading), is added to {@code
   * notices}; each table read is added to {@code footings} (when not null) for the footing check.
   */
  public static ImmutableList<Fact> read(Grid grid, Taxonomy taxonomy, Problems problems, AdoptedCaptions adopted,
      List<Notice> notices, List<FootingTable> footings) {
    PresentationTableReader reader = new PresentationTableReader(grid, taxonomy, problems, adopted, footings);
    reader.readTables();
    reader.skipped.notice(reader.edgar).ifPresent(notices::add);
    if (reader.edgar && reader.facts.isEmpty() && reader.skipped.textOnly()) {
      SkippedCells.addTextOnly(notices, grid.fileName(), grid.sheetName());
    }
    return ImmutableList.copyOf(reader.facts);
  }

  private void readTables() {
    int first = -1;
    if (edgar) {
      // An R page's headings are in its first rows, nowhere else: a date in a note's text is no heading.
      first = HeaderBlock.startsAt(grid, 0, labelColumn, headings, true) ? 0 : -1;
    } else {
      for (int r = grid.nextRow(0); r < grid.rowCount() && first < 0; r = grid.nextRow(r + 1)) {
        if (HeaderBlock.startsAt(grid, r, labelColumn, headings, true)) {
          first = r;
        }
      }
    }
    if (first < 0 && edgar && EdgarEquity.applies(grid)) {
      readEquityStatement();
      return;
    }
    if (first < 0) {
      skipped.withoutHeading(labelColumn);
      return; // no header: notes or prose, nothing to load
    }
    for (int r = grid.nextRow(0); r < first; r = grid.nextRow(r + 1)) {
      title.readRow(grid, r, 0, grid.columnCount(), taxonomy, problems);
    }
    int row = first;
    while (row < grid.rowCount()) {
      HeaderBlock header = readHeader(row);
      columnAt = byIndex(header.columns());
      headerRows = header.rows();
      reportedColumns.clear();
      reportedColumns.addAll(header.refused()); // their headings are reported already
      row = header.lastRow() + 1;
      startFooting(header.columns());
      for (row = grid.nextRow(row); row < grid.rowCount(); row = grid.nextRow(row + 1)) {
        if (!edgar && HeaderBlock.startsAt(grid, row, labelColumn, headings, false)) {
          break;
        }
        if (edgar && !edgarRow(row, header.columns())) {
          continue;
        }
        readRow(row, header.columns());
        reportAmountsRightOf(row, header.columns());
      }
      endFooting();
    }
  }

  /**
   * Starts recording a table for footing. Member-headed columns (a statement of equity's components,
   * segments) may not be alike in kind: such a table is not footed.
   */
  private void startFooting(List<Column> columns) {
    boolean plain = columns.stream().allMatch(c -> c.members().isEmpty());
    footRows = footings != null && plain && !columns.isEmpty() ? new ArrayList<>() : null;
    footColumns = columns.stream().map(Column::index).toList();
  }

  private void endFooting() {
    if (footRows != null && footRows.stream().anyMatch(FootingTable.Row::total)) {
      footings.add(new FootingTable(grid.fileName() + "!" + grid.sheetName(), ImmutableList.copyOf(footColumns),
          ImmutableList.copyOf(footRows), edgarNote));
    }
    footRows = null;
  }

  private void footRow(String caption, FootingTable.Kind kind) {
    if (footRows != null) {
      footRows.add(new FootingTable.Row(caption, kind, com.google.common.collect.ImmutableMap.of(),
          com.google.common.collect.ImmutableSet.of()));
    }
  }

  private HeaderBlock readHeader(int firstRow) {
    List<Integer> rows = HeaderBlock.rowsStartingAt(grid, firstRow, labelColumn, headings);
    // Title cells beside the headings (EDGAR's "... $ in Thousands") count before the columns are built.
    for (int r : rows) {
      title.readRow(grid, r, 0, labelColumn + 1, taxonomy, titleProblems());
    }
    entity = title.entity().or(taxonomy::defaultEntity).orElse(baseName(grid.fileName()));
    if (edgar) {
      // The older renderer prints the scale under the title: "In Thousands, unless otherwise specified".
      int below = rows.get(rows.size() - 1) + 1;
      if (EdgarPage.isScaleLine(caption(grid.cell(below, labelColumn)))) {
        title.readRow(grid, below, labelColumn, labelColumn + 1, taxonomy, titleProblems());
      }
    }
    HeaderBlock header = HeaderBlock.read(grid, rows, labelColumn, headings, title.period(), problems,
        edgar ? skipped::unheadedColumn : null);
    if (edgar) {
      return header.withColumns(EdgarRows.distinctColumns(header.columns()));
    }
    reportRepeatedColumns(header);
    return header;
  }

  /**
   * An R page's statement of equity ({@link EdgarEquity}): row 1 heads the components, the captions
   * give the periods. Its lines are the filer's own (adopted): "Net income" in a component's column
   * is that component's share, and a roll-forward's captions name no statement total.
   */
  private void readEquityStatement() {
    title.readRow(grid, 0, 0, 1, taxonomy, titleProblems());
    entity = title.entity().or(taxonomy::defaultEntity).orElse(baseName(grid.fileName()));
    edgarOwnLines = true;
    java.util.Map<Integer, Dimensions> components = new java.util.TreeMap<>();
    for (int c : grid.columnsIn(0)) {
      if (c == 0) {
        continue;
      }
      Heading heading = headings.apply(grid.cell(0, c).tidyText());
      if (heading instanceof Heading.EdgarMemberHeading m) {
        components.put(c, Dimensions.of(HeaderBlock.EDGAR_COLUMN, m.member()));
      } else if (heading instanceof Heading.TotalHeading) {
        components.put(c, Dimensions.NONE);
      }
    }
    java.util.Map<Integer, PeriodCaption> periods = EdgarEquity.periods(grid);
    for (int row = grid.nextRow(1); row < grid.rowCount(); row = grid.nextRow(row + 1)) {
      PeriodCaption period = periods.get(row);
      if (period == null) {
        edgarRow(row, List.of());
        for (int c : grid.columnsIn(row)) {
          if (c > 0 && components.containsKey(c) && EdgarRows.looksLikeAmount(grid.cell(row, c))) {
            skipped.unheadedAmount(row, c);
          }
        }
        continue;
      }
      List<Column> columns = new ArrayList<>();
      components.forEach((c, members) -> columns.add(new Column(c, period, members, Optional.empty(),
          EdgarPage.currencyIn(grid.cell(0, c).tidyText()))));
      columnAt = byIndex(columns);
      if (edgarRow(row, columns)) {
        readRow(row, columns);
      }
    }
  }

  /**
   * What an R page's body row is, before it is read as a line: false when it is not a line of amounts
   * (a member heading, a note's text, text values), which is then taken note of.
   */
  private boolean edgarRow(int row, List<Column> columns) {
    String caption = caption(grid.cell(row, labelColumn));
    EdgarRows.Kind kind = EdgarRows.kind(grid, row, caption);
    switch (kind) {
      case TEXT_BLOCK -> skipped.textBlockRow(row);
      // Lines right under a member row are that member's; "[Line Items]" with none above are the whole's.
      case LINE_ITEMS -> rowMembers = previousKind == EdgarRows.Kind.MEMBERS ? rowMembers : Dimensions.NONE;
      case MEMBERS -> rowMembers = EdgarRows.members(grid, row);
      case TEXT_VALUES -> skipped.textRow();
      case STRUCTURE, EMPTY, AMOUNTS -> { }
    }
    switch (kind) {
      // Lines under another member (or none) never foot into the lines above them.
      case MEMBERS, LINE_ITEMS, TEXT_BLOCK -> footRow(caption, FootingTable.Kind.BREAK);
      case STRUCTURE, TEXT_VALUES -> footRow(caption, FootingTable.Kind.HEADING);
      case EMPTY, AMOUNTS -> { }
    }
    if (kind != EdgarRows.Kind.EMPTY) {
      previousKind = kind;
    }
    return kind == EdgarRows.Kind.AMOUNTS;
  }

  /**
   * Cells of an R page's line that are no amount, told to the sheet's notice: footnote marks ("[1]"),
   * text values beside amounts ("5 years"), and formulas, which the SEC's renderer never writes
   * (Excel made "--12-31" the formula -19 when the workbook was saved).
   */
  private boolean skippedOnEdgarPage(int row, int column, GridCell cell) {
    if (cell.formula()) {
      skipped.formula(row, column);
      return true;
    }
    if (cell.kind() == GridCell.Kind.TEXT && EdgarPage.isFootnoteMark(cell.text())) {
      return true;
    }
    if (cell.kind() != GridCell.Kind.NUMBER && !EdgarRows.isAmount(cell)) {
      skipped.textCell();
      return true;
    }
    return false;
  }

  /** Two columns with the same period, members and unit would print one figure twice: a heading slip. */
  private void reportRepeatedColumns(HeaderBlock header) {
    List<Column> columns = header.columns();
    for (int i = 0; i < columns.size(); i++) {
      for (int j = 0; j < i; j++) {
        Column a = columns.get(j);
        Column b = columns.get(i);
        if (a.period().equals(b.period()) && a.members().equals(b.members()) && a.unit().equals(b.unit())) {
          problems.add(
              grid.location(header.lastRow(), b.index()),
              "expected each column of a table to have its own period, found column " + columnName(b.index())
                  + " headed like column " + columnName(a.index()) + " (\"" + grid.cell(header.lastRow(), a.index()).tidyText()
                  + "\"): correct the heading of one of them");
          break;
        }
      }
    }
  }

  /** Where a title's problems go: an R page's title is the SEC's wording, a date in it no user's slip. */
  private Problems titleProblems() {
    return edgar ? new Problems() : problems;
  }

  private static Column[] byIndex(List<Column> columns) {
    Column[] at = new Column[columns.stream().mapToInt(Column::index).max().orElse(-1) + 1];
    for (Column column : columns) {
      at[column.index()] = column;
    }
    return at;
  }

  /**
   * An amount in a column without a period (an unrecognised heading such as "YTD 2013", or none) would
   * be dropped without a word: each such column is reported once, at its first amount; a row reports
   * at most one.
   */
  private void reportAmountsRightOf(int row, List<Column> columns) {
    for (int c : grid.columnsIn(row)) {
      if (c <= labelColumn || c < columnAt.length && columnAt[c] != null || reportedColumns.contains(c)) {
        continue;
      }
      GridCell cell = grid.cell(row, c);
      if (edgar) {
        if (EdgarRows.looksLikeAmount(cell)) {
          skipped.unheadedAmount(row, c); // the page's own layout, not a heading its user can correct
        }
        continue;
      }
      if (cell.kind() == GridCell.Kind.NUMBER
          || cell.kind() == GridCell.Kind.TEXT && AmountParser.parse(cell.text()) instanceof ParsedAmount.Value) {
        reportedColumns.add(c);
        Optional<String> heading = headingText(c);
        if (heading.isPresent()) {
          problems.add(
              grid.location(row, c),
              "expected a period heading over the amounts in column " + columnName(c) + ", found \"" + heading.get()
                  + "\": write a period such as \"Year Ended December 31, 2013\", \"FY2013\", \"Q4 2013\","
                  + " \"Oct-Dec 2013\" or \"December 31, 2013\"");
        } else {
          problems.add(
              grid.location(row, c),
              "expected every amount under a period heading, found " + cell.text() + " in column " + columnName(c)
                  + ", which has none: head the column with its period or remove the amount");
        }
        return;
      }
    }
  }

  /** The text heading column {@code c} in the current header's rows, merged headings included. */
  private Optional<String> headingText(int c) {
    List<String> texts = new ArrayList<>();
    for (int r : headerRows) {
      GridCell cell = grid.cell(r, c);
      Optional<CellSpan> span = grid.spanAt(r, c);
      if (cell.isEmpty() && span.isPresent()) {
        cell = grid.cell(span.get().firstRow(), span.get().firstColumn());
      }
      if (cell.kind() == GridCell.Kind.TEXT || cell.kind() == GridCell.Kind.DATE) {
        texts.add(cell.tidyText());
      }
    }
    return texts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", texts));
  }

  /** Reads a body row's cells into facts, recording the row for footing. */
  private void readRow(int row, List<Column> columns) {
    if (footRows == null) {
      readLine(row, columns);
      return;
    }
    rowFacts = new java.util.HashMap<>();
    rowNegated = new java.util.HashSet<>();
    List<Column> filled = readLine(row, columns);
    String caption = caption(grid.cell(row, labelColumn));
    if (filled.isEmpty()) {
      if (!caption.isEmpty()) {
        footRow(caption, FootingTable.Kind.HEADING);
      }
    } else {
      com.google.common.collect.ImmutableSet.Builder<Integer> unread = com.google.common.collect.ImmutableSet.builder();
      filled.stream().map(Column::index).filter(c -> !rowFacts.containsKey(c)).forEach(unread::add);
      footRows.add(new FootingTable.Row(caption, FootingTable.Kind.AMOUNTS,
          com.google.common.collect.ImmutableMap.copyOf(rowFacts), unread.build(),
          com.google.common.collect.ImmutableSet.copyOf(rowNegated)));
    }
    rowFacts = null;
  }

  /** The row's filled cells' columns, after reading them into facts. */
  private List<Column> readLine(int row, List<Column> columns) {
    List<Column> filled = new ArrayList<>();
    boolean hasAmounts = false;
    for (int c : grid.columnsIn(row)) {
      Column column = c < columnAt.length ? columnAt[c] : null;
      if (column == null) {
        continue;
      }
      GridCell cell = grid.cell(row, c);
      if (!cell.isEmpty() && !(edgar && skippedOnEdgarPage(row, column.index(), cell))) {
        filled.add(column);
        hasAmounts |= isAmount(cell);
      }
    }
    if (filled.isEmpty()) {
      return filled;
    }
    String caption = caption(grid.cell(row, labelColumn));
    // A note's page reuses the statements' captions for other things ("Total assets" measured at fair
    // value): there, when the taxonomy adopts captions, every line is the filer's own (EdgarPage).
    boolean ownLines = (edgarNote || edgarOwnLines) && taxonomy.adoptsUndeclaredCaptions();
    List<Taxonomy.LabelUse> candidates =
        caption.isEmpty() || ownLines ? List.of() : taxonomy.resolveCaptions(caption, grid.sheetName());
    if (candidates.isEmpty() && edgar && !ownLines && isBalanceSheetGrandTotal(row, caption)) {
      candidates = taxonomy.resolveCaptions(EdgarPage.LIABILITIES_AND_EQUITY, grid.sheetName());
    }
    if (candidates.isEmpty() && hasAmounts && taxonomy.adoptsUndeclaredCaptions() && !caption.isEmpty()
        && taxonomy.resolveMember(caption, grid.sheetName()).isEmpty()) {
      // Each column's own period and unit decide: a detail table may print a balance beside a flow.
      for (Column column : filled) {
        PeriodType periodType =
            column.period() instanceof PeriodCaption.Instant ? PeriodType.INSTANT : PeriodType.DURATION;
        ItemType itemType = column.unit().orElse(AdoptedCaptions.itemTypeOf(caption));
        Concept concept = adopted.conceptFor(caption, periodType, itemType, grid.location(row, labelColumn),
            name -> taxonomy.concept(name).isPresent());
        readCell(row, column, caption, List.of(new Taxonomy.LabelUse(concept, Label.plain(caption))));
      }
      return filled;
    }
    if (candidates.isEmpty()) {
      if (hasAmounts) {
        reportUnknownCaption(row, caption);
      }
      return filled; // prose or a text block beside a caption we do not know
    }
    for (Column column : filled) {
      readCell(row, column, caption, candidates);
    }
    return filled;
  }

  private void reportUnknownCaption(int row, String caption) {
    String where = grid.location(row, labelColumn);
    if (caption.isEmpty()) {
      problems.add(
          where,
          "expected a caption for the amounts in this row, found a blank cell: write the line's caption in column "
              + columnName(labelColumn));
      return;
    }
    Optional<Taxonomy.MemberUse> member = taxonomy.resolveMember(caption, grid.sheetName());
    if (member.isPresent()) {
      String dimension = member.get().axis().name() + "=" + member.get().member().name();
      problems.add(
          where,
          "caption \"" + caption + "\" names member " + dimension + " but no concept: add label \"" + caption
              + "\" member " + dimension + " to the concept this table reports");
      return;
    }
    String suggestion = Suggestions.closest(caption, taxonomy.captions()).map(s -> "; did you mean '" + s + "'?")
        .orElse(": add label \"" + caption + "\" to its concept in the taxonomy");
    problems.add(where, "unknown caption \"" + caption + "\"" + suggestion);
  }

  private void readCell(int row, Column column, String caption, List<Taxonomy.LabelUse> candidates) {
    // Locations and descriptions are built only for problems: most cells have none.
    Supplier<String> where = () -> grid.location(row, column.index());
    Optional<Taxonomy.LabelUse> chosen = choose(candidates, column.unit());
    if (chosen.isEmpty() && edgar) {
      skipped.unplaced(row, column.index());
      return;
    }
    if (chosen.isEmpty()) {
      Concept first = candidates.get(0).concept();
      String kind = column.unit().orElseThrow().keyword();
      problems.add(
          where.get(),
          "expected a " + kind + " concept for \"" + caption + "\" in this " + unitWord(column.unit().get())
              + " column, found only '" + first.name() + "' (" + first.itemType().keyword() + "): add label \""
              + caption + "\" to a " + kind + " concept");
      return;
    }
    Concept concept = chosen.get().concept();
    Label label = chosen.get().label();
    Optional<Period> period = column.period().periodFor(concept.periodType());
    if (period.isEmpty() && edgar) {
      // The R page prints a span under its end date alone when its length is unusual: unknown here.
      skipped.durationUnderDate(row, column.index());
      return;
    }
    if (period.isEmpty()) {
      problems.add(
          where.get(),
          "expected a period of time for '" + caption + "' (" + concept.name()
              + " is a duration concept), found the date " + ((PeriodCaption.Instant) column.period()).date()
              + " heading this column: head it with a duration such as \"Year Ended December 31, 2013\"");
      return;
    }
    Optional<Dimensions> dimensions = combine(label.member(), column.members())
        .flatMap(d -> combine(d, rowMembers));
    if (dimensions.isEmpty() && edgar) {
      skipped.unplaced(row, column.index());
      return;
    }
    if (dimensions.isEmpty()) {
      problems.add(
          where.get(),
          "expected the caption's members (" + label.member() + ") to agree with the column's ("
              + column.members() + ") for '" + caption + "'");
      return;
    }
    Supplier<String> what = () -> "'" + caption + "' (" + period.get()
        + (dimensions.get().isEmpty() ? "" : ", " + dimensions.get()) + ")";
    int problemsBefore = problems.size();
    Optional<Reading> reading = reading(grid.cell(row, column.index()), what, where, concept.itemType());
    if (reading.isEmpty() && problems.size() > problemsBefore) {
      problems.unreadableAmount(where.get(), concept, entity, period.get(), dimensions.get());
    }
    reading.ifPresent(
        r -> addFact(
            column.index(),
            label.negated(),
            new Fact(
                concept,
                entity,
                period.get(),
                unitOf(concept, column),
                r.decimals,
                dimensions.get(),
                r.value.map(v -> label.negated() ? v.negate() : v),
                grid.source(row, column.index(), grid.cell(row, column.index()).formula()))));
  }

  private void addFact(int column, boolean negated, Fact fact) {
    facts.add(fact);
    if (rowFacts != null) {
      rowFacts.put(column, fact);
      if (negated) {
        rowNegated.add(column);
      }
    }
  }

  /**
   * The concept's unit; on an R page, an amount of money in the currency its column or title names
   * ("GBP (£)"): a pound is not a dollar, and facts in two currencies are never compared.
   */
  private tieout.taxonomy.Unit unitOf(Concept concept, Column column) {
    if (!edgar || concept.itemType() != ItemType.MONETARY) {
      return concept.defaultUnit();
    }
    Optional<String> currency = column.currency().or(() -> EdgarPage.currencyIn(grid.cell(0, 0).tidyText()));
    return currency.map(tieout.taxonomy.Unit::of).orElse(concept.defaultUnit());
  }

  /** A cell's value (empty for nil), scaled, with its decimals. */
  private record Reading(Optional<BigDecimal> value, Decimals decimals) {}

  private Optional<Reading> reading(GridCell cell, Supplier<String> what, Supplier<String> where, ItemType type) {
    int exponent = title.scale().exponent(type);
    Decimals tableDecimals = Decimals.of(-exponent);
    switch (cell.kind()) {
      case NUMBER:
        BigDecimal number = cell.number().orElseThrow();
        NumberFormats.Printed printed = NumberFormats.of(cell.numberFormat(), number);
        if (cell.numberFormat().indexOf('%') >= 0) {
          exponent = 0; // a percentage is a ratio, whatever the table's scale
        }
        // A format that shows thousands (#,##0,) stores whole units: the title's scale is already in it.
        int shown = printed.thousandsExponent();
        return Optional.of(
            new Reading(
                Optional.of(scaled(number, Math.max(0, exponent - shown))),
                Decimals.of(printed.digits() - Math.max(exponent, shown))));
      case TEXT:
        ParsedAmount amount = AmountParser.parse(cell.text());
        if (amount instanceof ParsedAmount.Value v) {
          return Optional.of(
              new Reading(Optional.of(scaled(v.value(), exponent)), Decimals.of(v.digits() - exponent)));
        } else if (amount instanceof ParsedAmount.Percent p) {
          return Optional.of(new Reading(Optional.of(p.value()), Decimals.of(p.digits()))); // never scaled
        } else if (amount instanceof ParsedAmount.DashZero) {
          return Optional.of(new Reading(Optional.of(BigDecimal.ZERO), tableDecimals));
        } else if (amount instanceof ParsedAmount.Nil) {
          return Optional.of(new Reading(Optional.empty(), tableDecimals));
        } else if (amount instanceof ParsedAmount.Invalid invalid) {
          problems.add(where.get(), "expected an amount for " + what.get() + ", found " + invalid.found());
        }
        return Optional.empty();
      case DATE:
        problems.add(where.get(), "expected an amount for " + what.get() + ", found the date " + cell.text());
        return Optional.empty();
      case BOOLEAN:
        problems.add(where.get(), "expected an amount for " + what.get() + ", found " + cell.text());
        return Optional.empty();
      case ERROR:
        problems.add(where.get(), "expected an amount for " + what.get() + ", found the error " + cell.text());
        return Optional.empty();
      default:
        if (!cell.hasCachedValue()) {
          problems.add(
              where.get(),
              "expected an amount for " + what.get() + ", found the formula " + cell.text()
                  + " without a stored value: recalculate and save the workbook in Excel, then load it again");
        }
        return Optional.empty();
    }
  }

  private static BigDecimal scaled(BigDecimal value, int exponent) {
    BigDecimal scaled = value.scaleByPowerOfTen(exponent);
    return scaled.scale() < 0 ? scaled.setScale(0) : scaled;
  }

  /** Whether a non-empty cell holds an amount (or tries to): what makes a row more than prose. */
  /**
   * A balance sheet whose last line is captioned just "Total" (Dean Foods' 2019 10-K prints its
   * total liabilities and equity so): decided by the page and the row's place, never by its value,
   * so the balance-sheet tie it feeds can still fail.
   */
  private boolean isBalanceSheetGrandTotal(int row, String caption) {
    if (!caption.equalsIgnoreCase("Total") || !EdgarPage.isBalanceSheet(grid)) {
      return false;
    }
    for (int r = grid.nextRow(row + 1); r < grid.rowCount(); r = grid.nextRow(r + 1)) {
      for (int c : grid.columnsIn(r)) {
        if (c > labelColumn && isAmount(grid.cell(r, c))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isAmount(GridCell cell) {
    return switch (cell.kind()) {
      case NUMBER -> true;
      case TEXT -> !(AmountParser.parse(cell.text()) instanceof ParsedAmount.Invalid);
      case BLANK -> !cell.hasCachedValue();
      default -> false;
    };
  }

  /** In a "Shares" or "Amount" column, the first candidate of that kind; elsewhere the first. */
  private static Optional<Taxonomy.LabelUse> choose(List<Taxonomy.LabelUse> candidates, Optional<ItemType> unit) {
    if (unit.isEmpty()) {
      return Optional.of(candidates.get(0));
    }
    return candidates.stream().filter(u -> u.concept().itemType() == unit.get()).findFirst();
  }

  private static Optional<Dimensions> combine(Dimensions fromLabel, Dimensions fromColumn) {
    Dimensions result = fromLabel;
    for (var entry : fromColumn.members().entrySet()) {
      String existing = result.member(entry.getKey());
      if (existing != null && !existing.equals(entry.getValue())) {
        return Optional.empty();
      }
      result = result.with(entry.getKey(), entry.getValue());
    }
    return Optional.of(result);
  }

  private static String caption(GridCell cell) {
    return switch (cell.kind()) {
      case TEXT, NUMBER, DATE -> cell.tidyText();
      default -> "";
    };
  }

  private static String unitWord(ItemType type) {
    return type == ItemType.SHARES ? "\"Shares\"" : "\"Amount\"";
  }

  /** The leftmost column with anything in it. */
  private static int labelColumn(Grid grid) {
    int best = Integer.MAX_VALUE;
    for (int r = grid.nextRow(0); r < grid.rowCount(); r = grid.nextRow(r + 1)) {
      int[] present = grid.columnsIn(r);
      if (present.length > 0) {
        best = Math.min(best, present[0]);
      }
    }
    return best == Integer.MAX_VALUE ? 0 : best;
  }

  private static String columnName(int column) {
    return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
  }

  public static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
