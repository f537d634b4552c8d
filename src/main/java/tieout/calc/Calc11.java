package tieout.calc;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tieout.engine.Finding;
import tieout.engine.Operand;
import tieout.engine.Status;
import tieout.ledger.Decimals;
import tieout.ledger.Fact;
import tieout.ledger.Period;
import tieout.load.xbrl.Summation;
import tieout.load.xbrl.XbrlFiling;
import tieout.rules.Severity;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.Unit;

/**
 * Checks a filing's calculation linkbase as XBRL Calculations 1.1 prescribes, on its own, apart from
 * the rules engine:
 *
 * <ul>
 *   <li>a summation binds in a context and unit (entity, period, dimensions equal) where its total
 *       has a non-nil fact and at least one of its items has one; nil facts are ignored;
 *   <li>each figure stands for the range its decimals allow ({@link CalcMode}); duplicates (same
 *       concept, context, unit) are consistent when their ranges share a value and those of equal
 *       decimals have equal values: they then stand for the values all their ranges share, the most
 *       precise one shown; inconsistent duplicates are an
 *       {@code inconsistentDuplicates} finding and every summation using them is NOT_EVALUATED;
 *   <li>a value with more digits than its decimals allow (1,234,567 at -3) is an {@code excessDigits}
 *       finding and every summation using it is NOT_EVALUATED;
 *   <li>a bound summation passes when the total's range meets the range of the weighted items' sum.
 * </ul>
 *
 * Findings name the role (its definition), the total's label and how many of its items were reported
 * in that context: "only 1 of 5 items reported" points to incomplete tagging rather than arithmetic.
 */
public final class Calc11 {
  /** Rule id of excess-digit findings. */
  public static final String EXCESS_DIGITS = "calc11:excessDigits";
  /** Rule id of inconsistent-duplicate findings. */
  public static final String INCONSISTENT_DUPLICATES = "calc11:inconsistentDuplicates";

  /** Where a summation bound: the total's context and unit. */
  public record Bind(String entity, Period period, Dimensions dimensions, Unit unit) {
    /** Whether the fact is of this context and unit (what {@code equals} on its own bind would say). */
    boolean holds(Fact f) {
      return Objects.equals(entity, f.entity()) && Objects.equals(period, f.period())
          && Objects.equals(dimensions, f.dimensions()) && Objects.equals(unit, f.unit());
    }
  }

  /** One bound summation and its outcome. */
  public record Check(Summation summation, Bind bind, Status status, int itemsReported) {}

  /**
   * @param boundRelationships summation-item relationships (role, total, item) bound in at least one
   *     context: total and item both reported there (Arelle's count of bound relationships)
   */
  public record Result(ImmutableList<Finding> findings, ImmutableList<Check> checks, int boundRelationships) {}

  /**
   * A duplicate set's verdict. The values it stands for ({@link #range}) are the chosen fact's, made
   * when a check asks, unless consistent duplicates narrow them to what all their ranges share
   * ({@code common}, else null): summing ranges one by one is needed only then and when truncating.
   */
  private record FactSet(List<Fact> reported, Fact chosen, ValueRange common, List<Fact> excess, boolean inconsistent) {
    ValueRange range(CalcMode mode) {
      return common != null ? common : ValueRange.of(chosen.amount(), chosen.decimals(), mode);
    }

    boolean narrowed() {
      return common != null;
    }

    /** Whether it has a finding of its own to give (excess digits or inconsistent duplicates). */
    boolean remarkable() {
      return inconsistent || !excess.isEmpty();
    }
  }

  /**
   * The facts of one context and unit, one slot per concept the summations use: a {@link Fact}, or a
   * list of the duplicates. One row per context and unit, not one map entry per fact, keeps the index
   * small for a million facts.
   */
  private record Row(Bind bind, Object[] facts) {}

  /** What every check of one summation shares: its slots, rule id and message heads. */
  private static final class Form {
    final int total;
    final int[] items;
    final String rule;
    final String head;
    /** The PASS message by the number of items reported, made once. */
    final String[] passMessages;

    Form(int total, int[] items, String rule, String head) {
      this.total = total;
      this.items = items;
      this.rule = rule;
      this.head = head;
      this.passMessages = new String[items.length + 1];
    }
  }

  private final XbrlFiling filing;
  private final CalcMode mode;
  private final Map<String, Integer> slots = new HashMap<>();
  private final Map<Bind, Row> rows = new HashMap<>();
  private Row lastRow;
  // One summation's bound items at a time (evaluate clears them): no lists made per check.
  private final List<Summation.Item> present = new ArrayList<>();
  /** Null for a lone fact with nothing to remark. */
  private final List<FactSet> itemSets = new ArrayList<>();
  private final List<Fact> itemFacts = new ArrayList<>();
  /** For each slot, the rows where the concept has a fact, in the order of its first fact there. */
  private final List<List<Row>> rowsOf = new ArrayList<>();
  /** Verdicts on duplicate sets and on single facts with excess digits, made once (the others are made as used). */
  private final Map<Object, FactSet> sets = new IdentityHashMap<>();
  private final Set<FactSet> announced = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Finding> findings = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();

  private Calc11(XbrlFiling filing, CalcMode mode) {
    this.filing = filing;
    this.mode = mode;
  }

  /** Checks every summation of {@code filing}. */
  public static Result evaluate(XbrlFiling filing, CalcMode mode) {
    Calc11 c = new Calc11(filing, mode);
    return c.run();
  }

  private Result run() {
    for (Summation s : filing.summations()) {
      slot(s.total());
      s.items().forEach(i -> slot(i.concept()));
    }
    for (Fact f : filing.facts()) {
      Integer slot = slots.get(f.concept().name());
      if (slot != null) {
        add(slot, f);
      }
    }
    int bound = 0;
    for (Summation s : filing.summations()) {
      Form form = form(s);
      boolean[] itemBound = new boolean[s.items().size()];
      for (Row row : rowsOf.get(form.total)) {
        evaluate(s, form, row, itemBound);
      }
      for (boolean b : itemBound) {
        bound += b ? 1 : 0;
      }
    }
    return new Result(ImmutableList.copyOf(findings), ImmutableList.copyOf(checks), bound);
  }

  private int slot(String concept) {
    Integer known = slots.putIfAbsent(concept, slots.size());
    if (known == null) {
      rowsOf.add(new ArrayList<>());
      return slots.size() - 1;
    }
    return known;
  }

  @SuppressWarnings("unchecked") // a slot holds a Fact or a List<Fact>, nothing else
  private void add(int slot, Fact f) {
    Row row = lastRow;
    // An instance lists a context's facts together: the row of the fact before saves a key and a lookup.
    if (row == null || !row.bind().holds(f)) {
      row = rows.computeIfAbsent(new Bind(f.entity(), f.period(), f.dimensions(), f.unit()),
          b -> new Row(b, new Object[slots.size()]));
      lastRow = row;
    }
    Object there = row.facts()[slot];
    if (there == null) {
      row.facts()[slot] = f;
      rowsOf.get(slot).add(row);
    } else if (there instanceof Fact first) {
      List<Fact> duplicates = new ArrayList<>(2);
      duplicates.add(first);
      duplicates.add(f);
      row.facts()[slot] = duplicates;
    } else {
      ((List<Fact>) there).add(f);
    }
  }

  private Form form(Summation s) {
    int[] items = new int[s.items().size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = slots.get(s.items().get(i).concept());
    }
    return new Form(slots.get(s.total()), items, "calc11:" + tail(s.role()) + ":" + s.total(),
        named(s.total()) + " in '" + filing.roleName(s.role()) + "'");
  }

  private void evaluate(Summation s, Form form, Row row, boolean[] itemBound) {
    Bind bind = row.bind();
    FactSet total = set(row.facts()[form.total]);
    if (total.chosen() == null) {
      return; // only nil totals: nothing to check
    }
    present.clear();
    itemSets.clear();
    itemFacts.clear();
    for (int i = 0; i < form.items.length; i++) {
      Object facts = row.facts()[form.items[i]];
      if (facts == null) {
        continue;
      }
      FactSet set;
      Fact chosen;
      if (facts instanceof Fact f && !excessDigits(f)) {
        set = null; // a lone fact with nothing to remark: its set would be only itself
        chosen = f.isNil() ? null : f;
      } else {
        set = set(facts);
        chosen = set.chosen();
      }
      if (chosen != null) {
        itemBound[i] = true;
        present.add(s.items().get(i));
        itemSets.add(set);
        itemFacts.add(chosen);
      }
    }
    if (present.isEmpty()) {
      return; // the total alone: the summation does not bind
    }
    String blocked = null;
    for (int i = -1; i < itemSets.size(); i++) {
      FactSet set = i < 0 ? total : itemSets.get(i);
      if (set == null || !set.remarkable()) {
        continue;
      }
      announce(set);
      String concept = set.chosen().concept().name();
      if (blocked == null && set.inconsistent()) {
        blocked = "inconsistent duplicates of " + named(concept);
      } else if (blocked == null && !set.excess().isEmpty()) {
        blocked = "excess digits in " + filing.label(concept) + " (" + concept + ") "
            + amount(set.excess().get(0).amount()) + " at decimals " + set.excess().get(0).decimals();
      }
    }
    String rule = form.rule;
    String head = form.head;
    if (blocked != null) {
      findings.add(new Finding(rule, Severity.ERROR, Status.NOT_EVALUATED, head + " not evaluated: " + blocked,
          bind.entity(), bind.period(), bind.dimensions(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.of(blocked + " (Calculations 1.1)"), List.of()));
      checks.add(new Check(s, bind, Status.NOT_EVALUATED, present.size()));
      return;
    }
    ValueRange sum = ValueRange.ZERO;
    BigDecimal computed = BigDecimal.ZERO;
    BigDecimal totalWidth = width(total.chosen().decimals());
    BigDecimal tolerance = totalWidth;
    boolean truncating = mode != CalcMode.ROUND_TO_NEAREST;
    // Ranges are added one by one when truncating or when duplicates narrowed one; otherwise each is its
    // value +- its half width, and the values and widths alone decide.
    boolean byRanges = truncating || total.narrowed();
    for (FactSet set : itemSets) {
      byRanges |= set != null && set.narrowed();
    }
    ImmutableList.Builder<Operand> operands = ImmutableList.builderWithExpectedSize(present.size() + 1);
    operands.add(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, total.chosen()));
    for (int i = 0; i < present.size(); i++) {
      BigDecimal w = present.get(i).weight();
      Fact chosen = itemFacts.get(i);
      if (byRanges) {
        FactSet set = itemSets.get(i);
        sum = sum.plus(w, set != null ? set.range(mode) : ValueRange.of(chosen.amount(), chosen.decimals(), mode));
      }
      computed = Weighted.plus(computed, chosen.amount(), w);
      tolerance = Weighted.plusAbs(tolerance, width(chosen.decimals()), w);
      operands.add(new Operand(Operand.Side.COMPUTED, w, chosen));
    }
    BigDecimal reported = total.chosen().amount();
    BigDecimal difference = reported.subtract(computed);
    // Rounded to nearest, every range is closed, its value +- its half width: the total's and the items'
    // sum's meet when the values differ by no more than the half widths together, the tolerance.
    boolean ties = byRanges ? total.range(mode).intersects(sum) : difference.abs().compareTo(tolerance) <= 0;
    Status status = ties ? Status.PASS : Status.FAIL;
    String message;
    if (ties) {
      message = form.passMessages[present.size()];
      if (message == null) {
        message = head + " equals the sum of its items (" + coverage(present.size(), s.items().size()) + ")";
        form.passMessages[present.size()] = message;
      }
    } else {
      if (!byRanges) { // the items' sum: the computed value +- their half widths, the tolerance without the total's
        BigDecimal spread = tolerance.subtract(totalWidth);
        sum = new ValueRange(computed.subtract(spread), false, computed.add(spread), false);
      }
      ValueRange totalRange = total.range(mode);
      message = head + " does not equal the sum of its items: reported " + totalRange + ", the items add up to "
          + sum + "; " + coverage(present.size(), s.items().size()) + (present.size() < s.items().size()
              ? " (incomplete tagging or an arithmetic error)" : " (an arithmetic error)")
          + narrowed(total, itemSets);
    }
    // A total whose items are only partly reported in this context is most often incomplete tagging
    // (a segment's total with only some lines tagged for the member): a warning, so an error-severity
    // FAIL stays an arithmetic error among items all reported. The set of inconsistencies is Arelle's either way.
    Severity severity = present.size() < s.items().size() ? Severity.WARNING : Severity.ERROR;
    findings.add(new Finding(rule, severity, status, message, bind.entity(), bind.period(), bind.dimensions(),
        Optional.of(reported), Optional.of(computed), Optional.of(difference), Optional.of(tolerance),
        Optional.empty(), operands.build()));
    checks.add(new Check(s, bind, status, present.size()));
  }

  private static String coverage(int present, int items) {
    return present == items ? "all " + present + " items reported"
        : "only " + present + " of " + items + " items reported in this context";
  }

  /**
   * Where consistent duplicates allow less than their most precise figure (1,500 to hundreds and 2,000 to
   * thousands allow only 1,500 to 1,550), says so: the variance and tolerance shown are the figure's.
   */
  private String narrowed(FactSet total, List<FactSet> items) {
    StringBuilder out = new StringBuilder();
    for (int i = -1; i < items.size(); i++) {
      FactSet set = i < 0 ? total : items.get(i);
      if (set != null && set.narrowed()) {
        out.append("; the duplicates of ").append(set.chosen().concept().name()).append(" (")
            .append(set.reported().stream().map(f -> amount(f.amount()) + " at decimals " + f.decimals())
                .collect(java.util.stream.Collectors.joining(", ")))
            .append(") together allow only ").append(set.common());
      }
    }
    return out.toString();
  }

  /** Rounding half-width (nearest) or whole unit (truncation) of one figure: its share of the tolerance. */
  private BigDecimal width(Decimals d) {
    if (d.infinite()) {
      return BigDecimal.ZERO;
    }
    return mode == CalcMode.ROUND_TO_NEAREST ? d.halfWidth() : BigDecimal.ONE.scaleByPowerOfTen(-d.digits());
  }

  /** One finding per inconsistent duplicate set and per excess-digit fact, the first time a check uses it. */
  private void announce(FactSet set) {
    if (!announced.add(set)) {
      return;
    }
    for (Fact f : set.excess()) {
      BigDecimal rounded = f.amount().setScale(f.decimals().digits(), RoundingMode.HALF_UP);
      String concept = f.concept().name();
      findings.add(new Finding(EXCESS_DIGITS, Severity.ERROR, Status.FAIL,
          named(concept) + " " + amount(f.amount()) + " has more digits than its decimals "
              + f.decimals() + " allow (Calculations 1.1 excessDigits): the summations using it are not evaluated",
          f.entity(), f.period(), f.dimensions(), Optional.of(f.amount()), Optional.of(rounded),
          Optional.of(f.amount().subtract(rounded)), Optional.of(BigDecimal.ZERO), Optional.empty(),
          List.of(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, f))));
    }
    if (set.inconsistent()) {
      Fact first = set.reported().stream().filter(f -> !f.isNil()).findFirst().orElseThrow();
      Fact far = first;
      for (Fact f : set.reported()) {
        if (!f.isNil()
            && f.amount().subtract(first.amount()).abs().compareTo(far.amount().subtract(first.amount()).abs()) > 0) {
          far = f;
        }
      }
      StringBuilder values = new StringBuilder();
      List<Operand> operands = new ArrayList<>();
      for (Fact f : set.reported()) {
        values.append(values.length() == 0 ? "" : ", ")
            .append(f.isNil() ? "nil" : amount(f.amount()) + " (decimals " + f.decimals() + ")")
            .append(" at ").append(f.source());
        operands.add(new Operand(Operand.Side.REPORTED, BigDecimal.ONE, f));
      }
      String concept = first.concept().name();
      findings.add(new Finding(INCONSISTENT_DUPLICATES, Severity.ERROR, Status.FAIL,
          named(concept) + " is reported " + set.reported().size()
              + " times with values that disagree: " + values + "; Calculations 1.1 evaluates no summation using it",
          first.entity(), first.period(), first.dimensions(), Optional.of(first.amount()), Optional.of(far.amount()),
          Optional.of(first.amount().subtract(far.amount())),
          Optional.of(width(first.decimals()).add(width(far.decimals()))), Optional.empty(), operands));
    }
  }

  /**
   * The verdict on a slot's facts: made once for duplicates and for a fact with excess digits (their
   * findings are given once), as used for an ordinary single fact (nothing to remember).
   */
  @SuppressWarnings("unchecked") // a slot holds a Fact or a List<Fact>, nothing else
  private FactSet set(Object slot) {
    if (slot instanceof Fact f && !excessDigits(f)) {
      return f.isNil() ? new FactSet(List.of(), null, null, List.of(), false)
          : new FactSet(List.of(f), f, null, List.of(), false);
    }
    FactSet known = sets.get(slot);
    if (known == null) {
      known = judge(slot instanceof Fact f ? List.of(f) : (List<Fact>) slot);
      sets.put(slot, known);
    }
    return known;
  }

  private FactSet judge(List<Fact> facts) {
    List<Fact> reported = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (!f.isNil()) {
        reported.add(f);
      }
    }
    if (reported.isEmpty()) {
      return new FactSet(reported, null, null, List.of(), false);
    }
    Fact chosen = reported.get(0);
    if (reported.size() < facts.size()) {
      // A nil and a non-nil duplicate disagree (OIM's inconsistent duplicates; Arelle's disallowedDuplicateFacts).
      return new FactSet(facts, chosen, null, List.of(), true);
    }
    if (reported.size() == 1) { // the usual case: no duplicates to compare
      return new FactSet(reported, chosen, null, excessDigits(chosen) ? List.of(chosen) : List.of(), false);
    }
    ValueRange common = ValueRange.of(chosen.amount(), chosen.decimals(), mode);
    boolean inconsistent = false;
    List<Fact> excess = new ArrayList<>(0);
    Map<Decimals, BigDecimal> byDecimals = new HashMap<>();
    for (Fact f : reported) {
      if (excessDigits(f)) {
        excess.add(f);
      }
      BigDecimal same = byDecimals.putIfAbsent(f.decimals(), f.amount());
      if (same != null && same.compareTo(f.amount()) != 0) {
        inconsistent = true;
      }
      ValueRange r = ValueRange.of(f.amount(), f.decimals(), mode);
      if (!inconsistent && common.intersects(r)) {
        common = common.intersection(r);
      } else {
        inconsistent = true;
      }
      if (f.decimals().compareTo(chosen.decimals()) > 0) {
        chosen = f;
      }
    }
    // Consistent duplicates stand for the values all of them allow (the intersection, as Calculations
    // 1.1 and Arelle have it); the most precise one is the figure shown.
    ValueRange own = ValueRange.of(chosen.amount(), chosen.decimals(), mode);
    boolean narrower = !inconsistent && (common.lo().compareTo(own.lo()) != 0 || common.hi().compareTo(own.hi()) != 0
        || common.loOpen() != own.loOpen() || common.hiOpen() != own.hiOpen());
    return new FactSet(reported, chosen, narrower ? common : null, excess, inconsistent);
  }

  /** Whether the value has digits finer than its decimals: 1,234,567 at -3. Zero never has. */
  static boolean excessDigits(Fact f) {
    Decimals d = f.decimals();
    if (d.infinite() || f.isNil()) {
      return false;
    }
    BigDecimal v = f.amount();
    if (v.signum() == 0 || v.scale() <= d.digits()) {
      return false; // as written, no digit finer than the decimals: the usual case, told without stripping zeros
    }
    return v.stripTrailingZeros().scale() > d.digits();
  }

  /** {@code Label (Name)}, or the name alone when it has no other label. */
  private String named(String concept) {
    String label = filing.label(concept);
    return label.equals(concept) ? concept : label + " (" + concept + ")";
  }

  private static String tail(String role) {
    int slash = role.lastIndexOf('/');
    return slash >= 0 && slash < role.length() - 1 ? role.substring(slash + 1) : role;
  }

  private static String amount(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setParseBigDecimal(true);
    return f.format(v);
  }
}
