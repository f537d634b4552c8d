package tieout.ledger;

/**
 * Hash codes for composite keys whose parts differ by little. A record's default hash ({@code 31 *
 * h + part}) lets small differences in one part cancel those of another (entity {@code E000002}
 * with one period collides with {@code E000001} with a period a day later), which turns million-fact
 * hash tables into long collision chains; a large odd multiplier and a final mix avoid that.
 */
public final class Hashes {
  private static final int GOLDEN = 0x9E3779B9;

  private Hashes() {}

  public static int of(Object a, Object b, Object c) {
    int h = a.hashCode();
    h = h * GOLDEN + b.hashCode();
    h = h * GOLDEN + c.hashCode();
    return mix(h);
  }

  public static int of(Object a, Object b, Object c, Object d) {
    int h = a.hashCode();
    h = h * GOLDEN + b.hashCode();
    h = h * GOLDEN + c.hashCode();
    h = h * GOLDEN + d.hashCode();
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ (h >>> 13);
  }
}
