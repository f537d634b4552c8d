package tieout.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The explicit dimensions of a fact, axis to member ({@code Region=US}), sorted by axis. A fact
 * with no dimensions reports the total (the axes' default members).
 */
public record Dimensions(ImmutableSortedMap<String, String> members) {
  public static final Dimensions NONE = new Dimensions(ImmutableSortedMap.of());

  public Dimensions {
    members.forEach(
        (axis, member) ->
            checkArgument(!axis.isBlank() && !member.isBlank(), "blank axis or member: %s=%s", axis, member));
  }

  public static Dimensions of(Map<String, String> members) {
    return members.isEmpty() ? NONE : new Dimensions(ImmutableSortedMap.copyOf(members));
  }

  public static Dimensions of(String axis, String member) {
    return new Dimensions(ImmutableSortedMap.of(axis, member));
  }

  /** Map hash (sum of key ^ value), computed without iterators: checks hash dimensions millions of times. */
  @Override
  public int hashCode() {
    if (members.isEmpty()) {
      return 0;
    }
    int[] h = {0};
    members.forEach((axis, member) -> h[0] += axis.hashCode() ^ member.hashCode());
    return h[0];
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Dimensions d && members.equals(d.members));
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }

  public Dimensions with(String axis, String member) {
    TreeMap<String, String> copy = new TreeMap<>(members);
    copy.put(axis, member);
    return of(copy);
  }

  public Dimensions without(String axis) {
    if (!members.containsKey(axis)) {
      return this;
    }
    return of(Maps.filterKeys(members, key -> !key.equals(axis)));
  }

  public String member(String axis) {
    return members.get(axis);
  }

  /** {@code Region=US, Segment=Mining}; empty for no dimensions. */
  @Override
  public String toString() {
    return members.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

}
