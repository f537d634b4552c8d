package tieout.load;

import java.util.TreeMap;
import tieout.ledger.Dimensions;

/** Adds a member to dimensions (through a plain map: {@code Dimensions.with} cannot build yet). */
final class Members {
  private Members() {}

  static Dimensions with(Dimensions dimensions, String axis, String member) {
    TreeMap<String, String> members = new TreeMap<>(dimensions.members());
    members.put(axis, member);
    return Dimensions.of(members);
  }
}
