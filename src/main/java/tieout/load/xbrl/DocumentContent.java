package tieout.load.xbrl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tieout.error.Diagnostic;
import tieout.taxonomy.Unit;

/** What one pass over an instance or inline document found. */
final class DocumentContent {
  /** Diagnostics kept; beyond, only counted, so a broken 100 MB file cannot fill the heap with them. */
  static final int MAX_PROBLEMS = 100;

  final String file;
  boolean inline;
  final Map<String, XbrlContext> contexts = new HashMap<>();
  final Map<String, Unit> units = new HashMap<>();
  final List<RawFact> facts = new ArrayList<>();
  final List<String> schemaRefs = new ArrayList<>();
  final List<String> linkbaseRefs = new ArrayList<>();
  /** Numeric facts seen, kept or not. */
  long numeric;
  int nonNumeric;
  int hidden;
  /** Inline facts for another target document ({@code target="..."}), left out as the default target's reader does. */
  int otherTarget;
  /** Numeric facts inside tuples, left out: Calculations 1.1 ignores tuples, and the ledger cannot tell their instances apart. */
  int inTuples;
  int blankLinesSkipped;
  final List<Diagnostic> problems = new ArrayList<>();
  int problemCount;

  DocumentContent(String file) {
    this.file = file;
  }

  void problem(String where, String message) {
    problemCount++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(Diagnostic.at(where, message));
    }
  }
}
