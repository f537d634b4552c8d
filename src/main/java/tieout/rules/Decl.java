package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.time.MonthDay;
import java.util.Optional;
import tieout.taxonomy.Balance;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;

/**
 * One declaration of a rule or taxonomy file as the parser read it. Names are resolved later, once
 * every file is read, so a rule may use a concept declared in any file.
 */
sealed interface Decl {
  /** {@code entity "NAME"}. */
  record Entity(String name, SourcePos pos) implements Decl {}

  /** {@code fiscal-year-end December 31}. */
  record FiscalYearEnd(MonthDay end, SourcePos pos) implements Decl {}

  /** {@code undeclared-captions adopt} (or {@code refuse}, the default). */
  record UndeclaredCaptions(boolean adopt, SourcePos pos) implements Decl {}

  /** {@code axis NAME} and its {@code member} lines. */
  record AxisDecl(Name name, ImmutableList<MemberDecl> members) implements Decl {}

  /** {@code member NAME "caption" ... [in "sheet"]} inside an axis. */
  record MemberDecl(Name name, ImmutableList<String> captions, Optional<String> scope) {}

  /** {@code concept NAME ITEM-TYPE PERIOD-TYPE [BALANCE] [additive | non-additive]} and its labels. */
  record ConceptDecl(
      Name name,
      ItemType itemType,
      PeriodType periodType,
      Balance balance,
      Optional<Boolean> additive,
      ImmutableList<LabelDecl> labels)
      implements Decl {}

  /** {@code label "CAPTION" [negated] [member AXIS=MEMBER ...] [in "SHEET"]}. */
  record LabelDecl(String text, boolean negated, ImmutableList<MemberRef> members, Optional<String> scope) {}

  /** {@code AXIS=MEMBER} in a label. */
  record MemberRef(Name axis, Name member) {}

  /** {@code rule ID [SEVERITY] "MESSAGE" [within ...] BODY [for ...]}. */
  record RuleDecl(Name id, Severity severity, String message, Materiality materiality, Body body, PeriodFilter filter)
      implements Decl {}

  /**
   * An axis, concept or rule whose declaration had a syntax error after its name: the name counts as
   * declared, so uses of it are not also reported as unknown and a second rule with its id is
   * still reported as a duplicate.
   */
  record Broken(Kind kind, Name name) implements Decl {}

  /** What a {@link Broken} declaration declared. */
  enum Kind {
    AXIS,
    CONCEPT,
    RULE
  }
}
