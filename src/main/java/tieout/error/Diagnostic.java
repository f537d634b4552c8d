package tieout.error;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One user-facing problem with the place it was found, formatted like a compiler's message.
 *
 * <p>{@code location} is {@code path:line:col}, {@code path:line}, {@code file!Sheet!C12} or a bare
 * path. When the offending source line is known it is printed under the message with a caret under
 * {@code column} (1-based; 0 for no caret):
 *
 * <pre>
 * rules/balance.rules:3:7: error: unknown concept 'TotalAsets'; did you mean 'TotalAssets'?
 *   assert TotalAsets = TotalLiabilities + StockholdersEquity
 *          ^
 * </pre>
 */
public record Diagnostic(String location, String message, Optional<String> sourceLine, int column) {
  public Diagnostic {
    checkNotNull(location);
    checkNotNull(message);
    checkNotNull(sourceLine);
  }

  public static Diagnostic at(String location, String message) {
    return new Diagnostic(location, message, Optional.empty(), 0);
  }

  public static Diagnostic inSource(String path, int line, int column, String message, String sourceLine) {
    return new Diagnostic(path + ":" + line + ":" + column, message, Optional.of(sourceLine), column);
  }

  /** The message as printed: {@code location: error: message}, then the source line and a caret. */
  public String format() {
    StringBuilder out = new StringBuilder(location).append(": error: ").append(message);
    sourceLine.ifPresent(
        text -> {
          out.append('\n').append("  ").append(text);
          if (column > 0) {
            out.append('\n').append("  ");
            // Keep tabs so the caret lines up under the same character in a terminal.
            for (int i = 0; i < column - 1 && i < text.length(); i++) {
              out.append(text.charAt(i) == '\t' ? '\t' : ' ');
            }
            out.append('^');
          }
        });
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
