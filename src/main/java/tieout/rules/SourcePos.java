package tieout.rules;

/** A place in a rule or taxonomy file: path, 1-based line and column, and the line's text. */
public record SourcePos(String path, int line, int column, String lineText) {
  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
