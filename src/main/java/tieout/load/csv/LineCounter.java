package tieout.load.csv;

/**
 * The line of a position in a CSV text, for positions that only grow: the one way lines are counted
 * ({@code \n}, {@code \r\n} or a lone {@code \r} ends a line). It jumps from break to break with
 * {@link String#indexOf(int, int)} rather than looking at every character.
 */
final class LineCounter {
  private final String text;
  private int line = 1;
  private int nextLf;
  private int nextCr;

  LineCounter(String text) {
    this.text = text;
    this.nextLf = next(text.indexOf('\n'));
    this.nextCr = next(text.indexOf('\r'));
  }

  /** The 1-based line of {@code position}, not less than any position asked before. */
  int lineAt(int position) {
    while (nextLf < position) {
      line++;
      nextLf = next(text.indexOf('\n', nextLf + 1));
    }
    while (nextCr < position) {
      // \r\n is one break, counted at its \n.
      if (nextCr + 1 >= text.length() || text.charAt(nextCr + 1) != '\n') {
        line++;
      }
      nextCr = next(text.indexOf('\r', nextCr + 1));
    }
    return line;
  }

  private static int next(int index) {
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
