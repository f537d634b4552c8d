package tieout.spark;

import java.io.Serializable;

/**
 * What reading one data set zip yields, a line each: a fact of a filing ({@code fact} set), or a
 * part of the input that could not be read ({@code location} and {@code message}, as {@code check}'s
 * unreadable inputs).
 */
public record Read(String entity, FactRow fact, String location, String message) implements Serializable {
  static Read fact(FactRow fact) {
    return new Read(fact.entity(), fact, null, null);
  }

  static Read problem(String location, String message) {
    return new Read(null, null, location, message);
  }

  boolean isFact() {
    return fact != null;
  }
}
