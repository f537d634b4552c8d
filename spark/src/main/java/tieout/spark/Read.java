package tieout.spark;

import java.io.Serializable;

/**
 * What reading one input yields, a record each: one filing's facts of that input ({@code facts}
 * set, in {@link FactCodec}'s form), or a part of the input that could not be read ({@code location}
 * and {@code message}, as {@code check}'s unreadable inputs).
 */
public record Read(String entity, byte[] facts, String location, String message) implements Serializable {
  static Read facts(String entity, byte[] facts) {
    return new Read(entity, facts, null, null);
  }

  static Read problem(String location, String message) {
    return new Read(null, null, location, message);
  }

  boolean isFact() {
    return facts != null;
  }
}
