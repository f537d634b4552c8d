package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/** Every amount found in one prose document, in document order. */
public record NarrativeResult(String file, ImmutableList<NarrativeClaim> claims) {
  public NarrativeResult {
    checkNotNull(file);
    checkNotNull(claims);
  }

  public long count(ClaimStatus status) {
    return claims.stream().filter(c -> c.status() == status).count();
  }
}
