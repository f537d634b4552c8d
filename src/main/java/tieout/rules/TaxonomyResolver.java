package tieout.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.error.Suggestions;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Label;
import tieout.taxonomy.Taxonomy;

/**
 * Builds the {@link Taxonomy} from the taxonomy declarations of every file, checking that names are
 * declared once and that labels name existing axes and members.
 */
final class TaxonomyResolver {
  /**
   * The taxonomy, and the concept and axis names whose declarations broke: they count as declared,
   * so their uses are not reported a second time.
   */
  record Result(Taxonomy taxonomy, ImmutableSet<String> brokenConcepts, ImmutableSet<String> brokenAxes) {}

  private final RuleErrors problems;
  private final Taxonomy.Builder builder = Taxonomy.builder();
  private final Map<String, Axis> axes = new LinkedHashMap<>();
  private final Map<String, SourcePos> declared = new HashMap<>();
  private final ImmutableSet<String> brokenAxes;

  private TaxonomyResolver(RuleErrors problems, ImmutableSet<String> brokenAxes) {
    this.problems = problems;
    this.brokenAxes = brokenAxes;
  }

  /** Axes are built before concepts, so a label may name an axis declared further down. */
  static Result resolve(List<Decl> decls, RuleErrors problems) {
    ImmutableSet.Builder<String> brokenConcepts = ImmutableSet.builder();
    ImmutableSet.Builder<String> brokenAxes = ImmutableSet.builder();
    for (Decl d : decls) {
      if (d instanceof Decl.Broken b && b.kind() == Decl.Kind.AXIS) {
        brokenAxes.add(b.name().text());
      } else if (d instanceof Decl.Broken b && b.kind() == Decl.Kind.CONCEPT) {
        brokenConcepts.add(b.name().text());
      }
    }
    TaxonomyResolver resolver = new TaxonomyResolver(problems, brokenAxes.build());
    resolver.header(decls);
    for (Decl d : decls) {
      if (d instanceof Decl.AxisDecl a) {
        resolver.axis(a);
      }
    }
    for (Decl d : decls) {
      if (d instanceof Decl.ConceptDecl c) {
        resolver.concept(c);
      }
    }
    return new Result(resolver.builder.build(), brokenConcepts.build(), resolver.brokenAxes);
  }

  /** The entity, fiscal year end and undeclared-caption policy: each may be declared once. */
  private void header(List<Decl> decls) {
    SourcePos entity = null;
    SourcePos fiscalYearEnd = null;
    SourcePos captionPolicy = null;
    for (Decl d : decls) {
      if (d instanceof Decl.Entity e) {
        if (entity != null) {
          problems.add(e.pos(), "the entity was already declared at " + entity);
        } else {
          entity = e.pos();
          builder.defaultEntity(e.name());
        }
      } else if (d instanceof Decl.UndeclaredCaptions u) {
        if (captionPolicy != null) {
          problems.add(u.pos(), "undeclared-captions was already declared at " + captionPolicy);
        } else {
          captionPolicy = u.pos();
          builder.adoptUndeclaredCaptions(u.adopt());
        }
      } else if (d instanceof Decl.FiscalYearEnd f) {
        if (fiscalYearEnd != null) {
          problems.add(f.pos(), "the fiscal year end was already declared at " + fiscalYearEnd);
        } else {
          fiscalYearEnd = f.pos();
          builder.fiscalYearEnd(f.end());
        }
      }
    }
  }

  private void axis(Decl.AxisDecl decl) {
    if (isDuplicate("axis", decl.name())) {
      return;
    }
    // Several member lines may name one member, e.g. to give it captions scoped to other sheets.
    Map<String, ImmutableList.Builder<Label>> members = new LinkedHashMap<>();
    for (Decl.MemberDecl m : decl.members()) {
      ImmutableList.Builder<Label> labels = members.computeIfAbsent(m.name().text(), k -> ImmutableList.builder());
      for (String caption : m.captions()) {
        labels.add(new Label(caption, m.scope(), false, Dimensions.NONE));
      }
    }
    ImmutableList.Builder<Axis.Member> built = ImmutableList.builder();
    members.forEach((name, labels) -> built.add(new Axis.Member(name, labels.build())));
    Axis axis = new Axis(decl.name().text(), built.build());
    axes.put(axis.name(), axis);
    builder.add(axis);
  }

  private void concept(Decl.ConceptDecl decl) {
    if (isDuplicate("concept", decl.name())) {
      return;
    }
    ImmutableList.Builder<Label> labels = ImmutableList.builder();
    for (Decl.LabelDecl label : decl.labels()) {
      labels.add(new Label(label.text(), label.scope(), label.negated(), dimensions(label)));
    }
    builder.add(
        new Concept(
            decl.name().text(),
            decl.periodType(),
            decl.itemType(),
            decl.balance(),
            decl.additive().orElse(decl.itemType().additiveByDefault()),
            labels.build()));
  }

  /** The members a label stands for; unknown axes and members are reported and left out. */
  private Dimensions dimensions(Decl.LabelDecl label) {
    Map<String, String> members = new LinkedHashMap<>();
    for (Decl.MemberRef ref : label.members()) {
      String axisName = ref.axis().text();
      Optional<Axis> axis = Optional.ofNullable(axes.get(axisName));
      if (axis.isEmpty()) {
        if (!brokenAxes.contains(axisName)) {
          problems.add(
              ref.axis().pos(), "unknown axis '" + axisName + "'" + Suggestions.didYouMean(axisName, axes.keySet()));
        }
        continue;
      }
      String memberName = ref.member().text();
      if (axis.get().member(memberName).isEmpty()) {
        List<String> names = axis.get().members().stream().map(Axis.Member::name).toList();
        problems.add(
            ref.member().pos(),
            "axis '" + axisName + "' has no member '" + memberName + "'" + Suggestions.didYouMean(memberName, names));
      } else if (members.containsKey(axisName)) {
        problems.add(
            ref.axis().pos(),
            "axis '" + axisName + "' already has member '" + members.get(axisName) + "' in this label: "
                + "a row stands for one member of each axis");
      } else {
        members.put(axisName, memberName);
      }
    }
    return Dimensions.of(members);
  }

  /** Reports a second declaration of a name; the first one stands. */
  private boolean isDuplicate(String kind, Name name) {
    SourcePos first = declared.putIfAbsent(kind + " " + name.text(), name.pos());
    if (first != null) {
      problems.add(name.pos(), kind + " '" + name.text() + "' was already declared at " + first);
      return true;
    }
    return false;
  }
}
