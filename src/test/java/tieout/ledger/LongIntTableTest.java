package tieout.ledger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntTableTest {
  @Test
  void agreesWithAHashMapThroughManyGrowths() {
    LongIntTable table = new LongIntTable(4);
    Map<Long, Integer> reference = new HashMap<>();
    Random random = new Random(5);
    for (int i = 0; i < 200_000; i++) {
      // Keys as the engine makes them: a series number (possibly negative) and a period number.
      long key = ((long) (random.nextInt(5_000) - 100) << 32) | random.nextInt(40);
      int value = random.nextInt(1_000_000);
      if (random.nextBoolean()) {
        Integer before = reference.putIfAbsent(key, value);
        assertThat(table.putIfAbsent(key, value), is(before == null ? value : before));
      } else {
        reference.put(key, value);
        table.put(key, value);
      }
    }
    assertThat(table.size(), is(reference.size()));
    reference.forEach((key, value) -> assertThat(table.get(key), is(value)));
    assertThat(table.get(Long.MAX_VALUE), is(-1));
  }
}
