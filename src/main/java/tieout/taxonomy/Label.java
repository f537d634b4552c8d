package tieout.taxonomy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A caption under which a concept is printed in spreadsheets.
 *
 * <p>{@code scope}, when present, limits the label to sheets (or tables) whose name contains it,
 * ignoring case. {@code negated} says the table prints the value with the opposite sign (XBRL's
 * negated label role), e.g. "Interest expense (66,331)" in a table that shows the effect on net
 * loss. {@code member} gives dimension members the caption stands for, e.g. "US" in the mineral
 * properties table is {@code MineralPropertyExpenditures} with {@code Region=US}.
 */
public record Label(String text, Optional<String> scope, boolean negated, Dimensions member) {
  public Label {
    checkNotNull(text);
    checkNotNull(scope);
    checkNotNull(member);
  }

  public static Label plain(String text) {
    return new Label(text, Optional.empty(), false, Dimensions.NONE);
  }

  /** Whether this label may be used on sheet {@code sheetName}. */
  public boolean appliesTo(String sheetName) {
    return scope.isEmpty() || Labels.normalize(sheetName).contains(Labels.normalize(scope.get()));
  }
}
