package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

class FactTest {
  private static final Concept REVENUE =
      new Concept("Revenue", PeriodType.DURATION, ItemType.MONETARY, Balance.CREDIT, true, ImmutableList.of());
  private static final Period FY = Period.duration(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));

  private static Fact viaConstructor(Optional<BigDecimal> value, SourceRef source) {
    return new Fact(REVENUE, "E1", FY, Unit.of("USD"), Decimals.of(2), Dimensions.of("Region", "US"), value, source);
  }

  @Test
  void aFactAtALineEqualsTheSameFactBuiltWithItsSource() {
    Fact atLine = Fact.atLine(REVENUE, "E1", FY, Unit.of("USD"), Decimals.of(2), Dimensions.of("Region", "US"),
        new BigDecimal("12.50"), "f.csv", 7);
    Fact built = viaConstructor(Optional.of(new BigDecimal("12.50")), SourceRef.line("f.csv", 7));
    assertThat(atLine, equalTo(built));
    assertThat(atLine.hashCode(), equalTo(built.hashCode()));
    assertThat(atLine.source(), equalTo(SourceRef.line("f.csv", 7)));
    assertThat(atLine.toString(), equalTo(
        "Revenue[E1, 2013-01-01/2013-12-31, Region=US] = 12.50 USD (decimals 2) at f.csv:7"));
    assertThat(atLine, not(equalTo(viaConstructor(Optional.of(new BigDecimal("12.50")), SourceRef.line("f.csv", 8)))));
  }

  @Test
  void aCompactAmountIsTheBigDecimalOfItsUnscaledValueAndScale() {
    Fact compact = Fact.atLine(REVENUE, "E1", FY, Unit.of("USD"), Decimals.of(2), Dimensions.of("Region", "US"),
        1250L, 2, "f.csv", 7);
    Fact built = viaConstructor(Optional.of(new BigDecimal("12.50")), SourceRef.line("f.csv", 7));
    assertThat(compact.isNil(), equalTo(false));
    assertThat(compact.amount(), equalTo(new BigDecimal("12.50")));
    assertThat(compact.value(), equalTo(Optional.of(new BigDecimal("12.50"))));
    assertThat(compact, equalTo(built));
    assertThat(compact.hashCode(), equalTo(built.hashCode()));
    assertThat(compact.toString(), equalTo(built.toString()));
    // 12.5 is another BigDecimal than 12.50 (scale 1), as for facts built with one
    assertThat(compact, not(equalTo(viaConstructor(Optional.of(new BigDecimal("12.5")), SourceRef.line("f.csv", 7)))));
    Fact zero = Fact.atLine(REVENUE, "E1", FY, Unit.of("USD"), Decimals.of(0), Dimensions.NONE, 0L, 0, "f.csv", 8);
    assertThat(zero.isNil(), equalTo(false));
    assertThat(zero.amount(), equalTo(BigDecimal.ZERO));
    Fact big = Fact.atLine(REVENUE, "E1", FY, Unit.of("USD"), Decimals.of(0), Dimensions.NONE, -999_999_999_999_999_999L,
        3, "f.csv", 9);
    assertThat(big.amount(), equalTo(new BigDecimal("-999999999999999.999")));
    // kept compact through the changes a loader makes
    assertThat(compact.withDecimals(Decimals.of(-3)).amount(), equalTo(new BigDecimal("12.50")));
    assertThat(compact.withDimensions(Dimensions.NONE).value(), equalTo(Optional.of(new BigDecimal("12.50"))));
    assertThat(compact.withContext("E2", FY, Dimensions.NONE).isNil(), equalTo(false));
  }

  @Test
  void aNilFactHasNoAmount() {
    Fact nil = viaConstructor(Optional.empty(), SourceRef.cell("b.xlsx", "S", "C7"));
    assertThat(nil.isNil(), equalTo(true));
    assertThat(nil.value(), equalTo(Optional.empty()));
    assertThat(nil.source().toString(), equalTo("b.xlsx!S!C7"));
    IllegalStateException e = assertThrows(IllegalStateException.class, nil::amount);
    assertThat(e.getMessage(), equalTo(
        "nil fact has no amount: Revenue[E1, 2013-01-01/2013-12-31, Region=US] = nil USD (decimals 2) at b.xlsx!S!C7"));
  }

  @Test
  void commonDecimalsAreShared() {
    assertThat(Decimals.of(-3) == Decimals.of(-3), equalTo(true));
    assertThat(Decimals.of(-3), equalTo(new Decimals(-3, false)));
    assertThat(Decimals.of(400), equalTo(new Decimals(400, false)));
  }
}
