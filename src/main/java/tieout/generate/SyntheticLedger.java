package tieout.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A synthetic group ledger for benchmarks: many entities and years, four quarters and the fiscal
 * year, a Region dimension with four members and the total, and an income statement whose lines
 * tie (gross profit, operating income), with planted discrepancies. Deterministic for a seed.
 *
 * <p>The ledger is a sequence of blocks, one per entity and year, of {@link #FACTS_PER_BLOCK}
 * facts. A planted discrepancy changes one fact of a block; at most one per block, so that the
 * checks it breaks are known exactly ({@link Plant#brokenChecks()}).
 */
public final class SyntheticLedger {
  /** The concepts, in statement order. */
  public static final List<String> CONCEPTS =
      List.of("Revenue", "CostOfRevenue", "GrossProfit", "OperatingExpenses", "OperatingIncome");

  /** The members of the Region axis; index {@link #TOTAL} is the total (no dimension). */
  public static final List<String> REGIONS = List.of("North", "South", "East", "West");

  public static final int TOTAL = 4;
  public static final int YEARS_PER_ENTITY = 5;
  public static final int FIRST_YEAR = 2020;
  /** 5 regions (4 and the total) x 5 concepts x 5 periods (Q1-Q4 and the year). */
  public static final int FACTS_PER_BLOCK = 125;

  private static final int REVENUE = 0;
  private static final int COST = 1;
  private static final int GROSS = 2;
  private static final int OPEX = 3;
  private static final int OPERATING = 4;
  private static final int YEAR = 4;

  private final int blocks;
  private final long seed;
  private final List<Plant> plants;

  /**
   * @param facts the number of facts wanted, rounded up to whole blocks of 125
   * @param errors the number of discrepancies to plant, at most one per block
   */
  public SyntheticLedger(int facts, int errors, long seed) {
    checkArgument(facts > 0, "--facts must be positive, was %s", facts);
    this.blocks = (facts + FACTS_PER_BLOCK - 1) / FACTS_PER_BLOCK;
    checkArgument(
        errors >= 0 && errors <= blocks,
        "--errors must be between 0 and %s (one per entity and year) for %s facts, was %s",
        blocks, facts, errors);
    this.seed = seed;
    this.plants = choosePlants(errors);
  }

  public int blocks() {
    return blocks;
  }

  public int factCount() {
    return blocks * FACTS_PER_BLOCK;
  }

  public int entityCount() {
    return (blocks + YEARS_PER_ENTITY - 1) / YEARS_PER_ENTITY;
  }

  public List<Plant> plants() {
    return plants;
  }

  public static String entity(int block) {
    return String.format("E%06d", block / YEARS_PER_ENTITY + 1);
  }

  public static int year(int block) {
    return FIRST_YEAR + block % YEARS_PER_ENTITY;
  }

  /** {@code 2020-01-01/2020-03-31} for quarters 0-3, the year for 4. */
  public static String period(int year, int period) {
    if (period == YEAR) {
      return year + "-01-01/" + year + "-12-31";
    }
    String[] ends = {"03-31", "06-30", "09-30", "12-31"};
    String[] starts = {"01-01", "04-01", "07-01", "10-01"};
    return year + "-" + starts[period] + "/" + year + "-" + ends[period];
  }

  /**
   * The values of one block as printed (planted discrepancy included): {@code [region][concept][period]},
   * region 4 the total, period 4 the year.
   */
  public long[][][] values(int block) {
    Random random = new Random(seed * 1_000_003L + block);
    long[][][] v = new long[5][5][5];
    for (int r = 0; r < 4; r++) {
      for (int q = 0; q < 4; q++) {
        long revenue = 100_000 + random.nextInt(9_900_000);
        long cost = revenue * (40 + random.nextInt(30)) / 100;
        long opex = 50_000 + random.nextInt(2_000_000);
        v[r][REVENUE][q] = revenue;
        v[r][COST][q] = cost;
        v[r][GROSS][q] = revenue - cost;
        v[r][OPEX][q] = opex;
        v[r][OPERATING][q] = revenue - cost - opex;
      }
    }
    for (int c = 0; c < 5; c++) {
      for (int r = 0; r < 4; r++) {
        for (int q = 0; q < 4; q++) {
          v[r][c][YEAR] += v[r][c][q];
          v[TOTAL][c][q] += v[r][c][q];
          v[TOTAL][c][YEAR] += v[r][c][q];
        }
      }
    }
    for (Plant p : plants) {
      if (p.block() == block) {
        v[p.region()][p.concept()][p.period()] = p.planted();
      }
    }
    return v;
  }

  private List<Plant> choosePlants(int errors) {
    Random random = new Random(seed);
    TreeSet<Integer> chosen = new TreeSet<>();
    while (chosen.size() < errors) {
      chosen.add(random.nextInt(blocks));
    }
    List<Plant> result = new ArrayList<>();
    for (int block : chosen) {
      int region = random.nextInt(5);
      int concept = random.nextInt(5);
      int period = random.nextInt(5);
      long delta = (1_000 + random.nextInt(99_000)) * (random.nextBoolean() ? 1 : -1);
      long original = valuesWithoutPlants(block)[region][concept][period];
      result.add(new Plant(result.size() + 1, block, region, concept, period, original, original + delta));
    }
    return List.copyOf(result);
  }

  private long[][][] valuesWithoutPlants(int block) {
    return new SyntheticLedger(this, List.of()).values(block);
  }

  private SyntheticLedger(SyntheticLedger other, List<Plant> plants) {
    this.blocks = other.blocks;
    this.seed = other.seed;
    this.plants = plants;
  }

  /** One planted discrepancy: the fact changed, and its value before and after. */
  public record Plant(
      int id, int block, int region, int concept, int period, long original, long planted) {

    public String entity() {
      return SyntheticLedger.entity(block);
    }

    public String conceptName() {
      return CONCEPTS.get(concept);
    }

    public String periodText() {
      return SyntheticLedger.period(year(block), period);
    }

    /** {@code Region=North}, or empty for the total. */
    public String dimensions() {
      return region == TOTAL ? "" : "Region=" + REGIONS.get(region);
    }

    /** The checks this change breaks, each as rule, period and dimensions of the finding. */
    public List<BrokenCheck> brokenChecks() {
      List<BrokenCheck> broken = new ArrayList<>();
      broken.add(new BrokenCheck("IS-ROLLUP", SyntheticLedger.period(year(block), YEAR), dimensions()));
      broken.add(new BrokenCheck("BD-" + ruleSuffix(conceptName()), periodText(), ""));
      if (concept == REVENUE || concept == COST || concept == GROSS) {
        broken.add(new BrokenCheck("SUM-GP", periodText(), dimensions()));
      }
      if (concept == GROSS || concept == OPEX || concept == OPERATING) {
        broken.add(new BrokenCheck("SUM-OI", periodText(), dimensions()));
      }
      return broken;
    }
  }

  /** A check a plant breaks: the finding's rule, period and dimensions (entity: the plant's). */
  public record BrokenCheck(String rule, String period, String dimensions) {}

  /** {@code CostOfRevenue} to {@code COSTOFREVENUE}: the breakdown rule of a concept. */
  public static String ruleSuffix(String concept) {
    return concept.toUpperCase(java.util.Locale.ROOT);
  }
}
