package tieout.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.error.Suggestions;

/**
 * The concepts and dimensions a ledger may use, and the captions that name them in spreadsheets.
 * Immutable; build one with {@link #builder()} (the taxonomy file parser does).
 */
public final class Taxonomy {
  private final ImmutableMap<String, Concept> concepts;
  private final ImmutableMap<String, Axis> axes;
  private final Optional<String> defaultEntity;
  private final MonthDay fiscalYearEnd;
  private final boolean adoptsUndeclaredCaptions;
  /** Normalized caption to the labels that carry it, in declaration order. */
  private final ImmutableMap<String, ImmutableList<LabelUse>> byCaption;

  /** A label together with the concept it names. */
  public record LabelUse(Concept concept, Label label) {}

  /** A column or row caption that names a dimension member. */
  public record MemberUse(Axis axis, Axis.Member member, Label label) {}

  private final ImmutableMap<String, ImmutableList<MemberUse>> membersByCaption;

  private Taxonomy(Builder b) {
    this.concepts = ImmutableMap.copyOf(b.concepts);
    this.axes = ImmutableMap.copyOf(b.axes);
    this.defaultEntity = b.defaultEntity;
    this.fiscalYearEnd = b.fiscalYearEnd;
    this.adoptsUndeclaredCaptions = b.adoptsUndeclaredCaptions;
    Map<String, List<LabelUse>> captions = new LinkedHashMap<>();
    for (Concept c : concepts.values()) {
      for (Label l : c.labels()) {
        captions.computeIfAbsent(Labels.normalize(l.text()), k -> new ArrayList<>()).add(new LabelUse(c, l));
      }
    }
    ImmutableMap.Builder<String, ImmutableList<LabelUse>> byCaptionBuilder = ImmutableMap.builder();
    captions.forEach((k, v) -> byCaptionBuilder.put(k, ImmutableList.copyOf(v)));
    this.byCaption = byCaptionBuilder.buildOrThrow();
    Map<String, List<MemberUse>> members = new LinkedHashMap<>();
    for (Axis axis : axes.values()) {
      for (Axis.Member m : axis.members()) {
        for (Label l : m.labels()) {
          members.computeIfAbsent(Labels.normalize(l.text()), k -> new ArrayList<>()).add(new MemberUse(axis, m, l));
        }
      }
    }
    ImmutableMap.Builder<String, ImmutableList<MemberUse>> membersBuilder = ImmutableMap.builder();
    members.forEach((k, v) -> membersBuilder.put(k, ImmutableList.copyOf(v)));
    this.membersByCaption = membersBuilder.buildOrThrow();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<Concept> concept(String name) {
    return Optional.ofNullable(concepts.get(name));
  }

  public ImmutableMap<String, Concept> concepts() {
    return concepts;
  }

  public Optional<Axis> axis(String name) {
    return Optional.ofNullable(axes.get(name));
  }

  public ImmutableMap<String, Axis> axes() {
    return axes;
  }

  /** The entity facts belong to when a spreadsheet does not name one. */
  public Optional<String> defaultEntity() {
    return defaultEntity;
  }

  /** The last day of the fiscal year, December 31 unless the taxonomy says otherwise. */
  public MonthDay fiscalYearEnd() {
    return fiscalYearEnd;
  }

  /**
   * Whether a caption no label declares, printed beside amounts, becomes a concept of its own
   * ({@code undeclared-captions adopt}: an open taxonomy such as us-gaap's, where filers print
   * captions of their own) rather than an error (the default: a controller's captions are all
   * known, and an unknown one is a typo).
   */
  public boolean adoptsUndeclaredCaptions() {
    return adoptsUndeclaredCaptions;
  }

  /**
   * The concepts a row caption may name on a sheet, best first: labels scoped to the sheet, then
   * unscoped ones, each in declaration order. Several candidates arise when one caption names
   * different concepts in different columns, e.g. "Private placement" under "Shares" (a share
   * count) and under "Amount" (money); the loader picks by the column's unit.
   */
  public ImmutableList<LabelUse> resolveCaptions(String caption, String sheetName) {
    ImmutableList<LabelUse> uses = byCaption.get(Labels.normalize(caption));
    if (uses == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<LabelUse> result = ImmutableList.builder();
    uses.stream().filter(u -> u.label().scope().isPresent() && u.label().appliesTo(sheetName)).forEach(result::add);
    uses.stream().filter(u -> u.label().scope().isEmpty()).forEach(result::add);
    return result.build();
  }

  /** The best concept for a row caption on a sheet; see {@link #resolveCaptions}. */
  public Optional<LabelUse> resolveCaption(String caption, String sheetName) {
    return resolveCaptions(caption, sheetName).stream().findFirst();
  }

  /** Every caption any concept is printed under, for did-you-mean suggestions. */
  public ImmutableSet<String> captions() {
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    concepts.values().forEach(c -> c.labels().forEach(l -> all.add(l.text())));
    return all.build();
  }

  /** The dimension member a column or row caption names on a sheet, if any. */
  public Optional<MemberUse> resolveMember(String caption, String sheetName) {
    ImmutableList<MemberUse> uses = membersByCaption.get(Labels.normalize(caption));
    if (uses == null) {
      return Optional.empty();
    }
    Optional<MemberUse> scoped =
        uses.stream().filter(u -> u.label().scope().isPresent() && u.label().appliesTo(sheetName)).findFirst();
    return scoped.isPresent()
        ? scoped
        : uses.stream().filter(u -> u.label().scope().isEmpty()).findFirst();
  }

  /** "; did you mean 'X'?" for an unknown concept name, or the empty string. */
  public String didYouMeanConcept(String name) {
    return Suggestions.didYouMean(name, concepts.keySet());
  }

  /** Builds a {@link Taxonomy}; concept and axis names must be unique. */
  public static final class Builder {
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final Map<String, Axis> axes = new LinkedHashMap<>();
    private Optional<String> defaultEntity = Optional.empty();
    private MonthDay fiscalYearEnd = MonthDay.of(12, 31);
    private boolean adoptsUndeclaredCaptions;

    public Builder add(Concept concept) {
      checkArgument(!concepts.containsKey(concept.name()), "concept %s was already declared", concept.name());
      concepts.put(concept.name(), concept);
      return this;
    }

    public Builder add(Axis axis) {
      checkArgument(!axes.containsKey(axis.name()), "axis %s was already declared", axis.name());
      axes.put(axis.name(), axis);
      return this;
    }

    public Builder defaultEntity(String entity) {
      this.defaultEntity = Optional.of(entity);
      return this;
    }

    public Builder fiscalYearEnd(MonthDay end) {
      this.fiscalYearEnd = end;
      return this;
    }

    public Builder adoptUndeclaredCaptions(boolean adopt) {
      this.adoptsUndeclaredCaptions = adopt;
      return this;
    }

    public boolean hasConcept(String name) {
      return concepts.containsKey(name);
    }

    public boolean hasAxis(String name) {
      return axes.containsKey(name);
    }

    public Taxonomy build() {
      return new Taxonomy(this);
    }
  }
}
