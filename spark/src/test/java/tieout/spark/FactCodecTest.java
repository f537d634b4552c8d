package tieout.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/** A filing's facts through {@link FactCodec} and back: every field exact, concepts as the reader made them. */
class FactCodecTest {
  private static final Taxonomy TAXONOMY = RulesText.parse(RulesText.read(SparkRuns.RULES)).taxonomy();
  private static final Concept ASSETS = TAXONOMY.concept("Assets").orElseThrow();
  /** A tag no rule declares, as the SEC reader makes it. */
  private static final Concept CUSTOM =
      new Concept("WidgetsSold", PeriodType.DURATION, ItemType.SHARES, Balance.CREDIT, false,
          com.google.common.collect.ImmutableList.of());
  private static final String ENTITY = "SOCIÉTÉ GÉNÉRALE (CIK 1750, 0001104659-10-012345)";
  private static final Period.Instant YEAR_END = new Period.Instant(LocalDate.of(2024, 12, 31));
  private static final Period.Duration YEAR =
      new Period.Duration(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

  @Test
  void everyFieldComesBackExactly() {
    List<Fact> facts = List.of(
        Fact.atLine(ASSETS, ENTITY, YEAR_END, Unit.USD, Decimals.of(-3), Dimensions.NONE,
            new BigDecimal("1234000"), "2010q1.zip!num.txt", 2),
        // Scale kept: 1.50 is not 1.5 for the ledger.
        Fact.atLine(ASSETS, ENTITY, YEAR_END, Unit.USD, Decimals.of(2),
            Dimensions.of("us-gaap:StatementBusinessSegmentsAxis", "abc:EastMember"), new BigDecimal("-1.50"),
            "2010q1.zip!num.txt", 3),
        // An unscaled value past a long's range, a negative scale, and a nil fact.
        Fact.atLine(ASSETS, ENTITY, YEAR_END, Unit.USD, Decimals.INF, Dimensions.NONE,
            new BigDecimal("-123456789012345678901234567890.1234"), "2010q1.zip!num.txt", 4),
        Fact.atLine(CUSTOM, ENTITY, YEAR, Unit.SHARES, Decimals.of(0),
            Dimensions.of(Map.of("a:Axis", "a:One", "b:Axis", "b:Two")), new BigDecimal("7E+3"), "2010q2.zip!num.txt",
            40_000_000),
        Fact.atLine(CUSTOM, ENTITY, YEAR, Unit.SHARES, Decimals.of(0), Dimensions.NONE, null, "2010q2.zip!num.txt", 5));

    List<Fact> back = new ArrayList<>();
    Map<String, Concept> undeclared = new HashMap<>();
    FactCodec.decode(FactCodec.encode(facts), TAXONOMY, undeclared, back::add);

    assertEquals(facts, back);
    assertEquals("-1.50", back.get(1).amount().toString());
    assertEquals(new BigDecimal("7E+3").scale(), back.get(3).amount().scale());
    assertSame(ASSETS, back.get(0).concept(), "a declared tag is the taxonomy's concept");
    assertEquals(Map.of("WidgetsSold", CUSTOM), undeclared);
    assertSame(back.get(3).concept(), back.get(4).concept(), "an undeclared tag is one concept in a filing");
  }

  @Test
  void aForeverFactComesBackForeverBesideDatedOnes() {
    List<Fact> facts = List.of(
        Fact.atLine(CUSTOM, ENTITY, Period.FOREVER, Unit.SHARES, Decimals.of(0), Dimensions.NONE,
            new BigDecimal("12"), "x.xml:10:3", 0),
        Fact.atLine(CUSTOM, ENTITY, YEAR, Unit.SHARES, Decimals.of(0), Dimensions.NONE, new BigDecimal("5"),
            "x.xml:11:3", 0),
        Fact.atLine(CUSTOM, ENTITY, Period.FOREVER, Unit.SHARES, Decimals.INF, Dimensions.NONE, null, "x.xml:12:3", 0));

    List<Fact> back = new ArrayList<>();
    FactCodec.decode(FactCodec.encode(facts), TAXONOMY, new HashMap<>(), back::add);

    assertEquals(facts, back);
    assertSame(Period.FOREVER, back.get(0).period());
    assertEquals("forever", back.get(2).period().toString());
    assertEquals(YEAR, back.get(1).period());
  }

  @Test
  void noFactsIsAnEmptyFiling() {
    List<Fact> back = new ArrayList<>();
    FactCodec.decode(FactCodec.encode(List.of()), TAXONOMY, new HashMap<>(), back::add);
    assertEquals(List.of(), back);
  }
}
