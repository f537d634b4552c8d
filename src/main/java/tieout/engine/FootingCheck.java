package tieout.engine;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tieout.ledger.Fact;
import tieout.load.table.FootingTable;
import tieout.rules.Severity;

/**
 * Footing: a printed total ("Total ...") equals the lines above it, its structure learned across the
 * table's columns.
 *
 * <p>For each total row the candidates are the last k items above it (k = 1, 2, ...), where an item
 * is a line, or a total already footed standing for its lines; a member heading starts afresh. A
 * candidate ties in a column when the figures' intervals (each ± half a unit of its decimals)
 * overlap; a line's blank cell adds nothing; a column where the total has no figure, or a line's
 * figure is nil, unread or in another unit, does not count. The first
 * candidate tying in every column that counts is the structure: a PASS per column. Otherwise a
 * candidate of two or more lines that ties in at least two columns and more than it misses, or in
 * all columns but one (at least two), is the structure and each column it misses, where no other candidate ties, is an
 * error FAIL. Anything else is not a simple footing and yields nothing, except in a one-column table,
 * where a miss is NOT_EVALUATED: no other column confirms what the structure is. On a page that may
 * leave out lines (an EDGAR note's), FOOT findings are warnings.
 */
public final class FootingCheck {
  public static final String RULE = "FOOT";
  /** Items a total may sum: more than any statement prints between totals, and the work stays small. */
  private static final int MAX_ITEMS = 60;

  private FootingCheck() {}

  public static ImmutableList<Finding> check(List<FootingTable> tables) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (FootingTable table : tables) {
      check(table, findings);
    }
    return findings.build();
  }

  private static void check(FootingTable table, ImmutableList.Builder<Finding> findings) {
    List<FootingTable.Row> items = new ArrayList<>();
    for (FootingTable.Row row : table.rows()) {
      switch (row.kind()) {
        case BREAK -> items.clear();
        case HEADING -> { }
        case AMOUNTS -> {
          if (row.total()) {
            int k = foot(table, row, items, findings);
            items.subList(items.size() - k, items.size()).clear();
          }
          items.add(row);
        }
      }
    }
  }

  /** One candidate's result in one column. */
  private enum Result { ABSENT, TIES, MISSES }

  /** Judges {@code total}, adding its findings; returns how many items it stands for (0 when unknown). */
  private static int foot(FootingTable table, FootingTable.Row total, List<FootingTable.Row> items,
      ImmutableList.Builder<Finding> findings) {
    List<Integer> columns = table.columns();
    int most = Math.min(items.size(), MAX_ITEMS);
    Result[][] results = new Result[most + 1][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      int column = columns.get(c);
      Fact sum = figure(total, column, null);
      Interval computed = Interval.ZERO;
      boolean present = sum != null;
      boolean anyFigure = false;
      for (int k = 1; k <= most; k++) {
        FootingTable.Row item = items.get(items.size() - k);
        Fact line = present ? figure(item, column, sum) : null;
        present = line != null || present && blank(item, column);
        if (line != null) {
          computed = computed.plus(printed(item, column, line));
          anyFigure = true;
        }
        // Lines all blank in a column say nothing: a sparse note's column of another kind.
        results[k][c] = !present || !anyFigure ? Result.ABSENT
            : printed(total, column, sum).overlaps(computed) ? Result.TIES : Result.MISSES;
      }
    }
    for (int k = 1; k <= most; k++) {
      if (count(results[k], Result.TIES) > 0 && count(results[k], Result.MISSES) == 0) {
        judge(table, total, items, k, results[k], findings, new boolean[columns.size()]);
        return k;
      }
    }
    int best = 0;
    for (int k = 2; k <= most; k++) {
      int ties = count(results[k], Result.TIES);
      int misses = count(results[k], Result.MISSES);
      boolean learned = ties >= 2 && ties > misses || ties >= 1 && misses == 1;
      if (learned && (best == 0 || ties > count(results[best], Result.TIES))) {
        best = k;
      }
    }
    if (best > 0) {
      // A column another candidate explains may be footed otherwise there: no FAIL is certain.
      boolean[] explained = new boolean[columns.size()];
      for (int k = 1; k <= most; k++) {
        for (int c = 0; c < columns.size(); c++) {
          explained[c] |= k != best && results[k][c] == Result.TIES;
        }
      }
      judge(table, total, items, best, results[best], findings, explained);
      return best;
    }
    long figures = columns.stream().filter(column -> figure(total, column, null) != null).count();
    if (figures == 1 && most > 0) {
      int column = columns.stream().filter(c -> figure(total, c, null) != null).findFirst().orElseThrow();
      Fact sum = figure(total, column, null);
      findings.add(new Finding(RULE, severity(table), Status.NOT_EVALUATED,
          "'" + total.caption() + "' on " + table.sheet() + " foots the lines above it", sum.entity(), sum.period(),
          sum.dimensions(), null, null, null, null,
          "the lines above " + cell(sum) + " do not add up to it and the structure could not be confirmed in another"
              + " column",
          List.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, sum))));
    }
    return 0;
  }

  /** PASS for each column where the k items tie, FAIL where they miss and nothing else explains it. */
  private static void judge(FootingTable table, FootingTable.Row total, List<FootingTable.Row> items, int k,
      Result[] results, ImmutableList.Builder<Finding> findings, boolean[] explained) {
    List<FootingTable.Row> lines = items.subList(items.size() - k, items.size());
    List<String> tying = new ArrayList<>();
    for (int c = 0; c < results.length; c++) {
      if (results[c] == Result.TIES) {
        tying.add(columnOf(figure(total, table.columns().get(c), null)));
      }
    }
    for (int c = 0; c < results.length; c++) {
      if (results[c] == Result.ABSENT || results[c] == Result.MISSES && explained[c]) {
        continue;
      }
      int column = table.columns().get(c);
      Fact sum = figure(total, column, null);
      List<Operand> operands = new ArrayList<>();
      operands.add(new Operand(Operand.Side.REPORTED, sign(total, column), sum));
      Interval computed = Interval.ZERO;
      for (FootingTable.Row line : lines) {
        Fact fact = figure(line, column, sum);
        if (fact == null) {
          continue; // a blank cell: the line prints nothing in this column
        }
        operands.add(new Operand(Operand.Side.COMPUTED, sign(line, column), fact));
        computed = computed.plus(printed(line, column, fact));
      }
      Interval reported = printed(total, column, sum);
      BigDecimal shown = plain(reported.mid());
      BigDecimal mid = plain(computed.mid());
      BigDecimal variance = shown.subtract(mid);
      BigDecimal tolerance = plain(reported.halfWidth().add(computed.halfWidth()));
      boolean passes = results[c] == Result.TIES;
      int n = operands.size() - 1; // the lines printing a figure here: a blank one prints nothing
      String cells = lines.stream().map(l -> figure(l, column, sum)).filter(f -> f != null)
          .map(FootingCheck::cell).collect(Collectors.joining(", "));
      String message = passes
          ? "'" + total.caption() + "' on " + table.sheet() + " (" + cell(sum) + ") foots: it equals the " + n
              + " line" + (n == 1 ? "" : "s") + " above it (" + cells + ")"
          : "'" + total.caption() + "' on " + table.sheet() + " does not foot: " + cell(sum) + " prints "
              + shown.toPlainString() + " but the " + n + " line" + (n == 1 ? "" : "s") + " above it (" + cells + ") add up to "
              + mid.toPlainString() + ", a variance of " + variance.toPlainString() + " (tolerance "
              + tolerance.toPlainString() + "); the same lines foot in column" + (tying.size() == 1 ? " " : "s ")
              + String.join(", ", tying) + ": check the sign and amount of each line in this column"
              + (table.partial() ? " (a note's page may leave out a line of the filer's table: a warning)" : "");
      findings.add(new Finding(RULE, severity(table), passes ? Status.PASS : Status.FAIL, message, sum.entity(),
          sum.period(), sum.dimensions(), shown, mid, variance, tolerance, null, operands));
    }
  }

  /**
   * The row's figure in {@code column}: null when it has none, its cell was not read, it is nil, or
   * (for a line) it is in another unit than the total {@code like}.
   */
  private static Fact figure(FootingTable.Row row, int column, Fact like) {
    Fact fact = row.facts().get(column);
    if (fact == null || fact.isNil() || row.unread().contains(column)) {
      return null;
    }
    return like == null || like.unit().equals(fact.unit()) ? fact : null;
  }

  /** An error, but a warning on a page that may leave out lines: its miss is no certain error. */
  private static Severity severity(FootingTable table) {
    return table.partial() ? Severity.WARNING : Severity.ERROR;
  }

  /** The figure as the table prints it: a negated label's fact is the printed figure negated. */
  private static Interval printed(FootingTable.Row row, int column, Fact fact) {
    return Interval.of(fact.amount(), fact.decimals()).times(sign(row, column));
  }

  private static BigDecimal sign(FootingTable.Row row, int column) {
    return row.negated().contains(column) ? BigDecimal.ONE.negate() : BigDecimal.ONE;
  }

  /** Without trailing zeros a midpoint's division adds, and never in exponent form (7E+1). */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Whether a line's cell in {@code column} is blank while the line prints amounts elsewhere: as a
   * reader foots a printed table, it adds nothing. A cell that held something unread is not blank.
   */
  private static boolean blank(FootingTable.Row row, int column) {
    return !row.facts().containsKey(column) && !row.unread().contains(column);
  }

  private static int count(Result[] results, Result wanted) {
    int n = 0;
    for (Result r : results) {
      n += r == wanted ? 1 : 0;
    }
    return n;
  }

  private static String cell(Fact fact) {
    return fact.source().cell().orElse(fact.source().toString());
  }

  /** The column letters of a fact's cell ("C" of "C12"). */
  private static String columnOf(Fact fact) {
    return cell(fact).replaceAll("[0-9]+$", "");
  }
}
