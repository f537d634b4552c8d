package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

/** Facts kept in columns are the facts {@link Fact#atLine} makes, and change as theirs do. */
class FactColumnsTest {
  private static final Concept CASH = Concept.of("Cash", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT);
  private static final Concept REVENUE = Concept.of("Revenue", PeriodType.DURATION, ItemType.MONETARY, Balance.CREDIT);

  @Test
  void aFactInColumnsEqualsTheFactMadeDirectlyAcrossBlocks() {
    Random random = new Random(7);
    FactColumns columns = new FactColumns("q.zip!num.txt");
    List<Fact> expected = new ArrayList<>();
    int n = 150_000; // more than two blocks of 65,536
    for (int i = 0; i < n; i++) {
      Concept concept = random.nextBoolean() ? CASH : REVENUE;
      String entity = "E" + random.nextInt(50);
      Period period = Period.instant(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(400)));
      Unit unit = random.nextBoolean() ? Unit.USD : Unit.SHARES;
      Decimals decimals = Decimals.of(random.nextInt(7) - 6);
      Dimensions dimensions = random.nextInt(4) == 0 ? Dimensions.of("Segment", "S" + random.nextInt(3)) : Dimensions.NONE;
      int line = i + 2;
      if (random.nextInt(10) == 0) {
        BigDecimal large = new BigDecimal(random.nextInt(1000) + "123456789012345678901." + random.nextInt(100));
        columns.add(concept, entity, period, unit, decimals, dimensions, large, line);
        expected.add(Fact.atLine(concept, entity, period, unit, decimals, dimensions, large, "q.zip!num.txt", line));
      } else {
        long unscaled = random.nextLong() % 1_000_000_000_000L;
        int scale = random.nextInt(9) - 4;
        columns.add(concept, entity, period, unit, decimals, dimensions, unscaled, scale, line);
        expected.add(Fact.atLine(concept, entity, period, unit, decimals, dimensions, unscaled, scale, "q.zip!num.txt",
            line));
      }
    }
    assertThat(columns.size(), is(n));
    assertThat(columns, is(expected));
    for (int i = 0; i < n; i += 997) {
      Fact f = expected.get(i);
      assertThat(columns.get(i).source(), is(SourceRef.line("q.zip!num.txt", i + 2)));
      assertThat(columns.concept(i), is(f.concept()));
      assertThat(columns.entity(i), is(f.entity()));
      assertThat(columns.period(i), is(f.period()));
      assertThat(columns.unit(i), is(f.unit()));
      assertThat(columns.decimals(i), is(f.decimals()));
      assertThat(columns.dimensions(i), is(f.dimensions()));
      assertThat(columns.signum(i), is(f.amount().signum()));
    }
    // Changed in place as Fact's withDecimals and withDimensions change a fact.
    for (int i = 3; i < n; i += 65_536) {
      columns.setDecimals(i, Decimals.of(-3));
      columns.setDimensions(i, Dimensions.of("Currency", "EUR"));
      expected.set(i, expected.get(i).withDecimals(Decimals.of(-3)).withDimensions(Dimensions.of("Currency", "EUR")));
    }
    assertThat(columns, is(expected));
  }

  @Test
  void columnsCheckWhatAFactChecksAndCannotBeChangedAsAList() {
    FactColumns columns = new FactColumns("q.zip!num.txt");
    Period p = Period.instant(LocalDate.of(2020, 12, 31));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> columns.add(CASH, " ", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 1L, 0, 2));
    assertThat(blank.getMessage(), is("a fact needs an entity"));
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
        () -> columns.add(CASH, "E", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 1L, 0, -1));
    assertThat(line.getMessage(), is("line must be >= 0, was -1"));
    assertThrows(NullPointerException.class,
        () -> columns.add(CASH, "E", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, (BigDecimal) null, 2));
    assertThat(columns.size(), is(0));
    columns.add(CASH, "E", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, 5L, 0, 2);
    Fact fact = columns.get(0);
    assertThrows(UnsupportedOperationException.class, () -> columns.add(fact));
    assertThrows(UnsupportedOperationException.class, () -> columns.set(0, fact));
    assertThrows(UnsupportedOperationException.class, () -> columns.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> columns.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> columns.concept(1));
  }
  @Test
  void amountBelowAPowerOfTenAnswersAsTheAmountWouldWithoutMakingIt() {
    FactColumns columns = new FactColumns("q.zip!num.txt");
    Period p = Period.instant(LocalDate.of(2020, 12, 31));
    List<BigDecimal> amounts = new ArrayList<>();
    long[] edges = {0, 1, -1, 9, 10, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, -1_000_000_000_000_000_000L,
        -999_999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    for (long u : edges) {
      for (int scale = -20; scale <= 20; scale++) {
        columns.add(CASH, "E", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, u, scale, 2);
        amounts.add(BigDecimal.valueOf(u, scale));
      }
    }
    Random random = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      long u = random.nextLong() >> random.nextInt(64);
      int scale = random.nextInt(41) - 20;
      columns.add(CASH, "E", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, u, scale, 2);
      amounts.add(BigDecimal.valueOf(u, scale));
    }
    for (String large : List.of("1000000000000000000000", "-999999999999999999.99", "999999999999999999999.5",
        "-12345678901234567890123")) {
      columns.add(CASH, "E", p, Unit.USD, Decimals.WHOLE, Dimensions.NONE, new BigDecimal(large), 2);
      amounts.add(new BigDecimal(large));
    }
    int below = 0;
    for (int power : new int[] {0, 1, 17, 18, 19, 30}) {
      for (int i = 0; i < columns.size(); i++) {
        boolean expected = amounts.get(i).abs().compareTo(BigDecimal.TEN.pow(power)) < 0;
        assertThat(amounts.get(i) + " below 10^" + power, columns.amountBelowPowerOfTen(i, power), is(expected));
        below += expected ? 1 : 0;
      }
    }
    assertThat(below > 0 && below < 6 * columns.size(), is(true));
  }

  @Test
  void filteredColumnsHoldTheFactsKeptInOrder() {
    FactColumns columns = new FactColumns("q.zip!num.txt");
    Period p = Period.instant(LocalDate.of(2020, 12, 31));
    int n = 140_000; // across blocks, both ways
    for (int i = 0; i < n; i++) {
      if (i % 1000 == 7) {
        columns.add(CASH, "E" + (i % 13), p, Unit.USD, Decimals.of(-3), Dimensions.NONE,
            new BigDecimal("123456789012345678901234." + i), i + 2);
      } else {
        columns.add(REVENUE, "E" + (i % 13), p, Unit.SHARES, Decimals.WHOLE, Dimensions.of("Segment", "S" + (i % 3)),
            i * 31L - 5, i % 5, i + 2);
      }
    }
    FactColumns kept = columns.filter(i -> i % 3 != 0);
    List<Fact> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i % 3 != 0) {
        expected.add(columns.get(i));
      }
    }
    assertThat(kept.size(), is(n - (n + 2) / 3));
    assertThat(kept, is(expected));
    assertThat(kept.get(2).source(), is(SourceRef.line("q.zip!num.txt", 6)));
    assertThat(columns.filter(i -> false).size(), is(0));
    assertThat(columns.filter(i -> true), is(columns));
  }
}
