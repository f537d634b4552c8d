package tieout.rules;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tieout.error.Diagnostic;
import tieout.error.UserException;

/** Collects the errors found while reading rule files, to report them all at once like a compiler. */
final class RuleErrors {
  private record Problem(SourcePos pos, String message) {}

  private final List<String> pathOrder;
  private final List<Problem> problems = new ArrayList<>();

  /** {@code pathOrder}: the files in the order they are read, which is the order errors are listed. */
  RuleErrors(List<String> pathOrder) {
    this.pathOrder = List.copyOf(pathOrder);
  }

  void add(SourcePos pos, String message) {
    problems.add(new Problem(pos, message));
  }

  int count() {
    return problems.size();
  }

  /** Throws one {@link UserException} with every problem, by file, line and column. */
  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt((Problem p) -> pathOrder.indexOf(p.pos().path()))
            .thenComparingInt(p -> p.pos().line())
            .thenComparingInt(p -> p.pos().column()));
    ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();
    for (Problem p : sorted) {
      SourcePos pos = p.pos();
      diagnostics.add(Diagnostic.inSource(pos.path(), pos.line(), pos.column(), p.message(), pos.lineText()));
    }
    throw new UserException(diagnostics.build());
  }
}
