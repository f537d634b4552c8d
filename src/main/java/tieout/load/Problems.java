package tieout.load;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tieout.error.Diagnostic;
import tieout.error.UserException;
import tieout.ledger.Period;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/**
 * What could not be loaded, collected so that one run reports it all together. Two kinds: problems
 * in the data (a cell, a line, a sheet, a file's content), which become {@link InputProblem}
 * findings while the rest is checked; and refusals of what the user controls (a missing path, a
 * file of another kind named directly, a folder without inputs, a {@code --max-*} limit exceeded),
 * which stop the run with exit 2.
 */
public final class Problems {
  /** The most diagnostics one exception shows; a last line then gives the total. */
  static final int LIMIT = 20;

  // Insertion-ordered sets: the same message at the same place (a merged heading over columns)
  // counts once, and a 17,000-line file of bad lines must not cost a quadratic search.
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private final Set<Diagnostic> refusals = new LinkedHashSet<>();
  private final List<UnreadableAmount> amounts = new ArrayList<>();

  /** Adds a problem in the data. */
  public void add(String location, String message) {
    diagnostics.add(Diagnostic.at(location, message));
  }

  /** Adds a refusal of something the user controls: the run stops with exit 2 even without --strict. */
  public void refuse(String location, String message) {
    Diagnostic diagnostic = Diagnostic.at(location, message);
    diagnostics.add(diagnostic);
    refusals.add(diagnostic);
  }

  /**
   * Records that the amount cell at {@code location}, whose problem was just added, would have been
   * this fact, so that the checks that miss it can name the cell.
   */
  public void unreadableAmount(String location, Concept concept, String entity, Period period, Dimensions dimensions) {
    amounts.add(new UnreadableAmount(location, concept, entity, period, dimensions));
  }

  public void addAll(UserException e) {
    diagnostics.addAll(e.diagnostics());
  }

  public void addAll(Problems other) {
    diagnostics.addAll(other.diagnostics);
    refusals.addAll(other.refusals);
    amounts.addAll(other.amounts);
  }

  /** Whether any problem is located at or under {@code prefix} (e.g. {@code book.xlsx!Sheet!}). */
  public boolean anyAt(String prefix) {
    return diagnostics.stream().anyMatch(d -> d.location().startsWith(prefix));
  }

  public boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  public int size() {
    return diagnostics.size();
  }

  /** Whether any problem is the user's to fix before anything is checked: a refusal or a limit. */
  public boolean refused() {
    return !refusals.isEmpty() || diagnostics.stream().anyMatch(Problems::isLimit);
  }

  /** A limit exceeded: every such message names its flag ({@code --max-cells} ...). */
  private static boolean isLimit(Diagnostic d) {
    return d.message().toLowerCase(Locale.ROOT).contains("--max-");
  }

  /** The problems in the data, as findings, in the order found. */
  public ImmutableList<InputProblem> findings() {
    return diagnostics.stream()
        .filter(d -> !refusals.contains(d))
        .map(d -> new InputProblem(d.location(), d.message()))
        .collect(ImmutableList.toImmutableList());
  }

  public ImmutableList<UnreadableAmount> unreadableAmounts() {
    return ImmutableList.copyOf(amounts);
  }

  /** How many unreadable amount cells have been recorded: a mark for {@link #unreadableAmountsSince}. */
  public int unreadableAmountCount() {
    return amounts.size();
  }

  /** The unreadable amount cells recorded after {@code mark}. */
  public List<UnreadableAmount> unreadableAmountsSince(int mark) {
    return amounts.subList(mark, amounts.size());
  }

  /**
   * Throws the problems found so far, if there are any: the first {@link #LIMIT}, then a line with
   * the total, never a silent cut.
   */
  public void throwIfAny() {
    if (diagnostics.isEmpty()) {
      return;
    }
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (all.size() <= LIMIT) {
      throw new UserException(all);
    }
    List<Diagnostic> shown = new ArrayList<>(all.subList(0, LIMIT));
    // At the first one not shown, so that every line names a place in the inputs.
    shown.add(Diagnostic.at(all.get(LIMIT).location(),
        "and more from here: " + shownOf(LIMIT, all.size()) + "; all in --format json without --strict"));
    throw new UserException(shown);
  }

  /** {@code 20 shown of 17,096}: the total that ends every cut list. */
  public static String shownOf(int shown, long total) {
    return String.format(Locale.ROOT, "%,d shown of %,d", shown, total);
  }
}
