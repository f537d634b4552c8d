package tieout.taxonomy;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A dimension (XBRL explicit axis), e.g. {@code Region} with members {@code US}, {@code Mongolia}
 * and {@code Other}. A fact without the axis reports the total over its members.
 */
public record Axis(String name, ImmutableList<Member> members) {
  public Axis {
    checkNotNull(name);
    checkNotNull(members);
  }

  public Optional<Member> member(String memberName) {
    return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
  }

  /** A member of an axis and the captions (e.g. column headings such as "1-3 Years") it appears under. */
  public record Member(String name, ImmutableList<Label> labels) {
    public Member {
      checkNotNull(name);
      checkNotNull(labels);
    }
  }
}
