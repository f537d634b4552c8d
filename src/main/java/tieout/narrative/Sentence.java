package tieout.narrative;

/** A sentence of prose: its text, the line it is on (1-based) and the column of its first character (0-based). */
record Sentence(int line, int column, String text) {}
