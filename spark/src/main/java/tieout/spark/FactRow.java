package tieout.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.ledger.SourceRef;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Taxonomy;
import tieout.taxonomy.Unit;

/**
 * A fact as plain serialisable fields, shipped from the task that read its zip to the task that
 * checks its filing: the core's {@link Fact} stays as it is (not {@link Serializable}). The concept
 * travels with its measure, since the SEC reader makes concepts for tags no rule declares.
 */
public record FactRow(
    String concept,
    String periodType,
    String itemType,
    String balance,
    boolean additive,
    String entity,
    String start,
    String end,
    String unit,
    int decimals,
    boolean infiniteDecimals,
    Map<String, String> dimensions,
    BigDecimal amount,
    String sourceFile,
    int sourceLine) implements Serializable {

  public static FactRow of(Fact f) {
    Concept c = f.concept();
    String start = f.period() instanceof Period.Duration d ? d.start().toString() : null;
    SourceRef s = f.source();
    return new FactRow(c.name(), c.periodType().name(), c.itemType().name(), c.balance().name(), c.additive(),
        f.entity(), start, f.period().end().toString(), f.unit().id(), f.decimals().digits(),
        f.decimals().infinite(), new TreeMap<>(f.dimensions().members()), f.value().orElse(null), s.file(), s.line());
  }

  /** The fact again: the taxonomy's concept when it declares the tag, else {@code undeclared}'s one. */
  public Fact toFact(Taxonomy taxonomy, Map<String, Concept> undeclared) {
    Concept c = taxonomy.concept(concept).orElseGet(() -> undeclared.computeIfAbsent(concept,
        n -> new Concept(n, PeriodType.valueOf(periodType), ItemType.valueOf(itemType), Balance.valueOf(balance),
            additive, com.google.common.collect.ImmutableList.of())));
    Period period = start == null ? new Period.Instant(LocalDate.parse(end))
        : new Period.Duration(LocalDate.parse(start), LocalDate.parse(end));
    Decimals d = infiniteDecimals ? Decimals.INF : Decimals.of(decimals);
    return Fact.atLine(c, entity, period, Unit.of(unit), d, Dimensions.of(dimensions), amount, sourceFile, sourceLine);
  }
}
