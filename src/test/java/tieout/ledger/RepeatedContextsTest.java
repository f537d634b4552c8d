package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;
import tieout.taxonomy.Unit;

/**
 * The ledger finds the contexts printed more than once by number, concept by concept, and only then
 * builds its context index to list them.
 */
class RepeatedContextsTest {
  private static final Concept CASH = Concept.of("Cash", PeriodType.INSTANT, ItemType.MONETARY, Balance.DEBIT);
  private static final Concept DEBT = Concept.of("Debt", PeriodType.INSTANT, ItemType.MONETARY, Balance.CREDIT);
  private static final Period END = Period.instant(LocalDate.of(2013, 12, 31));

  private static Fact fact(Concept concept, String entity, Dimensions dimensions, String value, int line) {
    return new Fact(concept, entity, END, Unit.USD, Decimals.WHOLE, dimensions,
        Optional.of(new BigDecimal(value)), SourceRef.line("t.csv", line));
  }

  @Test
  void conceptsSharingAContextAreNotRepeats() {
    // Many facts, so that the ledger is built as a large one (on two threads).
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      facts.add(fact(CASH, "E" + i, Dimensions.NONE, "1", facts.size() + 1));
      facts.add(fact(DEBT, "E" + i, Dimensions.NONE, "2", facts.size() + 1));
    }
    Ledger ledger = Ledger.builder().addAll(facts).build();

    assertThat(ledger.repeatedContexts().size(), is(0));
  }

  @Test
  void aContextPrintedTwiceIsListedWithBothFactsInLoadOrder() {
    Fact first = fact(CASH, "E1", Dimensions.of("Region", "US"), "1", 1);
    Fact other = fact(DEBT, "E1", Dimensions.of("Region", "US"), "5", 2);
    Fact again = fact(CASH, "E1", Dimensions.of("Region", "US"), "1", 3);
    Ledger ledger = Ledger.builder().addAll(List.of(first, other, again)).build();

    assertThat(ledger.repeatedContexts().size(), is(2));
    assertThat(ledger.repeatedContexts().get(first.key()), is(List.of(first, again)));
  }
}
