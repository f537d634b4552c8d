package tieout.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;

/**
 * One rule or taxonomy file: its path as shown in messages, its text and its lines, so that every
 * position can quote the line it is on.
 */
record SourceFile(String path, String text, ImmutableList<String> lines) {
  SourceFile {
    checkNotNull(path);
    checkNotNull(text);
    checkNotNull(lines);
  }

  /** Reads {@code text}; a leading byte-order mark is dropped and CRLF line ends are accepted. */
  static SourceFile of(String path, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (String line : Splitter.on('\n').split(body)) {
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    return new SourceFile(path, body, lines.build());
  }

  /** The text of 1-based line {@code line}, or the empty string past the end. */
  String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }

  SourcePos pos(int line, int column) {
    return new SourcePos(path, line, column, line(line));
  }

  SourcePos pos(Token token) {
    return pos(token.line(), token.column());
  }
}
