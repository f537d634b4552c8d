package tieout.error;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception for bad user input: a bad file, cell, rule, flag or path. The CLI prints its
 * diagnostics (never a stack trace) and exits 2. Anything else that escapes is an internal error.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Diagnostic> diagnostics;

  public UserException(List<Diagnostic> diagnostics) {
    super(render(diagnostics), null, false, false);
    checkArgument(!diagnostics.isEmpty(), "a UserException needs at least one diagnostic");
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  public UserException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** A problem at {@code location} (a path, {@code path:line:col} or {@code file!Sheet!C12}). */
  public static UserException at(String location, String message) {
    return new UserException(Diagnostic.at(location, message));
  }

  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }
}
