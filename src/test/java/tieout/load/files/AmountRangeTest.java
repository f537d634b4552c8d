package tieout.load.files;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.FactColumns;
import tieout.ledger.Period;
import tieout.load.InputProblem;
import tieout.load.Problems;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

/** Amounts of 10^18 or more are reported and dropped, the same from columns as from a list of facts. */
class AmountRangeTest {
  private static final Concept CASH = Concept.of("Cash", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT);
  private static final Period END = Period.instant(LocalDate.of(2020, 12, 31));

  private static FactColumns columns() {
    FactColumns columns = new FactColumns("q.zip!num.txt");
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 999_999_999_999_999_999L, 0, 2);
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 1_000_000_000_000_000_000L, 0, 3);
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, -12L, -17, 4);
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 5L, -17, 5);
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, new BigDecimal("-1E+30"), 6);
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, new BigDecimal("999999999999999999.99"), 7);
    return columns;
  }

  @Test
  void columnsLoseTheFactsOutOfRangeAndStayColumns() {
    FactColumns columns = columns();
    Problems fromColumns = new Problems();
    List<Fact> kept = AmountRange.keepInRange(columns, fromColumns);

    assertThat(kept, instanceOf(FactColumns.class));
    assertThat(kept, is(List.of(columns.get(0), columns.get(3), columns.get(5))));
    assertThat(fromColumns.findings(), is(List.of(
        new InputProblem("q.zip!num.txt:3", "expected an amount below 10^18 for 'Cash', found 1E+18: no financial"
            + " statement reports such a figure; check the cell's format, the table's scale and any formula"),
        new InputProblem("q.zip!num.txt:4", "expected an amount below 10^18 for 'Cash', found -1.2E+18: no financial"
            + " statement reports such a figure; check the cell's format, the table's scale and any formula"),
        new InputProblem("q.zip!num.txt:6", "expected an amount below 10^18 for 'Cash', found -1E+30: no financial"
            + " statement reports such a figure; check the cell's format, the table's scale and any formula"))));

    // The same facts as a list: the same findings and facts.
    Problems fromList = new Problems();
    assertThat(AmountRange.keepInRange(List.copyOf(columns), fromList), is(kept));
    assertThat(fromList.findings(), is(fromColumns.findings()));
  }

  @Test
  void columnsAllInRangeAreReturnedAsTheyAre() {
    FactColumns columns = new FactColumns("q.zip!num.txt");
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, Long.MIN_VALUE, 1, 2);
    columns.add(CASH, "E", END, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 7L, -17, 3);
    Problems problems = new Problems();
    assertThat(AmountRange.keepInRange(columns, problems), sameInstance(columns));
    assertThat(problems.isEmpty(), is(true));
  }
}
