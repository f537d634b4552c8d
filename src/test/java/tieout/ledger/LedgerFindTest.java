package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

/**
 * {@link Ledger#find}, {@link Ledger#factsOf}, {@link Ledger#contextCount} and {@link
 * Ledger#repeatedContexts}, served by context numbers and per-concept positions, against a plain scan
 * of the facts.
 */
class LedgerFindTest {
  private static final List<Concept> CONCEPTS = List.of(
      Concept.of("Cash", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT),
      Concept.of("Debt", PeriodType.INSTANT, ItemType.MONETARY, Balance.CREDIT),
      Concept.of("Equity", PeriodType.INSTANT, ItemType.MONETARY, Balance.CREDIT),
      Concept.of("Goodwill", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT));

  private static final Concept UNREPORTED = Concept.of("Unreported", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT);

  private static Concept concept(Random random) {
    return CONCEPTS.get(random.nextInt(CONCEPTS.size()));
  }

  private static String entity(Random random) {
    return new String("E" + random.nextInt(30)); // equal values, not the same objects
  }

  private static Period period(Random random) {
    return Period.instant(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(8)));
  }

  private static Dimensions dimensions(Random random) {
    int d = random.nextInt(4);
    return d == 0 ? Dimensions.NONE : Dimensions.of("Region", "R" + d);
  }

  private static List<Fact> facts(int n, long seed) {
    Random random = new Random(seed);
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      facts.add(Fact.atLine(concept(random), entity(random), period(random), Unit.USD, Decimals.WHOLE,
          dimensions(random), BigDecimal.valueOf(random.nextInt(100)), "t.csv", i + 2));
    }
    return facts;
  }

  /** The facts of {@link #facts}{@code (n, seed)} in columns, as the SEC reader keeps them; half with compact amounts. */
  private static FactColumns columns(int n, long seed) {
    Random random = new Random(seed);
    FactColumns columns = new FactColumns("t.csv");
    for (int i = 0; i < n; i++) {
      Concept concept = concept(random);
      String entity = entity(random);
      Period period = period(random);
      Dimensions dimensions = dimensions(random);
      int value = random.nextInt(100);
      if (i % 2 == 0) {
        columns.add(concept, entity, period, Unit.USD, Decimals.WHOLE, dimensions, value, 0, i + 2);
      } else {
        columns.add(concept, entity, period, Unit.USD, Decimals.WHOLE, dimensions, BigDecimal.valueOf(value), i + 2);
      }
    }
    return columns;
  }

  private static List<Fact> scan(List<Fact> facts, ContextKey key) {
    List<Fact> found = new ArrayList<>();
    for (Fact f : facts) {
      if (f.key().equals(key)) {
        found.add(f);
      }
    }
    return found;
  }

  @Test
  void findsWhatAScanFinds() {
    for (int n : new int[] {0, 1, 50, 5_000, 250_000}) { // 250,000: a large ledger, built on two threads
      List<Fact> facts = facts(n, n);
      findsWhatAScanFinds(n, facts, Ledger.builder().addAll(facts).build());
      FactColumns columns = columns(n, n);
      Ledger ledger = Ledger.builder().addAll(columns).build();
      assertThat(ledger.facts() == columns, is(true)); // kept as columns, no fact made for each
      findsWhatAScanFinds(n, facts, ledger);
    }
  }

  private static void findsWhatAScanFinds(int n, List<Fact> facts, Ledger ledger) {
    {
      assertThat(ledger.facts(), is(facts));
      Map<ContextKey, List<Fact>> expected = new LinkedHashMap<>();
      for (Fact f : facts) {
        expected.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
      }
      Random random = new Random(n + 1);
      List<Fact> sample = n <= 5_000 ? facts : facts.subList(0, 3_000);
      for (Fact f : sample) {
        assertThat(ledger.find(f.key()), is(expected.get(f.key())));
      }
      for (int i = 0; i < 2_000; i++) {
        ContextKey probe = new ContextKey(concept(random), entity(random), period(random), dimensions(random));
        assertThat(ledger.find(probe), is(n <= 5_000 ? scan(facts, probe) : expected.getOrDefault(probe, List.of())));
      }
      assertThat(ledger.find(CONCEPTS.get(0), "nobody", period(random), Dimensions.NONE), is(List.of()));
      assertThat(ledger.find(UNREPORTED, "E1", period(random), Dimensions.NONE), is(List.of()));
      assertThat(ledger.contextCount(), is(expected.size()));
      for (Concept c : CONCEPTS) {
        assertThat(ledger.factsOf(c), is(facts.stream().filter(f -> f.concept().equals(c)).toList()));
        assertThat(ledger.factsOf(c) == ledger.factsOf(c), is(true)); // made once
      }
      assertThat(ledger.factsOf(UNREPORTED), is(List.of()));

      ImmutableListMultimap.Builder<ContextKey, Fact> repeated = ImmutableListMultimap.builder();
      expected.forEach((key, all) -> {
        if (all.size() >= 2) {
          repeated.putAll(key, all);
        }
      });
      ImmutableListMultimap<ContextKey, Fact> want = repeated.build();
      ImmutableListMultimap<ContextKey, Fact> got = ledger.repeatedContexts();
      assertThat(new ArrayList<>(got.keySet()), is(new ArrayList<>(want.keySet())));
      assertThat(got, is(want));
    }
  }
}
