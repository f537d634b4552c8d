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
