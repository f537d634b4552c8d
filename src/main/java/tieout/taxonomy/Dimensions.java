package tieout.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The explicit dimensions of a fact, axis to member ({@code Region=US}), sorted by axis. A fact
 * with no dimensions reports the total (the axes' default members).
 *
 * <p>A value class rather than a record so that it can keep its hash and a flat copy of its
 * members: checks compare and hash dimension sets millions of times, and a sorted map's own
 * {@code equals} builds entry sets on every call.
 */
public final class Dimensions {
  public static final Dimensions NONE = new Dimensions(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, String> members;
  /** Axis, member, axis, member... in axis order. */
  private final String[] flat;
  private final int hash;

  public Dimensions(ImmutableSortedMap<String, String> members) {
    checkNotNull(members);
    this.members = members;
    this.flat = new String[members.size() * 2];
    int i = 0;
    int h = 0;
    for (Map.Entry<String, String> e : members.entrySet()) {
      String axis = e.getKey();
      String member = e.getValue();
      checkArgument(!axis.isBlank() && !member.isBlank(), "blank axis or member: %s=%s", axis, member);
      flat[i++] = axis;
      flat[i++] = member;
      h += axis.hashCode() ^ member.hashCode();
    }
    this.hash = h;
  }

  public static Dimensions of(Map<String, String> members) {
    return members.isEmpty() ? NONE : new Dimensions(ImmutableSortedMap.copyOf(members));
  }

  public static Dimensions of(String axis, String member) {
    return new Dimensions(ImmutableSortedMap.of(axis, member));
  }

  /** Axis to member, sorted by axis. */
  public ImmutableSortedMap<String, String> members() {
    return members;
  }

  /** Map hash (sum of key ^ value), computed once. */
  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Dimensions d && hash == d.hash && Arrays.equals(flat, d.flat));
  }

  /**
   * Entry by entry, axis then member (both sets are sorted by axis); a prefix sorts first: the
   * order of findings within a rule. Compares the flat copies, so no entry objects are made.
   */
  public static int compare(Dimensions a, Dimensions b) {
    if (a == b) {
      return 0;
    }
    int n = Math.min(a.flat.length, b.flat.length);
    for (int i = 0; i < n; i++) {
      int c = a.flat[i].compareTo(b.flat[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.flat.length, b.flat.length);
  }

  public boolean isEmpty() {
    return flat.length == 0;
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
    if (flat.length == 2) {
      return NONE;
    }
    return of(Maps.filterKeys(members, key -> !key.equals(axis)));
  }

  public String member(String axis) {
    for (int i = 0; i < flat.length; i += 2) {
      if (flat[i].equals(axis)) {
        return flat[i + 1];
      }
    }
    return null;
  }

  /** {@code Region=US, Segment=Mining}; empty for no dimensions. */
  @Override
  public String toString() {
    return members.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
